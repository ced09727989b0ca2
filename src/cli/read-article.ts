/** Turns a page's HTML into the engine's input through the content script's own extraction. */
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../core/types';
import { extractArticle, toArticleInput } from '../content/extract';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function htmlToArticle(html: string): ArticleInput {
  return toArticleInput(extractArticle(htmlDocument(html)));
}
