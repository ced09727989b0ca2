/** Per-paragraph facts shared by the passes: tokens, sentences, quotes, headline style. */
import { isSpaceAt } from './chars';
import type { QuoteSpan } from './quotes';
import { sentenceEnds, tokenize, type Token } from './tokens';

export interface Para {
  index: number;
  text: string;
  tokens: Token[];
  /** Offsets where sentences end, ascending. */
  ends: number[];
  quotes: QuoteSpan[];
  /** Headline capitalisation: names can't be told from other words by case. */
  titleCase: boolean;
}

export const POS = (paragraph: number, offset: number) => paragraph * 1e9 + offset;

export function buildParas(paragraphs: string[], spans: QuoteSpan[]): Para[] {
  const byParagraph: QuoteSpan[][] = paragraphs.map(() => []);
  for (const s of spans) byParagraph[s.paragraph]!.push(s);
  return paragraphs.map((text, index) => {
    const tokens = tokenize(text);
    const quotes = byParagraph[index]!;
    const inside = insideTest(quotes);
    return { index, text, tokens, ends: sentenceEnds(text, tokens, inside), quotes, titleCase: isTitleCase(text, tokens) };
  });
}

/** Quotes are sorted, so a moving cursor answers in amortised constant time. */
function insideTest(quotes: QuoteSpan[]): (i: number) => boolean {
  let k = 0;
  return (i: number) => {
    while (k < quotes.length && quotes[k]!.close < i) k++;
    const q = quotes[k];
    return q !== undefined && q.open < i && i < q.close;
  };
}

/** Headline capitalisation; a sentence that ends in a full stop is prose, however many names it holds. */
function isTitleCase(text: string, tokens: Token[]): boolean {
  if (endsInStop(text)) return false;
  let long = 0;
  let capped = 0;
  for (const t of tokens) {
    if (t.text.length <= 3) continue;
    long++;
    if (t.cap) capped++;
  }
  return long >= 3 && capped / long >= 0.75;
}

const STOPS = new Set(['.', ';']);
const CLOSERS = new Set(['"', '”', '’', '»']);

/** Ends in a full stop or semicolon, maybe inside a closing mark: /[.;]["”’»]?\s*$/, read from the end. */
function endsInStop(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isSpaceAt(text, j)) j--;
  return STOPS.has(text[j]!) || (CLOSERS.has(text[j]!) && STOPS.has(text[j - 1]!));
}

/** Start offset of the sentence containing offset i. */
export function sentenceStart(para: Para, i: number): number {
  let lo = 0;
  let hi = para.ends.length - 1;
  let start = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (para.ends[mid]! <= i) {
      start = para.ends[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return start;
}

/** End offset of the sentence containing offset i. */
export function sentenceEnd(para: Para, i: number): number {
  let lo = 0;
  let hi = para.ends.length - 1;
  let end = para.text.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (para.ends[mid]! > i) {
      end = para.ends[mid]!;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return end;
}

/** Index of the first token starting at or after offset i. */
export function tokenIndexAt(tokens: Token[], i: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
