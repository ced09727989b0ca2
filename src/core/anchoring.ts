/**
 * Re-finds a saved quote in a page's text from its selectors: the recorded position first, then the exact
 * text, then an approximate match scored with named weights (after Hypothesis's match-quote). approx-string-match
 * does the error-tolerant search: a well-tested bit-parallel implementation beats a hand-written one.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './library-model';

export interface Anchor {
  start: number;
  end: number;
  score: number;
}

export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
/** Below this share of the best possible score a candidate is not the saved quote. */
const MIN_SCORE = 0.6;

function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const [match] = search(a, b, Math.floor(b.length / 2));
  return match ? 1 - match.errors / Math.max(a.length, b.length) : 0;
}

export function anchorQuote(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor | null {
  const exact = quote.exact;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end, score: 1 };
  // Exact occurrences: the one whose context and position fit best.
  const hits: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && hits.length < 100; at = text.indexOf(exact, at + 1)) hits.push(at);
  const candidates = hits.length > 0 ? hits.map((start) => ({ start, end: start + exact.length, errors: 0 })) : fuzzyAround(text, exact, position);
  let best: Anchor | null = null;
  const total = MATCH_WEIGHTS.quote + MATCH_WEIGHTS.prefix + MATCH_WEIGHTS.suffix + MATCH_WEIGHTS.position;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / exact.length;
    const prefixScore = quote.prefix ? similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix) : 1;
    const suffixScore = quote.suffix ? similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix) : 1;
    const positionScore = position ? 1 - Math.min(1, Math.abs(c.start - position.start) / Math.max(text.length, 1)) : 1;
    const score =
      (MATCH_WEIGHTS.quote * quoteScore + MATCH_WEIGHTS.prefix * prefixScore + MATCH_WEIGHTS.suffix * suffixScore + MATCH_WEIGHTS.position * positionScore) /
      total;
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best && best.score >= MIN_SCORE ? best : null;
}

/** Approximate search near the recorded position: a long page is searched in a window, not end to end. */
function fuzzyAround(text: string, exact: string, position?: TextPositionSelector): Array<{ start: number; end: number; errors: number }> {
  if (exact.length > 4000) return [];
  const from = position ? Math.max(0, position.start - FUZZY_WINDOW) : 0;
  const to = position ? Math.min(text.length, position.end + FUZZY_WINDOW) : Math.min(text.length, 2 * FUZZY_WINDOW);
  // Long quotes may differ by a few words; allow up to a quarter of the characters to change.
  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  return search(text.slice(from, to), exact, maxErrors)
    .slice(0, 50)
    .map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

const FUZZY_WINDOW = 50_000;

/** Builds selectors for a quote at [start, end) of a block's text, with 32 characters of context each side. */
export function selectorsFor(blockText: string, start: number, end: number, blockOffset: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: blockText.slice(start, end),
      prefix: blockText.slice(Math.max(0, start - 32), start),
      suffix: blockText.slice(end, end + 32),
    },
    { type: 'TextPositionSelector', start: blockOffset + start, end: blockOffset + end },
  ];
}
