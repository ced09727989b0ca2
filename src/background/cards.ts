/**
 * The hover card's background half. A tab's content script names the quote or official the reader pointed
 * at (page facts only); the card frame of that tab, an extension page the page cannot read, connects by
 * port and is told what to show, library facts included. Save and Close come back from the frame alone, so
 * a page can neither see what the library says about its quotes nor press Save through a message.
 */
import * as v from 'valibot';
import type { CardData, CardRequest, CardSave, ToCard } from '../shared/card-protocol';
import { contentSchemas } from '../shared/protocol';
import type { PageQuote, QuoteStatus, SaveRequest } from '../shared/protocol';
import type { Result } from '../shared/result';

export interface CardPort {
  postMessage(message: ToCard): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface CardDeps {
  status: (quote: PageQuote, tabId: number) => Promise<Result<QuoteStatus>>;
  savedCount: (name: string) => Promise<Result<{ saved: number; personId: string | null }>>;
  /** Saves, and tells every open page of the source (page-sync), the card's own page included. */
  save: (request: SaveRequest) => Promise<Result<{ id: string; created: boolean }>>;
  /** Tells the tab's content script that the reader closed the card. */
  notify: (tabId: number, event: { type: 'closed' } | { type: 'step'; delta: 1 | -1 }) => void;
  /** Opens the library at a person's page (the official card's "N saved statements"). */
  openPerson: (personId: string) => void;
  saveFailed: (why: string) => string;
}

function baseData(request: CardRequest): CardData {
  const common = {
    saved: false,
    busy: false,
    error: null,
    earlier: 0,
    best: null,
    savedCount: 0,
    personId: null,
    dir: request.dir,
    notice: null,
    position: null,
  };
  if (request.kind === 'quote')
    return {
      ...common,
      kind: 'quote',
      speaker: request.quote.speaker,
      title: request.quote.speakerTitle,
      text: request.quote.text,
      position: request.position,
    };
  if (request.kind === 'notice') return { ...common, kind: 'notice', speaker: null, title: null, text: '', notice: request.notice };
  return { ...common, kind: 'official', speaker: request.name, title: request.title, text: '' };
}

export function createCards(deps: CardDeps) {
  const requests = new Map<number, { request: CardRequest; seq: number }>();
  const ports = new Map<number, CardPort>();
  let seq = 0;

  const post = (tabId: number, message: ToCard) => {
    try {
      ports.get(tabId)?.postMessage(message);
    } catch {
      ports.delete(tabId); // the frame went away with its page
    }
  };
  const current = (tabId: number, at: number) => requests.get(tabId)?.seq === at;

  /** Shows the page facts at once, then the library's, unless another card was asked for meanwhile. */
  async function present(tabId: number): Promise<void> {
    const entry = requests.get(tabId);
    if (!entry || !ports.has(tabId)) return;
    const { request, seq: at } = entry;
    const save = request.kind === 'quote' ? { key: request.quote.key, request: request.save } : null;
    post(tabId, { type: 'show', data: baseData(request), focus: request.focus, save });
    if (request.kind === 'quote') {
      const status = await deps.status(request.quote, tabId);
      if (!status.ok || !current(tabId, at)) return;
      // A saved quote shows the speaker the library holds: the reader's correction, not the page's reading.
      post(tabId, {
        type: 'patch',
        patch: { saved: status.value.savedId !== null, earlier: status.value.earlier, best: status.value.best, ...status.value.savedAs },
      });
    } else if (request.kind === 'official') {
      const count = await deps.savedCount(request.name);
      if (count.ok && current(tabId, at)) post(tabId, { type: 'patch', patch: { savedCount: count.value.saved, personId: count.value.personId } });
    }
  }

  /** The frame's save: checked as strictly as a content script's, then stored; the same statement twice is one record. */
  async function saveFor(tabId: number, save: CardSave): Promise<void> {
    const valid = v.safeParse(contentSchemas.saveQuote, save?.request);
    if (!valid.success || typeof save.key !== 'string') return post(tabId, { type: 'patch', patch: { busy: false, error: deps.saveFailed('invalid save') } });
    const at = requests.get(tabId)?.seq;
    post(tabId, { type: 'patch', patch: { busy: true, error: null } });
    const saved = await deps.save(valid.output);
    // After a worker restart there is no entry; the frame that asked is still showing this quote.
    if (at !== undefined && !current(tabId, at)) return;
    if (!saved.ok) return post(tabId, { type: 'patch', patch: { busy: false, error: deps.saveFailed(saved.error) } });
    post(tabId, { type: 'patch', patch: { busy: false, saved: true } });
  }

  return {
    show(tabId: number, request: CardRequest): void {
      requests.set(tabId, { request, seq: ++seq });
      void present(tabId);
    },
    hide(tabId: number): void {
      requests.delete(tabId);
      post(tabId, { type: 'hide' });
    },
    /** A card frame of `tabId` connected (the browser names the tab; the page cannot). */
    connect(tabId: number, port: CardPort): void {
      ports.get(tabId) === port || ports.set(tabId, port);
      port.onDisconnect.addListener(() => ports.get(tabId) === port && ports.delete(tabId));
      port.onMessage.addListener((message) => {
        const m = message as { type?: unknown; save?: CardSave } | null;
        const type = m?.type;
        if (type === 'save' && m?.save) void saveFor(tabId, m.save);
        if (type === 'close') {
          requests.delete(tabId);
          post(tabId, { type: 'hide' });
          deps.notify(tabId, { type: 'closed' });
        }
        const delta = (m as { delta?: unknown } | null)?.delta;
        if (type === 'step' && (delta === 1 || delta === -1)) deps.notify(tabId, { type: 'step', delta });
        // The person is the one the background shows in this tab's card, looked up afresh: never a frame's word.
        const shown = requests.get(tabId)?.request;
        if (type === 'openPerson' && shown?.kind === 'official')
          void deps.savedCount(shown.name).then((r) => r.ok && r.value.personId && deps.openPerson(r.value.personId));
      });
      void present(tabId);
    },
    forgetTab(tabId: number): void {
      requests.delete(tabId);
      ports.delete(tabId);
    },
  };
}
export type Cards = ReturnType<typeof createCards>;
