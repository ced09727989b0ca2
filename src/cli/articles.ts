/** Loads an article file with the metadata a saved quote needs: the same fields the content script reads. */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, headlineOf, looksBinary, parseTextArticle, type SourceRecord, type Analysis, type ArticleInput } from '../core/index';
import { MAX_FILE_BYTES } from './file-limits';

export interface LoadedArticle {
  file: string;
  input: ArticleInput;
  analysis: Analysis;
  source: SourceRecord;
}

export async function loadArticle(file: string): Promise<LoadedArticle> {
  // Read synchronously: files are analysed one after another, and an awaited readFile costs four thread-pool
  // round trips per file (open, stat, read, close), which left the process idle for a fifth of an 80-file run.
  if (statSync(file).size > MAX_FILE_BYTES) throw new Error(`${file}: larger than ${MAX_FILE_BYTES / 1048576} MB`);
  const buffer = readFileSync(file);
  const text = new TextDecoder().decode(buffer);
  if (looksBinary(text)) throw new Error(`${file}: not a text file (binary content)`);
  const fileUrl = pathToFileURL(resolve(file)).toString();
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') {
    // Loaded on the first HTML file only (see html-article.ts).
    const { readHtmlArticle } = await import('./html-article');
    const { input, source } = readHtmlArticle(text, fileUrl);
    return { file, input, analysis: analyzeArticle(input), source };
  }
  const input = parseTextArticle(text);
  const title = headlineOf(input.paragraphs);
  return { file, input, analysis: analyzeArticle(input), source: { url: fileUrl, title, outlet: 'local file', published: null } };
}
