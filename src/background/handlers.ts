/** Message handlers. Content scripts may only save and look up; everything else needs an extension page. */
import { ARTICLE_LIMITS, hostOf, sameSite, sourceFromMeta, type SaveInput, type Analysis } from '../core';
import type { Uploads } from '../shared/article-upload';
import { pageQuoteOf } from '../shared/page-quote';
import type { ArticleText, SaveRequest } from '../shared/protocol';
import { err, ok, type Result } from '../shared/result';
import * as lib from '../storage/repository';
import { exportPage } from '../storage/export-pages';
import { findRelatedItems, forgetStatuses, LOOKUP_LIMIT, statusesOf, savedOnPage, toSavedOnPage, withDb, type OpenDb } from './library-port';
import type { ContentHandlers, PageHandlers } from './router';
import type { TabSummaries } from './tab-summaries';
import type { Cards } from './cards';
import type { Preferences } from '../shared/protocol';

export interface HandlerDeps {
  open: OpenDb;
  summaries: TabSummaries;
  setBadge: (tabId: number, count: number) => Promise<void>;
  siteSettings: { get(host: string): Promise<boolean>; set(host: string, enabled: boolean): Promise<void> };
  /** Reader preferences; markSaved: paint saved quotes on pages (the page's scripts can then see which). */
  preferences: { get(): Promise<Preferences>; set(patch: Partial<Preferences>): Promise<void> };
  cards: Cards;
  cardUrl: string;
  now: () => Date;
  version: string;
  analyze: (article: ArticleText) => Analysis;
  uploads: Uploads;
}

/** A page may only speak for its own site: a canonical link pointing elsewhere is not trusted. */
const fromSite = (pageUrl: string | undefined, claimed: string) => pageUrl !== undefined && sameSite(pageUrl, claimed);

const toSaveInput = (r: SaveRequest, now: Date): SaveInput => ({ ...r, savedAt: now.toISOString() });
/** The library statuses of a page's first quotes are computed as it is read; a page of thousands warms these. */
const WARM_LIMIT = LOOKUP_LIMIT;
const drop = <T>(r: Result<T>): Result<null> => (r.ok ? ok(null) : r);
/** A write changes what is saved and related: cached page statuses are stale after it. */
const writes = <T>(r: Promise<Result<T>>): Promise<Result<T>> => r.finally(forgetStatuses);

/** A save, from a content script, the card frame or an extension page: the same record either way. */
export function saveRequest(open: OpenDb, request: SaveRequest, now: Date): Promise<Result<{ id: string; created: boolean }>> {
  return writes(withDb(open, async (db) => {
    const saved = await lib.saveQuote(db, toSaveInput(request, now));
    return saved.ok ? ok({ id: saved.value.record.id, created: saved.value.created }) : saved;
  }));
}

export function contentHandlers(deps: HandlerDeps): ContentHandlers {
  return {
    async articlePart({ upload, index, paragraphs }, { tabId, frameId }) {
      return deps.uploads.add(`${tabId}:${frameId}`, upload, index, paragraphs);
    },
    async analyzePage({ article: last, upload, meta, location }, { tabId, frameId, url }) {
      const earlier = upload ? deps.uploads.take(`${tabId}:${frameId}`, upload.id, upload.parts) : ok([]);
      if (!earlier.ok) return earlier;
      const article = earlier.value.length > 0 ? { title: last.title, paragraphs: [...earlier.value, ...last.paragraphs] } : last;
      if (article.paragraphs.length > ARTICLE_LIMITS.paragraphs || article.paragraphs.reduce((n, p) => n + p.length, 0) > ARTICLE_LIMITS.totalChars) {
        return err('invalid analyzePage: more text than a page can ask the engine to read');
      }
      const analysis = deps.analyze(article);
      const source = sourceFromMeta(meta, location, article.title);
      const quotes = analysis.quotes;
      if (frameId === 0) {
        await deps.summaries.record(tabId, { url: location, title: source.title, paragraphCount: article.paragraphs.length, quoteCount: quotes.length, officialCount: analysis.officials.length });
        await deps.setBadge(tabId, quotes.length);
      }
      // A page can only ask about its own site; another site's canonical link gets the analysis alone.
      if (!fromSite(url, source.url)) return ok({ analysis, saved: [], source });
      const saved = await savedOnPage(deps.open, source.url);
      const officials = new Set(analysis.officials.map((o) => o.id));
      // Warmed, not awaited: hover cards and the popup then answer from the cache at once.
      void statusesOf(deps.open, quotes.slice(0, WARM_LIMIT).map((q, i) => pageQuoteOf(q, `q${i}`, officials, article.paragraphs, source)), `tab:${tabId}`);
      return ok({ analysis, saved: saved.ok ? saved.value.map(toSavedOnPage) : [], source });
    },
    async getSiteSetting(_, { url }) {
      // The sender's own site, from the browser, not from the page.
      const host = hostOf(url);
      const { markSaved } = await deps.preferences.get();
      // The card frame's address as the background has it: per session (use_dynamic_url) in Chromium, so a
      // page cannot probe for the extension by a fixed address.
      return ok({ enabled: host === '' || (await deps.siteSettings.get(host)), markSaved, cardUrl: deps.cardUrl });
    },
    async showCard({ card }, ctx) {
      if (ctx.frameId !== 0) return err('refused: cards are for the top frame');
      if (card.kind === 'quote' && (!fromSite(ctx.url, card.quote.sourceUrl) || !fromSite(ctx.url, card.save.source.url))) {
        return err('refused: a page can only show its own quotes');
      }
      deps.cards.show(ctx.tabId, card);
      return ok(null);
    },
    async hideCard(_, ctx) {
      deps.cards.hide(ctx.tabId);
      return ok(null);
    },
    async pageScanned(summary, { tabId, frameId }) {
      if (frameId !== 0) return ok(null);
      await deps.summaries.record(tabId, summary);
      await deps.setBadge(tabId, summary.quoteCount);
      return ok(null);
    },
    async saveQuote(request, ctx) {
      if (!fromSite(ctx.url, request.source.url)) return err('refused: a page can only save quotes for its own site');
      return saveRequest(deps.open, request, deps.now());
    },
    async listSavedOnPage({ sourceUrl }, ctx) {
      if (!fromSite(ctx.url, sourceUrl)) return err('refused: a page can only list its own saved quotes');
      const saved = await savedOnPage(deps.open, sourceUrl);
      return saved.ok ? ok(saved.value.map(toSavedOnPage)) : saved;
    },
  };
}

export function pageHandlers(deps: HandlerDeps): PageHandlers {
  const db = <T>(work: (d: lib.LibraryDB) => Promise<Result<T>>) => withDb(deps.open, work);
  const write = <T>(work: (d: lib.LibraryDB) => Promise<Result<T>>) => writes(withDb(deps.open, work));
  return {
    getTabSummary: async ({ tabId }) => ok(await deps.summaries.read(tabId)),
    ping: async () => ok({ version: deps.version }),
    saveQuote: (request) => saveRequest(deps.open, request, deps.now()),
    findRelated: ({ quote, limit }) => findRelatedItems(deps.open, quote, Math.min(Math.max(1, limit), 100)),
    lookupQuotes: ({ quotes }) => statusesOf(deps.open, quotes, 'popup'),
    deleteQuote: ({ id }) => write((d) => lib.deleteQuote(d, id)),
    restoreQuote: ({ record }) => write(async (d) => drop(await lib.restoreQuote(d, record))),
    setQuoteSpeaker: ({ id, name, title }) => write((d) => lib.setQuoteSpeaker(d, id, name, title)),
    listPeople: () => db((d) => lib.listPeople(d)),
    mergePeople: ({ keepId, mergeId }) => write(async (d) => drop(await lib.mergePeople(d, keepId, mergeId))),
    splitPerson: ({ personId, quoteIds, newName }) => write((d) => lib.splitPerson(d, personId, quoteIds, newName)),
    renamePerson: ({ personId, name }) => write(async (d) => drop(await lib.renamePerson(d, personId, name))),
    searchQuotes: (q) => db(async (d) => {
      const page = await lib.searchQuotes(d, q);
      return page.ok ? ok({ items: page.value.items, total: page.value.total }) : page;
    }),
    exportLibrary: () => db((d) => lib.exportLibrary(d, deps.now())),
    exportPage: ({ store, after }) => db((d) => exportPage(d, store, after)),
    importLibrary: ({ data }) => write((d) => lib.importLibrary(d, data)),
    getPreferences: async () => ok(await deps.preferences.get()),
    setPreferences: async (patch) => {
      await deps.preferences.set(patch);
      return ok(await deps.preferences.get());
    },
    setSiteEnabled: async ({ host, enabled }) => {
      await deps.siteSettings.set(host, enabled);
      return ok(null);
    },
  };
}
