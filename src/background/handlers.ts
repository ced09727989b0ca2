/** Content-script message handlers, and what every handler shares. Extension pages' handlers are in page-handlers.ts. */
import { ARTICLE_LIMITS, hostOf, quoteKeysOf, type SaveInput, type Analysis } from '../core/index';
import { sameSite, sourceFromMeta } from '../core/sources';
import type { Uploads } from '../shared/article-upload';
import type { CardRequest } from '../shared/card-protocol';
import type { ArticleText, PageReading, SaveRequest } from '../shared/protocol';
import { err, ok, type Result } from '../shared/result';
import * as lib from '../storage/repository';
import { beforeLookups, forgetStatuses, LOOKUP_LIMIT, statusesOf, savedOnPage, toSavedOnPage, withDb, type OpenDb } from './library-port';
import type { ContentContext, ContentHandlers } from './router';
import type { TabSummaries } from './tab-summaries';
import type { Cards } from './cards';
import type { Preferences } from '../shared/protocol';
import type { PageSync } from './page-sync';
import { pageQuoteByKey, pageQuotesOf, saveRequestOf } from './reading-quotes';
import type { TabReading, TabReadings } from './tab-readings';

export interface HandlerDeps {
  open: OpenDb;
  summaries: TabSummaries;
  setBadge: (tabId: number, count: number) => Promise<void>;
  siteSettings: { get(host: string): Promise<boolean>; set(host: string, enabled: boolean): Promise<void>; listOff(): Promise<string[]> };
  /** Reader preferences; markSaved: paint saved quotes on pages (the page's scripts can then see which). */
  preferences: { get(): Promise<Preferences>; set(patch: Partial<Preferences>): Promise<void> };
  cards: Cards;
  cardUrl: string;
  now: () => Date;
  version: string;
  analyze: (article: ArticleText) => Analysis;
  uploads: Uploads;
  readings: TabReadings;
  sync: PageSync;
  /** Asks a tab's page to read itself again (the worker restarted and has no reading of it). */
  rescan: (tabId: number, frameId: number) => Promise<Result<unknown>>;
}

/** A page may only speak for its own site: a canonical link pointing elsewhere is not trusted. */
const fromSite = (pageUrl: string | undefined, claimed: string) => pageUrl !== undefined && sameSite(pageUrl, claimed);

const toSaveInput = (r: SaveRequest, now: Date): SaveInput => ({ ...r, savedAt: now.toISOString() });
/** The library statuses of a page's first quotes are computed as it is read; a page of thousands warms these. */
const WARM_LIMIT = LOOKUP_LIMIT;
export const drop = <T>(r: Result<T>): Result<null> => (r.ok ? ok(null) : r);
/** A write changes what is saved and related: cached page statuses are stale after it. */
export const writes = <T>(r: Promise<Result<T>>): Promise<Result<T>> => r.finally(forgetStatuses);

/** A save, from a content script, the card frame or an extension page: the same record either way. */
export function saveRequest(open: OpenDb, request: SaveRequest, now: Date): Promise<Result<{ id: string; created: boolean }>> {
  return writes(
    withDb(open, async (db) => {
      const saved = await lib.saveQuote(db, toSaveInput(request, now));
      return saved.ok ? ok({ id: saved.value.record.id, created: saved.value.created }) : saved;
    }),
  );
}

/** A save, then every open page of that source hears of it. */
export async function saveAndTell(deps: Pick<HandlerDeps, 'open' | 'sync' | 'now'>, request: SaveRequest): Promise<Result<{ id: string; created: boolean }>> {
  const saved = await saveRequest(deps.open, request, deps.now());
  if (saved.ok) deps.sync.changed([request.source.url]);
  return saved;
}

/** The card the background shows for what the page pointed at: quotes come from the tab's own reading. */
/**
 * A frame's reading. Readings live in the worker's memory, which MV3 drops after 30 s idle: then the page is
 * asked to read itself again, once, so a card, a keyboard save or the popup still works after a restart.
 * The keys come out the same, because they are made from the analysis (core/quote-keys).
 */
export async function readingFor(deps: Pick<HandlerDeps, 'readings' | 'rescan'>, tabId: number, frameId = 0): Promise<TabReading | null> {
  const known = deps.readings.get(tabId, frameId);
  if (known) return known;
  await deps.rescan(tabId, frameId);
  return deps.readings.get(tabId, frameId);
}

export function cardFor(reading: TabReading | null, card: ContentToBackgroundCard): Result<CardRequest> {
  if (card.kind === 'official') return ok(card);
  if (card.kind === 'notice') return ok({ ...card, focus: false });
  if (!reading?.ownSite) return err('refused: a page can only show its own quotes');
  const quote = pageQuoteByKey(reading, card.key);
  const save = saveRequestOf(reading, card.key);
  return quote && save
    ? ok({ kind: 'quote', quote, save, dir: card.dir, focus: card.focus, position: card.position })
    : err('refused: no such quote on this page');
}
type ContentToBackgroundCard = Parameters<ContentHandlers['showCard']>[0]['card'];

export function contentHandlers(deps: HandlerDeps): ContentHandlers {
  return {
    async articlePart({ upload, index, paragraphs }, { tabId, frameId }) {
      return deps.uploads.add(`${tabId}:${frameId}`, upload, index, paragraphs);
    },
    analyzePage: (request, ctx) => beforeLookups(() => readPage(deps, request, ctx)),
    ...contentRest(deps),
  };
}

/** The engine reads the page's article; its reading is kept (tab-readings) and answered with its saved quotes. */
async function readPage(
  deps: HandlerDeps,
  { article: last, upload, meta, location }: Parameters<ContentHandlers['analyzePage']>[0],
  { tabId, frameId, url }: ContentContext,
): Promise<Result<PageReading>> {
  const earlier = upload ? deps.uploads.take(`${tabId}:${frameId}`, upload.id, upload.parts) : ok([]);
  if (!earlier.ok) return earlier;
  const article = earlier.value.length > 0 ? { title: last.title, paragraphs: [...earlier.value, ...last.paragraphs] } : last;
  if (article.paragraphs.length > ARTICLE_LIMITS.paragraphs || article.paragraphs.reduce((n, p) => n + p.length, 0) > ARTICLE_LIMITS.totalChars) {
    return err('invalid analyzePage: more text than a page can ask the engine to read');
  }
  const analysis = deps.analyze(article);
  const source = sourceFromMeta(meta, location, article.title);
  const keys = quoteKeysOf(analysis.quotes);
  if (frameId === 0) {
    await deps.summaries.record(tabId, {
      url: location,
      title: source.title,
      paragraphCount: article.paragraphs.length,
      quoteCount: keys.length,
      officialCount: analysis.officials.length,
    });
    await deps.setBadge(tabId, keys.length);
  }
  // A page can only ask about its own site; another site's canonical link gets the analysis alone.
  const ownSite = fromSite(url, source.url);
  const saved = ownSite ? await savedOnPage(deps.open, source.url) : ok([]);
  const reading = { location, source, paragraphs: article.paragraphs, analysis, keys, ownSite, saved: saved.ok ? saved.value.map(toSavedOnPage) : [] };
  deps.readings.set(tabId, frameId, reading);
  // Warmed, not awaited: hover cards and the popup then answer from the cache at once.
  if (ownSite) void statusesOf(deps.open, pageQuotesOf(reading, 0, WARM_LIMIT), `tab:${tabId}`);
  return ok({ analysis, keys, saved: reading.saved, source });
}

function contentRest(deps: HandlerDeps): Omit<ContentHandlers, 'articlePart' | 'analyzePage'> {
  return {
    async getSiteSetting(_, { url }) {
      // The sender's own site, from the browser, not from the page.
      const host = hostOf(url);
      const { markSaved, palette, hideNames } = await deps.preferences.get();
      // The card frame's address as the background has it: per session (use_dynamic_url) in Chromium, so a
      // page cannot probe for the extension by a fixed address.
      return ok({ enabled: host === '' || (await deps.siteSettings.get(host)), markSaved, cardUrl: deps.cardUrl, look: { palette, hideNames } });
    },
    async showCard({ card }, ctx) {
      if (ctx.frameId !== 0) return err('refused: cards are for the top frame');
      const request = cardFor(card.kind === 'quote' ? await readingFor(deps, ctx.tabId) : null, card);
      if (!request.ok) return request;
      deps.cards.show(ctx.tabId, request.value);
      return ok(null);
    },
    async hideCard(_, ctx) {
      deps.cards.hide(ctx.tabId);
      return ok(null);
    },
    async pageScanned(summary, { tabId, frameId }) {
      // Sent when the reader switched the site off: the page holds nothing now, and neither does its reading.
      deps.readings.forget(tabId, frameId);
      if (frameId !== 0) return ok(null);
      await deps.summaries.record(tabId, summary);
      await deps.setBadge(tabId, summary.quoteCount);
      return ok(null);
    },
    async livePace({ intervalMs }, { tabId, frameId }) {
      if (frameId === 0) await deps.summaries.recordPace(tabId, intervalMs);
      return ok(null);
    },
    async saveQuote(request, ctx) {
      if (!fromSite(ctx.url, request.source.url)) return err('refused: a page can only save quotes for its own site');
      return saveAndTell(deps, request);
    },
    async saveQuoteByKey({ key }, { tabId, frameId }) {
      const reading = await readingFor(deps, tabId, frameId);
      const request = reading?.ownSite ? saveRequestOf(reading, key) : null;
      return request ? saveAndTell(deps, request) : err('refused: no such quote on this page');
    },
  };
}
