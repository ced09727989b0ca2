/**
 * The content script's state and actions: read the page, anchor and paint what the background read, show
 * cards, save. Quotes are named by the background's keys; their words, speakers and library records stay
 * there. Everything from the browser arrives as arguments, so the logic is testable and the entry only wires.
 */
import type { CardAsk, CardNotice } from '../shared/card-protocol';
import type { ContentToBackground, PageSummary, SavedOnPage } from '../shared/protocol';
import type { Result } from '../shared/result';
import type { FrameCard } from './card/frame-host';
import { anchorOf, lineIndexAt } from './card/anchor-rects';
import { layerHighlights } from './highlight-layers';
import type { Highlighter } from './highlights';
import { anchorSaved, buildModel, saveRequestForSelection, type PageModel } from './page-model';
import type { PageAnalysis } from './page-analysis';

type Send = <K extends keyof ContentToBackground & string>(
  type: K,
  payload: ContentToBackground[K]['request'],
) => Promise<Result<ContentToBackground[K]['response']>>;
type Saved = Result<{ id: string; created: boolean }>;

export interface ControllerDeps {
  doc: Document;
  highlighter: Highlighter;
  card: FrameCard;
  send: Send;
  /** With the previous read (a live page changed), resolves null when the article's text did not change. */
  analyze: (previous: PageAnalysis | null) => Promise<PageAnalysis | null>;
  location: () => string;
  /** Why a save did not happen, in words, for whoever asked (the background's command handler). */
  strings: { notSaved: (why: CardNotice) => string };
  /** Paint saved quotes on the page: off unless the reader turns it on (the page's scripts can read the marks). */
  markSaved: () => boolean;
}

/** Where a notice with no words to stand by (nothing was selected) goes: the top of the view, centred. */
function topOfView(width: number) {
  const box = { top: 0, left: width / 2, right: width / 2, bottom: 0 };
  return { line: box, quote: box, column: box, bandBottom: 0 };
}

/** How long a save's notice stays: long enough to read two short lines. */
const NOTICE_MS = 4000;

export function createController(deps: ControllerDeps) {
  let model: PageModel | null = null;
  /** The quote whose card is open, and the one the reader moved to with the keyboard (an index into the page's quotes). */
  const at = { card: null as string | null, focused: -1 };
  let savedRanges = new Map<string, Range>();
  let enabled = true;
  let noticeTimer = 0;
  const endNotice = () => deps.doc.defaultView?.clearTimeout(noticeTimer);

  const summary = (): PageSummary => ({
    url: deps.location().slice(0, 8192),
    title: (model?.source.title ?? '').slice(0, 2048),
    paragraphCount: model?.page.article.blocks.length ?? 0,
    // The engine's count, as the background records it: one number for the badge, the popup and this reply.
    quoteCount: model?.page.analysis.quotes.length ?? 0,
    officialCount: model?.page.analysis.officials.length ?? 0,
  });
  /** Whether the quote layer holds every quote (no saved quote took any over), so it need not be set again. */
  let quoteLayerFull = false;
  /** A saved quote shows one colour: it leaves the quote layer (see highlight-layers). */
  const paintSaved = () => {
    const saved = deps.markSaved() ? [...savedRanges.values()] : [];
    const layers = layerHighlights(model?.page.quotes.map((q) => q.range) ?? [], saved);
    if (saved.length > 0 || !quoteLayerFull) deps.highlighter.set('quote', layers.quote);
    quoteLayerFull = saved.length === 0;
    deps.highlighter.set('saved', layers.saved);
  };
  const rangeOf = (key: string) => model?.page.quotes.find((q) => q.key === key)?.range ?? null;
  const indexOf = (key: string) => model?.page.quotes.findIndex((q) => q.key === key) ?? -1;

  async function refresh(live = false): Promise<PageSummary> {
    if (!enabled) return summary();
    const page = await deps.analyze(live ? (model?.page ?? null) : null);
    if (!page) return summary();
    model = buildModel(page);
    quoteLayerFull = false;
    deps.highlighter.set(
      'official',
      page.officialRanges.map((o) => o.range),
    );
    markSaved(page.saved);
    return summary();
  }

  /** The page's saved quotes, as the background last said: re-anchored and marked (if the reader wants marks). */
  function markSaved(saved: SavedOnPage[]): void {
    if (!model) return;
    savedRanges = anchorSaved(deps.doc, model, saved).ranges;
    paintSaved();
  }

  async function showCard(card: CardAsk): Promise<void> {
    const shown = await deps.send('showCard', { card });
    if (!shown.ok) deps.card.hide();
  }

  /**
   * Page facts only: what the library says about this quote is shown by the card frame, never sent here.
   * `pointerY` names the hovered line, which the card keeps clear; without it (the keyboard) the first line.
   */
  function showQuote(key: string, focus = false, pointerY: number | null = null): void {
    const range = rangeOf(key);
    if (!range || !model) return;
    at.card = key;
    endNotice();
    deps.card.show(anchorOf(range, lineIndexAt(range, pointerY)), focus);
    const position = { index: indexOf(key) + 1, total: model.page.quotes.length };
    void showCard({ kind: 'quote', key, dir: directionOf(range), focus, position });
  }

  function showOfficial(personId: number, range: Range, pointerY: number | null = null): void {
    const person = model?.page.analysis.officials.find((o) => o.id === personId);
    if (!person) return;
    at.card = null;
    endNotice();
    deps.card.show(anchorOf(range, lineIndexAt(range, pointerY)));
    void showCard({ kind: 'official', name: person.name, title: person.title, dir: directionOf(range), focus: false });
  }

  /**
   * A save's outcome, shown to the reader by the card frame near the words (announced to screen readers),
   * for a few seconds: every keyboard or menu save and every refusal is seen, none is silent.
   */
  function tell(notice: CardNotice, range: Range | null): void {
    at.card = null;
    const view = deps.doc.defaultView;
    deps.card.show(range ? anchorOf(range, 0) : () => topOfView(view?.innerWidth ?? 0));
    void showCard({ kind: 'notice', notice, dir: range ? directionOf(range) : 'ltr' });
    if (!view) return;
    view.clearTimeout(noticeTimer);
    // Another card shown meanwhile ends the notice's timer (endNotice), so it never closes that card.
    noticeTimer = view.setTimeout(close, NOTICE_MS);
  }
  const refused = (why: CardNotice, range: Range | null): Saved => {
    tell(why, range);
    return { ok: false, error: deps.strings.notSaved(why) };
  };

  /** The keyboard's Save: the background builds the record from its own reading of the page. */
  async function save(key: string): Promise<Saved> {
    const reply = await deps.send('saveQuoteByKey', { key });
    // A failure goes back to whoever asked, and the reader sees it: never a silent loss.
    if (!reply.ok) return (tell('failed', rangeOf(key)), reply);
    const range = rangeOf(key);
    if (range) savedRanges.set(reply.value.id, range);
    paintSaved();
    // An open card of this quote is shown afresh, so it says Saved.
    if (deps.card.isOpen && at.card === key) showQuote(key);
    return reply;
  }

  async function saveSelection(selection: Range | null): Promise<Saved> {
    const judged = model && selection && !selection.collapsed ? saveRequestForSelection(model, selection) : { ok: false as const, why: 'nothing' as const };
    if (!judged.ok) return refused(judged.why, selection);
    const reply = await deps.send('saveQuote', judged.request);
    if (reply.ok) {
      savedRanges.set(reply.value.id, selection!.cloneRange());
      paintSaved();
    }
    tell(!reply.ok ? 'failed' : reply.value.created ? 'saved' : 'alreadySaved', selection);
    return reply;
  }

  /** The quote the reader moved to with the keyboard, else the one whose card is open. */
  function saveFocused(): Promise<Saved> | Saved {
    const key = model?.page.quotes[at.focused]?.key ?? (deps.card.isOpen ? at.card : null);
    return key ? save(key) : refused('nothing', null);
  }

  /** The keyboard's next (+1) or previous (-1) quote, from the focused one or else the open card's; wraps round. */
  function focusStep(delta: 1 | -1): void {
    if (!model || model.page.quotes.length === 0) return;
    const n = model.page.quotes.length;
    const from = at.focused >= 0 ? at.focused : at.card ? indexOf(at.card) : -1;
    at.focused = from < 0 ? (delta > 0 ? 0 : n - 1) : (from + delta + n) % n;
    const { key, range } = model.page.quotes[at.focused]!;
    (range.startContainer.parentElement ?? deps.doc.body)?.scrollIntoView({ block: 'center' });
    deps.highlighter.set('focus', [range]);
    showQuote(key, true);
  }

  function close(): void {
    endNotice();
    const wasOpen = deps.card.isOpen;
    deps.card.hide();
    at.card = null;
    deps.highlighter.set('focus', []);
    if (wasOpen) void deps.send('hideCard', null);
  }

  function setEnabled(on: boolean): Promise<PageSummary> | PageSummary {
    enabled = on;
    if (on) return refresh();
    close();
    deps.highlighter.clear();
    quoteLayerFull = false;
    model = null;
    savedRanges = new Map();
    at.focused = -1;
    void deps.send('pageScanned', summary());
    return summary();
  }

  return {
    refresh,
    save,
    saveSelection,
    saveFocused,
    focusStep,
    close,
    setEnabled,
    showQuote,
    showOfficial,
    markSaved,
    get enabled() {
      return enabled;
    },
    get model() {
      return model;
    },
    get focusedIndex() {
      return at.focused;
    },
    hitTest(node: Node, offset: number, x: number, y: number): { quote: string } | { official: number; range: Range } | null {
      if (!model) return null;
      // The caret snaps to the nearest text; the pointer must be over the highlighted words themselves.
      const over = (r: Range) =>
        safeInRange(r, node, offset) && [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
      const q = model.page.quotes.find((a) => over(a.range));
      if (q) return { quote: q.key };
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
