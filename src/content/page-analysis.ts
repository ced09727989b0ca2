/** Reads the page's article, runs the engine on it, and anchors every quote and official mention as a Range. */
import { analyzeArticle } from '../core/analyze';
import type { Analysis, PersonResult, QuoteResult } from '../core/types';
import { rangeFor } from './anchor';
import { extractSteps, type ExtractOptions, type ExtractedArticle, type Steps } from './extract';
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
}

/** Article-sized pages are analysed whole; longer ones in windows of about this many characters. */
const WINDOW_CHARS = 15_000;
const RANGES_PER_STEP = 200;

function* analyzeSteps(article: ExtractedArticle): Steps<Analysis> {
  const paragraphs = article.blocks.map((b) => b.text);
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  if (total <= WINDOW_CHARS) return analyzeArticle({ title: article.title, paragraphs });
  // A huge page is read window by window: attribution is local, so little is lost at the seams.
  const merged: Analysis = { title: article.title, officials: [], people: [], quotes: [] };
  for (let from = 0; from < paragraphs.length; ) {
    let to = from;
    for (let size = 0; to < paragraphs.length && (to === from || size + paragraphs[to]!.length <= WINDOW_CHARS); to++) size += paragraphs[to]!.length;
    const part = analyzeArticle({ title: article.title, paragraphs: paragraphs.slice(from, to) });
    const idBase = merged.officials.length + merged.people.length + 1;
    const shift = (p: PersonResult): PersonResult => ({ ...p, id: p.id + idBase * 10_000, mentions: p.mentions.map((m) => ({ ...m, paragraph: m.paragraph + from })) });
    merged.officials.push(...part.officials.map(shift));
    merged.people.push(...part.people.map(shift));
    merged.quotes.push(...part.quotes.map((q) => ({ ...q, paragraph: q.paragraph + from, speakerId: q.speakerId === null ? null : q.speakerId + idBase * 10_000 })));
    from = to;
    yield;
  }
  return merged;
}

function* anchorSteps(doc: Document, article: ExtractedArticle, analysis: Analysis): Steps<PageAnalysis> {
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

function* pageSteps(doc: Document, opts: ExtractOptions): Steps<PageAnalysis> {
  const article = yield* extractSteps(doc, opts);
  yield;
  const analysis = yield* analyzeSteps(article);
  yield;
  return yield* anchorSteps(doc, article, analysis);
}

/** Reads and analyses the page in slices, giving the main thread back between them. */
export const analyzePageAsync = (doc: Document, opts: ExtractOptions, yielder: Yielder): Promise<PageAnalysis> => runStepsAsync(pageSteps(doc, opts), yielder);

