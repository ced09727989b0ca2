import type { PageSummary } from '../shared/protocol';
import { extractArticle, toArticleInput, type ExtractOptions } from './extract';

/** Reads the page's article and summarises it; the analysis engine fills in quotes and officials. */
export function scanPage(doc: Document, url: string, opts: ExtractOptions = {}): PageSummary {
  const article = extractArticle(doc, opts);
  const input = toArticleInput(article);
  return {
    url: url.slice(0, 8192),
    title: input.title.slice(0, 2048),
    paragraphCount: input.paragraphs.length,
    quoteCount: 0,
    officialCount: 0,
  };
}
