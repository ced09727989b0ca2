/**
 * The content script's state and actions: analyse the page, paint highlights, show cards, save quotes.
 * Everything it needs from the browser arrives as arguments, so the logic is testable and the entry file only wires.
 */
import type { CardRequest } from '../shared/card-protocol';
import { LIST_LIMIT, type BackgroundToContent, type ContentToBackground, type PageSummary, type SavedOnPage } from '../shared/protocol';
import type { Result } from '../shared/result';
import type { FrameCard } from './card/frame-host';
import type { Highlighter } from './highlights';
import { anchorSaved, buildModel, saveRequestFor, saveRequestForSelection, type PageModel } from './page-model';
import type { PageAnalysis } from './page-analysis';

type Send = <K extends keyof ContentToBackground & string>(type: K, payload: ContentToBackground[K]['request']) => Promise<Result<ContentToBackground[K]['response']>>;

export interface ControllerDeps {
  doc: Document;
  highlighter: Highlighter;
  card: FrameCard;
  send: Send;
  /** With the previous read (a live page changed), resolves null when the article's text did not change. */
  analyze: (previous: PageAnalysis | null) => Promise<PageAnalysis | null>;
  location: () => string;
  strings: { saveFailed: (why: string) => string; nothingSelected: () => string };
  /** Paint saved quotes on the page: off unless the reader turns it on (the page's scripts can read the marks). */
  markSaved: () => boolean;
}

export function createController(deps: ControllerDeps) {
  let model: PageModel | null = null;
  let cardQuote = -1;
  let savedRanges = new Map<string, Range>();
  let savedByQuote = new Map<number, string>();
  let orphans: SavedOnPage[] = [];
  let focused = -1;
  let enabled = true;

  const summary = (): PageSummary => ({
    url: deps.location().slice(0, 8192),
    title: (model?.source.title ?? '').slice(0, 2048),
    paragraphCount: model?.page.article.blocks.length ?? 0,
    quoteCount: model?.page.quotes.length ?? 0,
    officialCount: model?.page.analysis.officials.length ?? 0,
  });

  function paintSaved(): void {
    deps.highlighter.set('saved', deps.markSaved() ? [...savedRanges.values()] : []);
  }

  async function refresh(live = false): Promise<PageSummary> {
    if (!enabled) return summary();
    const page = await deps.analyze(live ? (model?.page ?? null) : null);
    if (!page) return summary();
    model = buildModel(page);
    deps.highlighter.set('quote', page.quotes.map((q) => q.range));
    deps.highlighter.set('official', page.officialRanges.map((o) => o.range));
    markSaved(page.saved);
    return summary();
  }

  /** Saved quotes of this page: re-anchored and marked; the ones gone from the page are reported as orphans. */
  function markSaved(saved: SavedOnPage[]): void {
    if (!model) return;
    const found = anchorSaved(deps.doc, model, saved);
    savedRanges = found.ranges;
    orphans = found.orphans;
    savedByQuote = new Map();
    if (savedRanges.size > 0) model.page.quotes.forEach((q, i) => {
      for (const [id, r] of savedRanges) if (q.range.compareBoundaryPoints(Range.START_TO_END, r) > 0 && q.range.compareBoundaryPoints(Range.END_TO_START, r) < 0) savedByQuote.set(i, id);
    });
    paintSaved();
  }

  const rectOf = (range: Range) => () => (range.startContainer.isConnected ? range.getBoundingClientRect() : null);

  /** Page facts only: what the library says about this quote is shown by the card frame, never sent here. */
  function showQuote(index: number, focus = false): void {
    const q = model?.quotes[index];
    const range = model?.page.quotes[index]?.range;
    const save = model ? saveRequestFor(model, index) : null;
    if (!q || !range || !save) return;
    cardQuote = index;
    deps.card.show(rectOf(range), focus);
    void showCard({ kind: 'quote', quote: q, save, dir: directionOf(range), focus });
  }

  function showOfficial(personId: number, range: Range): void {
    const person = model?.page.analysis.officials.find((o) => o.id === personId);
    if (!person) return;
    cardQuote = -1;
    deps.card.show(rectOf(range));
    void showCard({ kind: 'official', name: person.name, title: person.title, dir: directionOf(range), focus: false });
  }

  async function showCard(card: CardRequest): Promise<void> {
    const shown = await deps.send('showCard', { card });
    if (!shown.ok) deps.card.hide();
  }

  /** From the card frame, through the background. */
  function onCardEvent(event: BackgroundToContent['cardEvent']['request']): void {
    if (event.type === 'closed') return close();
    const index = model?.quotes.findIndex((q) => q.key === event.key) ?? -1;
    if (index >= 0) markSavedAt(index, event.id);
  }

  function markSavedAt(index: number, id: string): void {
    const range = model?.page.quotes[index]?.range;
    if (range) savedRanges.set(id, range);
    savedByQuote.set(index, id);
    paintSaved();
  }

  async function save(index: number): Promise<Result<{ id: string; created: boolean }>> {
    if (!model) return { ok: false, error: 'page not read yet' };
    const request = saveRequestFor(model, index);
    if (!request) return { ok: false, error: 'no such quote' };
    const reply = await deps.send('saveQuote', request);
    // A failure goes back to whoever asked (the popup or the keyboard command shows it): never a silent loss.
    if (!reply.ok) return reply;
    markSavedAt(index, reply.value.id);
    // An open card of this quote is shown afresh, so it says Saved.
    if (deps.card.isOpen && cardQuote === index) showQuote(index);
    return reply;
  }

  async function saveSelection(selection: Range | null): Promise<Result<{ id: string; created: boolean }>> {
    const request = model && selection && !selection.collapsed ? saveRequestForSelection(model, selection) : null;
    if (!request) return { ok: false, error: deps.strings.nothingSelected() };
    const reply = await deps.send('saveQuote', request);
    if (reply.ok) {
      savedRanges.set(reply.value.id, selection!.cloneRange());
      paintSaved();
    }
    return reply;
  }

  /** The keyboard's Save: the quote the reader moved to with the keyboard, else the one whose card is open. */
  function saveFocused(): Promise<Result<{ id: string; created: boolean }>> | Result<never> {
    const index = focused >= 0 ? focused : deps.card.isOpen ? cardQuote : -1;
    return index >= 0 ? save(index) : { ok: false, error: deps.strings.nothingSelected() };
  }

  function focusNext(): void {
    if (!model || model.page.quotes.length === 0) return;
    focused = (focused + 1) % model.page.quotes.length;
    const range = model.page.quotes[focused]!.range;
    (range.startContainer.parentElement ?? deps.doc.body)?.scrollIntoView({ block: 'center' });
    deps.highlighter.set('focus', [range]);
    showQuote(focused, true);
  }

  function close(): void {
    const wasOpen = deps.card.isOpen;
    deps.card.hide();
    cardQuote = -1;
    deps.highlighter.set('focus', []);
    if (wasOpen) void deps.send('hideCard', null);
  }

  function setEnabled(on: boolean): Promise<PageSummary> | PageSummary {
    enabled = on;
    if (on) return refresh();
    close();
    deps.highlighter.clear();
    model = null;
    void deps.send('pageScanned', summary());
    savedRanges = new Map();
    return summary();
  }

  return {
    refresh, save, saveSelection, saveFocused, focusNext, close, setEnabled, showQuote, showOfficial, onCardEvent,
    get enabled() { return enabled; },
    get model() { return model; },
    get focusedIndex() { return focused; },
    listPageQuotes: () => ({ quotes: (model?.quotes ?? []).slice(0, LIST_LIMIT), orphans: orphans.slice(0, LIST_LIMIT), total: model?.quotes.length ?? 0 }),
    hitTest(node: Node, offset: number, x: number, y: number): { quote: number } | { official: number; range: Range } | null {
      if (!model) return null;
      // The caret snaps to the nearest text; the pointer must be over the highlighted words themselves.
      const over = (r: Range) => safeInRange(r, node, offset) && [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
      const q = model.page.quotes.findIndex((a) => over(a.range));
      if (q >= 0) return { quote: q };
      const o = model.page.officialRanges.find((a) => over(a.range));
      return o ? { official: o.personId, range: o.range } : null;
    },
  };
}

export type Controller = ReturnType<typeof createController>;

function safeInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // the node is in another document or was removed
  }
}

function directionOf(range: Range): 'ltr' | 'rtl' {
  const el = range.startContainer.parentElement;
  const dir = el?.closest('[dir]')?.getAttribute('dir') ?? el?.ownerDocument.documentElement.getAttribute('dir');
  if (dir === 'rtl' || dir === 'ltr') return dir;
  const view = el?.ownerDocument.defaultView;
  return el && view ? (view.getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr') : 'ltr';
}
