/**
 * Mounts the hover card in a closed shadow root on a host attached outside the article (to <html>), created
 * only when a card is first shown. Keeps it beside its quote, never over it, as the page scrolls.
 */
import { h, render } from 'preact';
import { OWN_UI_ATTRIBUTE } from '../extract-rules';
import { Card, type CardData, type CardStrings } from './Card';
import { CARD_CSS } from './card-styles';

export interface CardHandlers { onSave: () => void; onClose: () => void }
const GAP = 8;

export class CardView {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private container: HTMLElement | null = null;
  private anchorRect: (() => DOMRect | null) | null = null;
  private data: CardData | null = null;
  private handlers: CardHandlers | null = null;
  private frame = 0;

  private stringsCache: CardStrings | null = null;

  /** Strings are looked up when a card is first shown, not on every page load. */
  constructor(private readonly doc: Document, private readonly win: Window, private readonly makeStrings: () => CardStrings) {}

  private get strings(): CardStrings {
    return (this.stringsCache ??= this.makeStrings());
  }

  get isOpen(): boolean {
    return this.data !== null;
  }

  /** True when the pointer is over the card, so moving onto it does not close it. */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  show(data: CardData, anchorRect: () => DOMRect | null, handlers: CardHandlers): void {
    this.data = data;
    this.anchorRect = anchorRect;
    this.handlers = handlers;
    this.ensureHost();
    this.paint();
  }

  update(patch: Partial<CardData>): void {
    if (!this.data) return;
    this.data = { ...this.data, ...patch };
    this.paint();
  }

  hide(): void {
    if (!this.data) return;
    this.data = null;
    if (this.container) render(null, this.container);
    if (this.host) this.host.style.display = 'none';
  }

  focusSave(): void {
    (this.root?.querySelector('button.save') as HTMLButtonElement | null)?.focus();
  }

  /** Re-places the card after scrolling or resizing, at most once a frame. */
  reposition(): void {
    if (!this.data || this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement('onrecord-card');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:none;';
    this.root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    this.container = this.doc.createElement('div');
    this.root.append(style, this.container);
    this.doc.documentElement.append(host);
    this.host = host;
  }

  private paint(): void {
    if (!this.data || !this.container || !this.host || !this.handlers) return;
    render(h(Card, { data: this.data, strings: this.strings, onSave: this.handlers.onSave, onClose: this.handlers.onClose }), this.container);
    this.host.style.display = 'block';
    this.place();
  }

  private place(): void {
    const rect = this.anchorRect?.();
    if (!rect || !this.host) return this.hide();
    const card = this.host.getBoundingClientRect();
    const vh = this.win.innerHeight;
    const vw = this.win.innerWidth;
    // Below the quote if it fits, else above it; never over it.
    let top = rect.bottom + GAP;
    if (top + card.height > vh - GAP && rect.top - GAP - card.height >= GAP) top = rect.top - GAP - card.height;
    const rtl = this.data?.dir === 'rtl';
    let left = rtl ? rect.right - card.width : rect.left;
    left = Math.min(Math.max(GAP, left), Math.max(GAP, vw - card.width - GAP));
    this.host.style.top = `${Math.round(top)}px`;
    this.host.style.left = `${Math.round(left)}px`;
  }
}
