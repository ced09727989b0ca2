/**
 * Reads the page's article, has the engine (in the background) analyse it, and anchors every quote and
 * official mention as a Range. The page's own thread only reads text and makes ranges.
 */
import type { Analysis, QuoteResult } from '../core/types';
import type { SourceRecord } from '../core/library-model';
import type { ContentToBackground, SavedOnPage } from '../shared/protocol';
import type { Result } from '../shared/result';
import { rangeFor } from './anchor';
import { extractSteps, toArticleInput, type ExtractOptions, type ExtractedArticle, type Steps } from './extract';
import { runStepsAsync, type Yielder } from './schedule';

export interface AnchoredQuote {
  quote: QuoteResult;
  range: Range;
}

export interface PageAnalysis {
  article: ExtractedArticle;
  analysis: Analysis;
  quotes: AnchoredQuote[];
  officialRanges: Array<{ personId: number; range: Range }>;
  source: SourceRecord;
  /** The page's saved quotes, as the library has them (re-anchored by the page model). */
  saved: SavedOnPage[];
}

type AnalyzePage = ContentToBackground['analyzePage'];
export interface AnalyzeDeps {
  readMeta: (headline: string) => SourceRecord;
  /** The address the reader sees (after client-side navigation too). */
  location: () => string;
  analyze: (request: AnalyzePage['request']) => Promise<Result<AnalyzePage['response']>>;
}

const RANGES_PER_STEP = 200;

function* anchorSteps(doc: Document, article: ExtractedArticle, analysis: Analysis): Steps<Omit<PageAnalysis, 'source' | 'saved'>> {
  const quotes: AnchoredQuote[] = [];
  let n = 0;
  for (const quote of analysis.quotes) {
    if (++n % RANGES_PER_STEP === 0) yield;
    const block = article.blocks[quote.paragraph];
    // The marks belong to the highlight; a quote left open runs to its paragraph's end.
    const range = block && rangeFor(doc, block, Math.max(quote.outerStart, 0), Math.max(quote.outerEnd, quote.end));
    if (range) quotes.push({ quote, range });
  }
  const officialRanges: PageAnalysis['officialRanges'] = [];
  for (const person of analysis.officials) {
    for (const m of person.mentions) {
      if (m.kind === 'title') continue;
      if (++n % RANGES_PER_STEP === 0) yield;
      const block = article.blocks[m.paragraph];
      const range = block && rangeFor(doc, block, m.start, m.end);
      if (range) officialRanges.push({ personId: person.id, range });
    }
  }
  return { article, analysis, quotes, officialRanges };
}

/**
 * Reads and analyses the page in slices, giving the main thread back between them. If the engine cannot
 * answer (the extension was reloaded under the page), the page is left as it is.
 */
export async function analyzePageAsync(doc: Document, opts: ExtractOptions, yielder: Yielder, deps: AnalyzeDeps): Promise<PageAnalysis> {
  const article = await runStepsAsync(extractSteps(doc, opts), yielder);
  const source = deps.readMeta(article.title);
  const reply = await deps.analyze({ article: toArticleInput(article), source, location: deps.location().slice(0, 8192) });
  const analysis: Analysis = reply.ok ? reply.value.analysis : { title: article.title, officials: [], people: [], quotes: [] };
  const anchored = await runStepsAsync(anchorSteps(doc, article, analysis), yielder);
  return { ...anchored, source, saved: reply.ok ? reply.value.saved : [] };
}
