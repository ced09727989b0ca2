/** Maps character offsets in extracted block text to DOM positions, and back. */
import type { Segment, TextBlock } from './extract';

export interface DomPoint {
  node: Text;
  offset: number;
}

function segmentAt(segments: Segment[], offset: number): Segment | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.length) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The DOM point of the character at `offset` (its start) in the block. */
export function pointAt(block: TextBlock, offset: number): DomPoint | null {
  const seg = segmentAt(block.segments, offset);
  return seg ? { node: seg.node, offset: seg.raw + offset - seg.start } : null;
}

/** A live Range over [start, end) of the block's text, or null if the offsets fall outside it. */
export function rangeFor(doc: Document, block: TextBlock, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = pointAt(block, start);
  const last = pointAt(block, end - 1);
  if (!from || !last) return null;
  // The page may have changed its text since it was read (the engine answers asynchronously).
  if (from.offset >= from.node.length || last.offset >= last.node.length) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** The block offset of a DOM point, if it lies in the block's text (used for selections). */
export function offsetOf(block: TextBlock, node: Node, nodeOffset: number): number | null {
  let last: Segment | null = null;
  for (const seg of block.segments) {
    if (seg.node !== node) continue;
    if (nodeOffset < seg.raw + seg.length) return seg.start + Math.max(0, nodeOffset - seg.raw);
    last = seg;
  }
  return last ? last.start + last.length : null;
}
