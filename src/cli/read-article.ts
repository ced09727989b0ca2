/** Turns a page's HTML into the engine's input through the content script's own extraction. */
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../core/index';
import { extractArticle, toArticleInput } from '../content/extract';

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function htmlToArticle(html: string): ArticleInput {
  return toArticleInput(extractArticle(htmlDocument(html)));
}
