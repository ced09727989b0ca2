/** Reads an article file for the CLI: .txt as the text format, .html through the content script's extraction. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { looksBinary, parseTextArticle } from '../core/article-text';
import type { ArticleInput } from '../core/types';
import { extractArticle, toArticleInput } from '../content/extract';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function readArticle(file: string): Promise<ArticleInput> {
  const buffer = await readFile(file);
  if (buffer.length > MAX_FILE_BYTES) throw new Error(`file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (looksBinary(text)) throw new Error('not a text file (binary content)');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return htmlToArticle(text);
  return parseTextArticle(text);
}

export function htmlToArticle(html: string): ArticleInput {
  const { document } = parseHTML(html);
  return toArticleInput(extractArticle(document as unknown as Document));
}
