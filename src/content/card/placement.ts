/**
 * Where the hover card goes. The reader is reading the line under the pointer and the two after it, so the
 * card never covers that band: it goes beside the text column when there is room, else above the quote (or
 * above the hovered line when the quote's start is far up), else below the band. Pure, so the rule is
 * tested as a table (tests/unit/card-placement.test.ts), and the same answer follows scrolling.
 */

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}
export interface Anchor {
  /** The hovered line of the quote (the first line when the keyboard opened the card). */
  line: Box;
  /** The whole quote's bounding box. */
  quote: Box;
  /** The text column (the quote's block), for placing beside it. */
  column: Box;
  /** The bottom of the next NEXT_LINES lines after the hovered one (into the next block when the line is near its end). */
  bandBottom: number;
}
export interface Viewport {
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}

export const GAP = 8;
/** Lines kept clear below the hovered one. */
export const NEXT_LINES = 2;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** The band the card must never cover: the hovered line and the next NEXT_LINES lines. */
export function readingBand(a: Anchor): Box {
  return {
    top: a.line.top,
    bottom: Math.max(a.line.bottom, a.bandBottom),
    left: Math.min(a.line.left, a.column.left),
    right: Math.max(a.line.right, a.column.right),
  };
}

export function placeCard(a: Anchor, view: Viewport, size: Size): { top: number; left: number; side: 'right' | 'left' | 'above' | 'below' } {
  const band = readingBand(a);
  const sideTop = clamp(a.line.top - 2 * GAP, GAP, view.height - size.height - GAP);
  if (a.column.right + GAP + size.width <= view.width - GAP) return { top: sideTop, left: a.column.right + GAP, side: 'right' };
  if (a.column.left - GAP - size.width >= GAP) return { top: sideTop, left: a.column.left - GAP - size.width, side: 'left' };
  const left = clamp(a.line.left, GAP, view.width - size.width - GAP);
  // Above the quote's first line if it is in view, else just above the hovered line: never far from the pointer.
  const aboveQuote = a.quote.top - GAP - size.height;
  if (a.quote.top >= 0 && aboveQuote >= GAP) return { top: aboveQuote, left, side: 'above' };
  const aboveLine = band.top - GAP - size.height;
  if (aboveLine >= GAP) return { top: aboveLine, left, side: 'above' };
  const below = band.bottom + GAP;
  if (below + size.height <= view.height - GAP) return { top: below, left, side: 'below' };
  // A viewport too short for either: the larger side, pinned to the edge (it may then overlap the band).
  return band.top > view.height - band.bottom
    ? { top: GAP, left, side: 'above' }
    : { top: Math.max(GAP, view.height - size.height - GAP), left, side: 'below' };
}

/** True when two boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The grace corridor: while the pointer travels from where it left the quote towards the open card, inside
 * the triangle fan between that point and the card's corners, the card stays and nothing new opens.
 */
export function inCorridor(from: { x: number; y: number }, at: { x: number; y: number }, card: Box): boolean {
  if (at.x >= card.left && at.x <= card.right && at.y >= card.top && at.y <= card.bottom) return true;
  const corners = [
    [card.left, card.top],
    [card.right, card.top],
    [card.right, card.bottom],
    [card.left, card.bottom],
  ] as const;
  for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) if (inTriangle(at, from, corners[i]!, corners[j]!)) return true;
  return false;
}

function inTriangle(
  p: { x: number; y: number },
  a: { x: number; y: number },
  [bx, by]: readonly [number, number],
  [cx, cy]: readonly [number, number],
): boolean {
  const cross = (x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) => (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1);
  const d1 = cross(a.x, a.y, bx, by, p.x, p.y);
  const d2 = cross(bx, by, cx, cy, p.x, p.y);
  const d3 = cross(cx, cy, a.x, a.y, p.x, p.y);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}
