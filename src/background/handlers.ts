/** Message handlers. Content scripts may only save and look up; everything else needs an extension page. */
import { ARTICLE_LIMITS } from '../core/article-text';
import type { SaveInput } from '../core/library';
import type { Uploads } from '../shared/article-upload';
import { hostOf } from '../core/page-url';
import { sameSite } from '../core/site';
import { sourceFromMeta } from '../core/page-source';
import type { Analysis } from '../core/types';
import { pageQuoteOf } from '../shared/page-quote';
import type { ArticleText, SaveRequest } from '../shared/protocol';
import { err, ok, type Result } from '../shared/result';
import * as lib from '../storage/repository';
import { findRelatedItems, forgetStatuses, statusesOf, savedOnPage, toSavedOnPage, withDb, type OpenDb } from './library-port';
import type { ContentHandlers, PageHandlers } from './router';
import type { TabSummaries } from './tab-summaries';

export interface HandlerDeps {
  open: OpenDb;
  summaries: TabSummaries;
  setBadge: (tabId: number, count: number) => Promise<void>;
  siteSettings: { get(host: string): Promise<boolean>; set(host: string, enabled: boolean): Promise<void> };
  now: () => Date;
  version: string;
  analyze: (article: ArticleText) => Analysis;
  uploads: Uploads;
}

/** A page may only speak for its own site: a canonical link pointing elsewhere is not trusted. */
const fromSite = (pageUrl: string | undefined, claimed: string) => pageUrl !== undefined && sameSite(pageUrl, claimed);

const toSaveInput = (r: SaveRequest, now: Date): SaveInput => ({ ...r, savedAt: now.toISOString() });
/** The library statuses of a page's first quotes are computed as it is read; a page of thousands warms these. */
const WARM_LIMIT = 60;
const drop = <T>(r: Result<T>): Result<null> => (r.ok ? ok(null) : r);
/** A write changes what is saved and related: cached page statuses are stale after it. */
const writes = <T>(r: Promise<Result<T>>): Promise<Result<T>> => r.finally(forgetStatuses);

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
      void statusesOf(deps.open, quotes.slice(0, WARM_LIMIT).map((q, i) => pageQuoteOf(q, `q${i}`, officials, article.paragraphs, source)));
      return ok({ analysis, saved: saved.ok ? saved.value.map(toSavedOnPage) : [], source });
    },
    async getSiteSetting(_, { url }) {
      // The sender's own site, from the browser, not from the page.
      const host = hostOf(url);
      return ok({ enabled: host === '' || (await deps.siteSettings.get(host)) });
    },
    async pageScanned(summary, { tabId, frameId }) {
      if (frameId !== 0) return ok(null);
      await deps.summaries.record(tabId, summary);
      await deps.setBadge(tabId, summary.quoteCount);
      return ok(null);
    },
    async saveQuote(request, ctx) {
      if (!fromSite(ctx.url, request.source.url)) return err('refused: a page can only save quotes for its own site');
      return writes(withDb(deps.open, async (db) => {
        const saved = await lib.saveQuote(db, toSaveInput(request, deps.now()));
        return saved.ok ? ok({ id: saved.value.record.id, created: saved.value.created }) : saved;
      }));
    },
    async lookupQuotes({ quotes }, ctx) {
      if (quotes.some((q) => !fromSite(ctx.url, q.sourceUrl))) return err('refused: a page can only look up its own quotes');
      return statusesOf(deps.open, quotes);
    },
    lookupPeople: ({ names }) => withDb(deps.open, (db) => lib.savedCounts(db, names)),
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
    saveQuote: (request) => write(async (d) => {
      const saved = await lib.saveQuote(d, toSaveInput(request, deps.now()));
      return saved.ok ? ok({ id: saved.value.record.id, created: saved.value.created }) : saved;
    }),
    findRelated: ({ quote, limit }) => findRelatedItems(deps.open, quote, Math.min(Math.max(1, limit), 100)),
    lookupQuotes: ({ quotes }) => statusesOf(deps.open, quotes),
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
    importLibrary: ({ data }) => write((d) => lib.importLibrary(d, data)),
    setSiteEnabled: async ({ host, enabled }) => {
      await deps.siteSettings.set(host, enabled);
      return ok(null);
    },
  };
}
