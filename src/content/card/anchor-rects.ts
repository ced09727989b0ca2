/**
 * The boxes card placement needs, read live from a quote's range: the hovered line (kept by index, so the
 * same line is kept clear as the page scrolls), the quote, its text column and the bottom of the next lines.
 */
import { NEXT_LINES, type Anchor, type Box } from './placement';

const BLOCKS = 'p, li, blockquote, dd, dt, figcaption, td, th, h1, h2, h3, h4, h5, h6, article, section, div';
const boxOf = (r: DOMRect | DOMRectReadOnly): Box => ({ top: r.top, left: r.left, right: r.right, bottom: r.bottom });

/** The index of the line box under `y`, or 0 (the first line) when there is no pointer. */
export function lineIndexAt(range: Range, y: number | null): number {
  if (y === null) return 0;
  const lines = linesOf([...range.getClientRects()]);
  const i = lines.findIndex((b) => y >= b.top && y <= b.bottom);
  return Math.max(0, i);
}

/** Client rects merged into line boxes: inline fragments on one line share their vertical extent. */
export function linesOf(rects: Array<DOMRect | DOMRectReadOnly | Box>): Box[] {
  const lines: Box[] = [];
  for (const r of rects) {
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    const mid = (r.top + r.bottom) / 2;
    const same = lines.find((l) => mid >= l.top && mid <= l.bottom);
    if (same) {
      same.left = Math.min(same.left, r.left);
      same.right = Math.max(same.right, r.right);
      same.top = Math.min(same.top, r.top);
      same.bottom = Math.max(same.bottom, r.bottom);
    } else lines.push({ top: r.top, left: r.left, right: r.right, bottom: r.bottom });
  }
  return lines.sort((a, b) => a.top - b.top);
}

export function anchorOf(range: Range, lineIndex: number): () => Anchor | null {
  return () => {
    if (!range.startContainer.isConnected) return null;
    const lines = linesOf([...range.getClientRects()]);
    const line = lines[Math.min(lineIndex, lines.length - 1)];
    if (!line) return null;
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    const block = el?.closest(BLOCKS) ?? el;
    const view = el?.ownerDocument.defaultView;
    const lh = el && view ? parseFloat(view.getComputedStyle(el).lineHeight) : NaN;
    const lineHeight = Number.isFinite(lh) && lh > 0 ? Math.max(lh, line.bottom - line.top) : (line.bottom - line.top) * 1.2;
    const column = block ? boxOf(block.getBoundingClientRect()) : line;
    return { line, quote: boxOf(range.getBoundingClientRect()), column, bandBottom: bandBottomOf(block, line, column, lineHeight) };
  };
}

/** Where the next NEXT_LINES lines end: in this block, or carried on into the next block below it. */
function bandBottomOf(block: Element | null | undefined, line: Box, column: Box, lineHeight: number): number {
  const left = Math.max(0, Math.floor((column.bottom - line.bottom + 1) / lineHeight));
  if (left >= NEXT_LINES || !block) return line.bottom + NEXT_LINES * lineHeight;
  let next = block.nextElementSibling;
  while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
  // No next block in this parent: a generous guess of one margin and the lines.
  const nextTop = next ? next.getBoundingClientRect().top : column.bottom + lineHeight;
  return Math.max(line.bottom, nextTop) + (NEXT_LINES - left) * lineHeight;
}
