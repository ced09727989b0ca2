/**
 * Reads the page's article, has the engine (in the background) analyse it, and anchors every quote and
 * official mention as a Range. The page's own thread only reads text and makes ranges.
 */
import type { Analysis, QuoteResult, Span, SourceRecord, PageMetaText } from '../core/index';
import { splitParts } from '../shared/article-upload';
import type { ArticleText, ContentToBackground, SavedOnPage } from '../shared/protocol';
import type { Result } from '../shared/result';
import { rangeFor } from './anchor';
import { extractSteps, toArticleInput, type ExtractOptions, type ExtractedArticle, type Steps } from './extract';
import { isUnchanged, matchBlocks, quoteBounds, rangeKey, rangesOf } from './page-diff';
import { runStepsAsync, type Yielder } from './schedule';

export interface AnchoredQuote {
  /** The background's key for the quote (core/quote-keys): how the card, the popup and a save name it. */
  key: string;
  quote: QuoteResult;
  range: Range;
}

export interface PageAnalysis {
  article: ExtractedArticle;
  analysis: Analysis;
  quotes: AnchoredQuote[];
  officialRanges: Array<{ personId: number; range: Range; mention: Span }>;
  source: SourceRecord;
  /** The page's saved quotes, as the library has them (re-anchored by the page model). */
  saved: SavedOnPage[];
}

type AnalyzePage = ContentToBackground['analyzePage'];
export interface AnalyzeDeps {
  readMeta: (headline: string) => PageMetaText;
  /** The address the reader sees (after client-side navigation too). */
  location: () => string;
  analyze: (request: AnalyzePage['request']) => Promise<Result<AnalyzePage['response']>>;
  sendPart: (request: ContentToBackground['articlePart']['request']) => Promise<Result<null>>;
  /** A fresh id for each upload, so parts of an older read of the page are never mixed in. */
  uploadId: () => string;
}

/** Sends all but the last part ahead (one message each, awaited in turn), then analyzePage with the last. */
async function sendArticle(
  input: ArticleText,
  rest: Omit<AnalyzePage['request'], 'article' | 'upload'>,
  deps: AnalyzeDeps,
): Promise<Result<AnalyzePage['response']>> {
  const parts = splitParts(input.paragraphs);
  if (parts.length === 1) return deps.analyze({ article: input, ...rest });
  const id = deps.uploadId();
  for (let index = 0; index < parts.length - 1; index++) {
    const sent = await deps.sendPart({ upload: id, index, paragraphs: parts[index]! });
    if (!sent.ok) return sent;
  }
  return deps.analyze({ article: { title: input.title, paragraphs: parts.at(-1)! }, upload: { id, parts: parts.length - 1 }, ...rest });
}

const RANGES_PER_STEP = 200;

/** Makes a range, or takes the one an unchanged block already had (`reuse`, keyed by paragraph and offsets). */
type RangeAt = (paragraph: number, start: number, end: number) => Range | null;

function* anchorSteps(article: ExtractedArticle, analysis: Analysis, keys: string[], rangeAt: RangeAt): Steps<Omit<PageAnalysis, 'source' | 'saved'>> {
  const quotes: AnchoredQuote[] = [];
  let n = 0;
  for (const [i, quote] of analysis.quotes.entries()) {
    if (++n % RANGES_PER_STEP === 0) yield;
    const range = rangeAt(quote.paragraph, ...quoteBounds(quote));
    const key = keys[i];
    if (range && key !== undefined) quotes.push({ key, quote, range });
  }
  const officialRanges: PageAnalysis['officialRanges'] = [];
  for (const person of analysis.officials) {
    for (const m of person.mentions) {
      if (m.kind === 'title') continue;
      if (++n % RANGES_PER_STEP === 0) yield;
      const range = rangeAt(m.paragraph, m.start, m.end);
      if (range) officialRanges.push({ personId: person.id, range, mention: { paragraph: m.paragraph, start: m.start, end: m.end } });
    }
  }
  return { article, analysis, quotes, officialRanges };
}

function rangeMaker(doc: Document, article: ExtractedArticle, previous: PageAnalysis | null, matched: number[]): RangeAt {
  const old = previous ? rangesOf(previous) : new Map<string, Range>();
  return (paragraph, start, end) => {
    const was = matched[paragraph] ?? -1;
    const kept = was >= 0 ? old.get(rangeKey(was, start, end)) : undefined;
    if (kept) return kept;
    const block = article.blocks[paragraph];
    return block ? rangeFor(doc, block, start, end) : null;
  };
}

/**
 * Reads and analyses the page in slices, giving the main thread back between them. With the previous read
 * of a live page, returns null when no block of the article changed; otherwise only the changed blocks are
 * anchored again. The engine reads the whole article either way: who "he" is can depend on any paragraph.
 * If the engine cannot answer (the extension was reloaded under the page), the page is left as it is.
 */
export async function analyzePageAsync(
  doc: Document,
  opts: ExtractOptions,
  yielder: Yielder,
  deps: AnalyzeDeps,
  previous: PageAnalysis | null = null,
): Promise<PageAnalysis | null> {
  const article = await runStepsAsync(extractSteps(doc, opts), yielder);
  const matched = previous ? matchBlocks(previous.article.blocks, article.blocks) : article.blocks.map(() => -1);
  if (previous && isUnchanged(previous.article.blocks, article.blocks, matched)) return null;
  const input = toArticleInput(article);
  // The cut headline: a page's whole <h1> can be longer than the background accepts as a title.
  const location = deps.location().slice(0, 8192);
  const reply = await sendArticle(input, { meta: deps.readMeta(input.title), location }, deps);
  if (!reply.ok) {
    // Nothing to mark, and nothing can be saved while the background cannot answer: the page is left as it is.
    const analysis: Analysis = { title: article.title, officials: [], people: [], quotes: [] };
    return { article, analysis, quotes: [], officialRanges: [], source: { url: location, title: input.title, outlet: '', published: null }, saved: [] };
  }
  const { analysis, keys, source, saved } = reply.value;
  const anchored = await runStepsAsync(anchorSteps(article, analysis, keys, rangeMaker(doc, article, previous, matched)), yielder);
  return { ...anchored, source, saved };
}
