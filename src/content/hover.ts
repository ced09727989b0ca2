/** Finds what the pointer is over (a highlighted quote or an official's name) without touching the page. */
import type { Controller } from './controller';
import type { FrameCard } from './card/frame-host';
import { inCorridor } from './card/placement';

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

export interface HoverTiming {
  /** The pointer must rest this long on a quote or name before its card opens: passing over one opens nothing. */
  intentMs: number;
  /** How long the card stays after the pointer leaves, so it can cross the gap into the card. */
  hideMs: number;
}
export const HOVER_TIMING: HoverTiming = { intentMs: 200, hideMs: 350 };

type Hit = NonNullable<ReturnType<Controller['hitTest']>>;
const keyOf = (hit: Hit | null) => (hit ? ('quote' in hit ? `q:${hit.quote}` : `o:${hit.official}`) : null);

/** Pointer tracking of trusted events only, throttled to one hit test per frame. Returns a function that detaches it. */
export function trackHover(doc: Document, win: Window, controller: Controller, card: FrameCard, timing: HoverTiming = HOVER_TIMING): () => void {
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  /** The card shown, and where the pointer last was over its quote or name (the corridor's apex). */
  let current: string | null = null;
  let exit: { x: number; y: number } | null = null;
  let pending: { key: string; timer: number } | null = null;
  let hideTimer = 0;

  const cancelPending = () => {
    if (pending) win.clearTimeout(pending.timer);
    pending = null;
  };
  const scheduleHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => {
      current = null;
      exit = null;
      controller.close();
    }, timing.hideMs);
  };
  const open = (key: string, hit: Hit, at: { x: number; y: number }) => {
    pending = null;
    win.clearTimeout(hideTimer);
    current = key;
    exit = at;
    const { y } = at;
    if ('quote' in hit) controller.showQuote(hit.quote, false, y);
    else controller.showOfficial(hit.official, hit.range, y);
  };

  const check = () => {
    frame = 0;
    if (!last || !controller.enabled) return;
    // Closed from inside the card or by the keyboard: the same quote may open again.
    if (current && !card.isOpen) current = exit = null;
    if (card.contains(last.target)) {
      cancelPending();
      return win.clearTimeout(hideTimer);
    }
    const point = pointAt(doc, last.x, last.y);
    const hit = point ? controller.hitTest(point.node, point.offset, last.x, last.y) : null;
    const key = keyOf(hit);
    if (key !== null && key === current) {
      cancelPending();
      exit = { x: last.x, y: last.y };
      return win.clearTimeout(hideTimer);
    }
    // On the way from the quote to its open card: the card stays, and what the pointer crosses opens nothing.
    const rect = card.rect;
    if (current && exit && rect && inCorridor(exit, last, rect)) {
      cancelPending();
      return scheduleHide();
    }
    if (!hit || !key) {
      cancelPending();
      if (current) scheduleHide();
      return;
    }
    if (pending?.key === key) return;
    cancelPending();
    const at = { x: last.x, y: last.y };
    pending = { key, timer: win.setTimeout(() => open(key, hit, at), timing.intentMs) };
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
      cancelPending();
      controller.close();
    }
  };
  const onScroll = () => card.reposition();
  doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
  doc.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  win.addEventListener('resize', onScroll, { passive: true });
  return () => {
    cancelPending();
    win.clearTimeout(hideTimer);
    if (frame) win.cancelAnimationFrame(frame);
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', onScroll);
  };
}
