/**
 * The page's side of the hover card: a host element holding, in a closed shadow root, the extension-origin
 * frame that renders the card (src/card). The page sees a box of fixed size and nothing of what is in it.
 * Every property of the host is set inline with !important over `all: initial`, so the page's style sheets
 * cannot enlarge, fade or hide it; a page script that rewrites the style attribute is undone at once, and in
 * Chromium the frame itself refuses clicks unless the browser reports it visible (card/visibility.ts).
 */
import { CARD_SIZE } from '../../shared/card-protocol';
import { OWN_UI_ATTRIBUTE } from '../extract-rules';
import { placeCard, type Anchor, type Box } from './placement';

const important = (props: Record<string, string>) =>
  Object.entries(props)
    .map(([k, v]) => `${k}:${v} !important`)
    .join(';');
const BASE = {
  all: 'initial',
  position: 'fixed',
  'z-index': '2147483647',
  width: `${CARD_SIZE.width}px`,
  height: `${CARD_SIZE.height}px`,
  margin: '0',
  padding: '0',
  border: '0',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  mask: 'none',
  'mix-blend-mode': 'normal',
  visibility: 'visible',
  'pointer-events': 'auto',
  contain: 'strict',
  overflow: 'hidden',
};

export interface FrameCardEnv {
  doc: Document;
  win: Window;
  frameUrl: () => string;
  title: string;
}

export class FrameCard {
  private host: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private anchor: (() => Anchor | null) | null = null;
  private position = { top: 0, left: 0 };
  private open = false;
  private rafId = 0;
  private guard: MutationObserver | null = null;

  constructor(private readonly env: FrameCardEnv) {}

  get isOpen(): boolean {
    return this.open;
  }

  /** True when the pointer is over the card (events from inside the closed root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  /** Where the card is now (viewport coordinates), for the pointer's grace corridor; null when closed. */
  get rect(): Box | null {
    if (!this.open) return null;
    const { top, left } = this.position;
    return { top, left, right: left + CARD_SIZE.width, bottom: top + CARD_SIZE.height };
  }

  show(anchor: () => Anchor | null, focus = false): void {
    this.anchor = anchor;
    this.open = true;
    this.ensureHost();
    this.place();
    if (focus) this.frame?.focus();
  }

  hide(): void {
    this.open = false;
    this.applyStyle();
  }

  /** Takes the card out of the page (the site was switched off): no element, observer or frame callback is left. */
  dispose(): void {
    this.open = false;
    this.guard?.disconnect();
    this.guard = null;
    if (this.rafId) this.env.win.cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.host?.remove();
    this.host = null;
    this.frame = null;
  }

  /** Re-places the card after scrolling or resizing, at most once a frame. */
  reposition(): void {
    if (!this.open || this.rafId) return;
    this.rafId = this.env.win.requestAnimationFrame(() => {
      this.rafId = 0;
      this.place();
    });
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const { doc } = this.env;
    const host = doc.createElement('onrecord-card');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    const root = host.attachShadow({ mode: 'closed' });
    const frame = doc.createElement('iframe');
    frame.src = this.env.frameUrl();
    frame.title = this.env.title;
    frame.setAttribute('style', important({ all: 'initial', display: 'block', width: '100%', height: '100%', border: '0', 'color-scheme': 'normal' }));
    root.append(frame);
    this.host = host;
    this.frame = frame;
    this.applyStyle();
    doc.documentElement.append(host);
    // A page script that restyles the host gets its change undone (and, in Chromium, a frame that will not save).
    this.guard?.disconnect();
    this.guard = new MutationObserver(() => this.applyStyle());
    this.guard.observe(host, { attributes: true });
  }

  private applyStyle(): void {
    if (!this.host) return;
    const style = important({ ...BASE, display: this.open ? 'block' : 'none', top: `${this.position.top}px`, left: `${this.position.left}px` });
    if (this.host.getAttribute('style') !== style) this.host.setAttribute('style', style);
    for (const name of this.host.getAttributeNames()) if (name !== 'style' && name !== OWN_UI_ATTRIBUTE) this.host.removeAttribute(name);
  }

  private place(): void {
    const anchor = this.anchor?.();
    if (!anchor) return this.hide();
    // Beside the column, else above the quote, never over the hovered line and the two after it (placement.ts).
    // The size is fixed, so the choice says nothing about what the card shows.
    const { top, left } = placeCard(anchor, { width: this.env.win.innerWidth, height: this.env.win.innerHeight }, CARD_SIZE);
    this.position = { top: Math.round(top), left: Math.round(left) };
    this.applyStyle();
  }
}
