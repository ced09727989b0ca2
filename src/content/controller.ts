/**
 * The content script's state and actions: analyse the page, paint highlights, show cards, save quotes.
 * Everything it needs from the browser arrives as arguments, so the logic is testable and the entry file only wires.
 */
import type { ContentToBackground, PageQuote, PageSummary, QuoteStatus, SavedOnPage } from '../shared/protocol';
import type { Result } from '../shared/result';
import type { CardData } from './card/Card';
import type { CardView } from './card/mount';
import type { Highlighter } from './highlights';
import { anchorSaved, buildModel, saveRequestFor, saveRequestForSelection, type PageModel } from './page-model';
import type { PageAnalysis } from './page-analysis';

type Send = <K extends keyof ContentToBackground & string>(type: K, payload: ContentToBackground[K]['request']) => Promise<Result<ContentToBackground[K]['response']>>;

export interface ControllerDeps {
  doc: Document;
  highlighter: Highlighter;
  card: CardView;
  send: Send;
  /** With the previous read (a live page changed), resolves null when the article's text did not change. */
  analyze: (previous: PageAnalysis | null) => Promise<PageAnalysis | null>;
  location: () => string;
  strings: { saveFailed: (why: string) => string; nothingSelected: () => string };
}

export function createController(deps: ControllerDeps) {
  let model: PageModel | null = null;
  let statuses = new Map<string, QuoteStatus>();
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
    deps.highlighter.set('saved', [...savedRanges.values()]);
  }

  async function refresh(live = false): Promise<PageSummary> {
    if (!enabled) return summary();
    const page = await deps.analyze(live ? (model?.page ?? null) : null);
    if (!page) return summary();
    model = buildModel(page);
    // Keys are positions on the page; after a change they may name other quotes.
    statuses = new Map();
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

  async function statusOf(index: number): Promise<QuoteStatus | null> {
    const q = model?.quotes[index];
    if (!q) return null;
    const cached = statuses.get(q.key);
    if (cached) return cached;
    const reply = await deps.send('lookupQuotes', { quotes: [q] });
    if (!reply.ok || !reply.value[0]) return null;
    statuses.set(q.key, reply.value[0]);
    return reply.value[0];
  }

  function cardData(index: number): CardData | null {
    const q = model?.quotes[index];
    const anchored = model?.page.quotes[index];
    if (!q || !anchored) return null;
    const status = statuses.get(q.key);
    const dir = directionOf(anchored.range);
    return {
      kind: 'quote', speaker: q.speaker, title: q.speakerTitle, text: q.text, saved: savedByQuote.has(index) || Boolean(status?.savedId),
      busy: false, error: null, earlier: status?.earlier ?? 0, best: status?.best ?? null, savedCount: 0, dir,
    };
  }

  function showQuote(index: number, focusSave = false): void {
    const data = cardData(index);
    const range = model?.page.quotes[index]?.range;
    if (!data || !range) return;
    deps.card.show(data, () => (range.startContainer.isConnected ? range.getBoundingClientRect() : null), {
      onSave: () => void save(index),
      onClose: () => close(),
    });
    if (focusSave) deps.card.focusSave();
    void statusOf(index).then((s) => s && deps.card.isOpen && deps.card.update({ earlier: s.earlier, best: s.best, saved: Boolean(s.savedId) || savedByQuote.has(index) }));
  }

  async function showOfficial(personId: number, range: Range): Promise<void> {
    const person = model?.page.analysis.officials.find((o) => o.id === personId);
    if (!person) return;
    const base: CardData = { kind: 'official', speaker: person.name, title: person.title, text: '', saved: false, busy: false, error: null, earlier: 0, best: null, savedCount: 0, dir: directionOf(range) };
    deps.card.show(base, () => (range.startContainer.isConnected ? range.getBoundingClientRect() : null), { onSave: () => undefined, onClose: () => close() });
    const counts = await deps.send('lookupPeople', { names: [person.name] });
    if (counts.ok && deps.card.isOpen) deps.card.update({ savedCount: counts.value[0]?.saved ?? 0 });
  }

  async function save(index: number): Promise<Result<{ id: string; created: boolean }>> {
    if (!model) return { ok: false, error: 'page not read yet' };
    const request = saveRequestFor(model, index);
    if (!request) return { ok: false, error: 'no such quote' };
    deps.card.update({ busy: true, error: null });
    const reply = await deps.send('saveQuote', request);
    if (!reply.ok) {
      // Never a silent loss: the reader sees why the save failed and can try again.
      deps.card.update({ busy: false, error: deps.strings.saveFailed(reply.error) });
      return reply;
    }
    const range = model.page.quotes[index]?.range;
    if (range) savedRanges.set(reply.value.id, range);
    savedByQuote.set(index, reply.value.id);
    const key = model.quotes[index]!.key;
    statuses.set(key, { ...(statuses.get(key) ?? { earlier: 0, best: null, related: [] }), savedId: reply.value.id });
    paintSaved();
    deps.card.update({ busy: false, saved: true });
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

  function focusNext(): void {
    if (!model || model.page.quotes.length === 0) return;
    focused = (focused + 1) % model.page.quotes.length;
    const range = model.page.quotes[focused]!.range;
    (range.startContainer.parentElement ?? deps.doc.body)?.scrollIntoView({ block: 'center' });
    deps.highlighter.set('focus', [range]);
    showQuote(focused, true);
  }

  function close(): void {
    deps.card.hide();
    deps.highlighter.set('focus', []);
  }

  function setEnabled(on: boolean): Promise<PageSummary> | PageSummary {
    enabled = on;
    if (on) return refresh();
    close();
    deps.highlighter.clear();
    model = null;
    void deps.send('pageScanned', summary());
    statuses = new Map();
    savedRanges = new Map();
    return summary();
  }

  return {
    refresh, save, saveSelection, focusNext, close, setEnabled, showQuote, showOfficial,
    get enabled() { return enabled; },
    get model() { return model; },
    get focusedIndex() { return focused; },
    listPageQuotes: () => ({ quotes: model?.quotes ?? [], orphans }),
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
