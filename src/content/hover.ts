/** Finds what the pointer is over (a highlighted quote or an official's name) without touching the page. */
import type { Controller } from './controller';
import type { FrameCard } from './card/frame-host';

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function pointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const HIDE_DELAY_MS = 350;

/** Pointer tracking of trusted events only, throttled to one hit test per frame. Returns a function that detaches it. */
export function trackHover(doc: Document, win: Window, controller: Controller, card: FrameCard): () => void {
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let current: string | null = null;
  let hideTimer = 0;

  const check = () => {
    frame = 0;
    if (!last || !controller.enabled) return;
    if (card.contains(last.target)) return win.clearTimeout(hideTimer);
    const point = pointAt(doc, last.x, last.y);
    const hit = point ? controller.hitTest(point.node, point.offset, last.x, last.y) : null;
    const key = hit ? ('quote' in hit ? `q:${hit.quote}` : `o:${hit.official}`) : null;
    if (key === current) {
      if (key) win.clearTimeout(hideTimer);
      return;
    }
    if (!hit) {
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(() => {
        current = null;
        controller.close();
      }, HIDE_DELAY_MS);
      return;
    }
    win.clearTimeout(hideTimer);
    current = key;
    if ('quote' in hit) controller.showQuote(hit.quote);
    else controller.showOfficial(hit.official, hit.range);
  };

  const onMove = (e: MouseEvent) => {
    // Only the reader's pointer: a page's own dispatchEvent(new MouseEvent(...)) is untrusted and opens nothing.
    if (!e.isTrusted) return;
    last = { x: e.clientX, y: e.clientY, target: e.target };
    if (!frame) frame = win.requestAnimationFrame(check);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.isTrusted && e.key === 'Escape' && card.isOpen) {
      current = null;
      controller.close();
    }
  };
  const onScroll = () => card.reposition();
  doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
  doc.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  win.addEventListener('resize', onScroll, { passive: true });
  return () => {
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', onScroll);
  };
}
