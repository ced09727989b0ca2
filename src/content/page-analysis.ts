/** Reads the page's article, runs the engine on it, and anchors every quote and official mention as a Range. */
import { analyzeArticle } from '../core/analyze';
import type { Analysis, QuoteResult } from '../core/types';
import { rangeFor } from './anchor';
import { extractArticle, toArticleInput, type ExtractOptions, type ExtractedArticle } from './extract';

export interface AnchoredQuote {
  quote: QuoteResult;
  range: Range;
}

export interface PageAnalysis {
  article: ExtractedArticle;
  analysis: Analysis;
  quotes: AnchoredQuote[];
  officialRanges: Array<{ personId: number; range: Range }>;
}

export function analyzePage(doc: Document, opts: ExtractOptions = {}): PageAnalysis {
  const article = extractArticle(doc, opts);
  const analysis = analyzeArticle(toArticleInput(article));
  const quotes: AnchoredQuote[] = [];
  for (const quote of analysis.quotes) {
    const block = article.blocks[quote.paragraph];
    // The marks belong to the highlight; a quote left open runs to its paragraph's end.
    const range = block && rangeFor(doc, block, Math.max(quote.outerStart, 0), Math.max(quote.outerEnd, quote.end));
    if (range) quotes.push({ quote, range });
  }
  const officialRanges: PageAnalysis['officialRanges'] = [];
  for (const person of analysis.officials) {
    for (const m of person.mentions) {
      if (m.kind === 'title') continue;
      const block = article.blocks[m.paragraph];
      const range = block && rangeFor(doc, block, m.start, m.end);
      if (range) officialRanges.push({ personId: person.id, range });
    }
  }
  return { article, analysis, quotes, officialRanges };
}
