/**
 * One colour per quote. The quote highlight covers a quote with its marks; a saved record anchors to the words
 * inside them (or to the reader's selection). Painted as two translucent layers, a saved quote showed yellow
 * marks around green words, and the colours mixed where they overlapped. So a saved range takes over every
 * quote it touches: that quote leaves the quote layer, and the saved layer spans the quote and the saved words.
 */

// Range.compareBoundaryPoints' `how`, as numbers: the Range global is not there in every caller.
const START_TO_START = 0;
const START_TO_END = 1; // this range's end against the other's start
const END_TO_END = 2;
const END_TO_START = 3; // this range's start against the other's end

export interface Layers {
  quote: Range[];
  saved: Range[];
}

/** `quotes` in document order and not overlapping, as the page's quotes are; `saved` in any order. */
export function layerHighlights(quotes: readonly Range[], saved: readonly Range[]): Layers {
  if (saved.length === 0) return { quote: [...quotes], saved: [] };
  const taken = new Uint8Array(quotes.length);
  const out: Range[] = [];
  for (const s of saved) {
    let union: Range | null = null;
    for (let i = firstEndingAfter(quotes, s); i < quotes.length && quotes[i]!.compareBoundaryPoints(END_TO_START, s) < 0; i++) {
      taken[i] = 1;
      union = widen(union ?? s.cloneRange(), quotes[i]!);
    }
    out.push(union ?? s);
  }
  return { quote: quotes.filter((_, i) => taken[i] === 0), saved: out };
}

/** The first quote whose end lies after the saved range's start (binary search: the ends are in order). */
function firstEndingAfter(quotes: readonly Range[], s: Range): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quotes[mid]!.compareBoundaryPoints(START_TO_END, s) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function widen(union: Range, q: Range): Range {
  if (q.compareBoundaryPoints(START_TO_START, union) < 0) union.setStart(q.startContainer, q.startOffset);
  if (q.compareBoundaryPoints(END_TO_END, union) > 0) union.setEnd(q.endContainer, q.endOffset);
  return union;
}
