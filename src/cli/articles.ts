/** Loads an article file with the metadata a saved quote needs: the same fields the content script reads. */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../core/analyze';
import { headlineOf, looksBinary, parseTextArticle } from '../core/article-text';
import type { SourceRecord } from '../core/library-model';
import type { Analysis, ArticleInput } from '../core/types';
import { extractArticle, toArticleInput } from '../content/extract';
import { readPageMeta } from './page-meta';
import { htmlDocument, MAX_FILE_BYTES } from './read-article';

export interface LoadedArticle {
  file: string;
  input: ArticleInput;
  analysis: Analysis;
  source: SourceRecord;
}

export async function loadArticle(file: string): Promise<LoadedArticle> {
  const buffer = await readFile(file);
  if (buffer.length > MAX_FILE_BYTES) throw new Error(`${file}: larger than ${MAX_FILE_BYTES / 1048576} MB`);
  const text = new TextDecoder().decode(buffer);
  if (looksBinary(text)) throw new Error(`${file}: not a text file (binary content)`);
  const fileUrl = pathToFileURL(resolve(file)).toString();
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') {
    const doc = htmlDocument(text);
    const input = toArticleInput(extractArticle(doc));
    return { file, input, analysis: analyzeArticle(input), source: readPageMeta(doc, fileUrl, input.title ?? '') };
  }
  const input = parseTextArticle(text);
  const title = headlineOf(input.paragraphs);
  return { file, input, analysis: analyzeArticle(input), source: { url: fileUrl, title, outlet: 'local file', published: null } };
}
