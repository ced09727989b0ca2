import type { PageSummary } from '../shared/protocol';
import type { Highlighter } from './highlights';
import { analyzePage, type PageAnalysis } from './page-analysis';
import type { ExtractOptions } from './extract';

export function summarize(page: PageAnalysis, url: string): PageSummary {
  return {
    url: url.slice(0, 8192),
    title: page.article.title.slice(0, 2048),
    paragraphCount: page.article.blocks.length,
    quoteCount: page.quotes.length,
    officialCount: page.analysis.officials.length,
  };
}

/** Reads and analyses the page, paints its highlights, and returns what was found. */
export function scanPage(doc: Document, highlighter: Highlighter, opts: ExtractOptions = {}): PageAnalysis {
  const page = analyzePage(doc, opts);
  highlighter.set('quote', page.quotes.map((q) => q.range));
  highlighter.set('official', page.officialRanges.map((o) => o.range));
  return page;
}
