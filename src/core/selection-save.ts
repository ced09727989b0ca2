/**
 * Whether a reader's selection may be saved as a statement, and as which. A wrong name is worse than none:
 * a selection of narrative text must not take the speaker of a quote nearby. So a selection is saved only
 * when it lies inside a quote the engine found (as that quote's words, with its speaker), when it covers
 * exactly one such quote (saved as that quote), or when it is itself a span between quote marks (saved with
 * the speaker unknown). Everything else is refused, and the reader is told why.
 */
import type { Span } from './types';

export type SelectionRefusal = 'nothing' | 'notQuote' | 'tooShort';
export type SelectionVerdict<Q extends Span> = { ok: true; start: number; end: number; quote: Q | null } | { ok: false; why: SelectionRefusal };

/** A fragment of a quote must say something: three words, unless it is the whole quote. */
const MIN_WORDS = 3;
const OPENING = /[“"«‘„‹'「『]/;
const CLOSING = /[”"»’“›'」』]/;
const EDGE = /[\s“”"«»‘’„‹›'「」『』]/;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The selection without the spaces and quote marks at its edges. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The span is enclosed by an opening mark before it and a closing mark after it (spaces between allowed). A
 * mark inside a word is an apostrophe ("don’t", "they'll"), not the start or end of a quotation.
 */
function betweenMarks(text: string, start: number, end: number): boolean {
  const open = text.slice(0, start).trimEnd().length - 1;
  const close = end + (text.slice(end).length - text.slice(end).trimStart().length);
  const [before, after] = [text[open] ?? '', text[close] ?? ''];
  const wordInside = (i: number) => LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
  const inside = text.slice(start, end);
  return OPENING.test(before) && CLOSING.test(after) && !wordInside(open) && !wordInside(close) && !/[“”«»„]/.test(inside);
}

export function judgeSelection<Q extends Span>(text: string, start: number, end: number, quotes: readonly Q[]): SelectionVerdict<Q> {
  const sel = trimmed(text, start, end);
  if (sel.end <= sel.start) return { ok: false, why: 'nothing' };
  const inside = quotes.find((q) => sel.start >= q.start && sel.end <= q.end);
  if (inside) {
    const whole = sel.start === inside.start && sel.end === inside.end;
    return whole || wordCount(text.slice(sel.start, sel.end)) >= MIN_WORDS ? { ok: true, ...sel, quote: inside } : { ok: false, why: 'tooShort' };
  }
  const covered = quotes.filter((q) => sel.start <= q.start && q.end <= sel.end);
  if (covered.length === 1) return { ok: true, start: covered[0]!.start, end: covered[0]!.end, quote: covered[0]! };
  if (covered.length === 0 && betweenMarks(text, sel.start, sel.end)) {
    return wordCount(text.slice(sel.start, sel.end)) >= MIN_WORDS ? { ok: true, ...sel, quote: null } : { ok: false, why: 'tooShort' };
  }
  return { ok: false, why: 'notQuote' };
}
