/** Extension pages' handlers (the popup, the library): privileged senders, so every library command lives here. */
import { hostOf } from '../core/index';
import { LIST_LIMIT, type TabQuotes } from '../shared/protocol';
import { err, ok, type Result } from '../shared/result';
import * as lib from '../storage/repository';
import { exportPage } from '../storage/export-pages';
import { drop, readingFor, saveAndTell, writes, type HandlerDeps } from './handlers';
import { findRelatedItems, LOOKUP_LIMIT, statusesOf, withDb } from './library-port';
import { orphansOf, pageQuoteByKey, pageQuotesOf, saveRequestOf } from './reading-quotes';
import type { PageHandlers } from './router';
import type { SyncPageMessages } from '../shared/protocol';

async function tabQuotes(deps: HandlerDeps, tabId: number): Promise<Result<TabQuotes>> {
  const r = await readingFor(deps, tabId);
  if (!r) return err('OnRecord has not read this page');
  return ok({ quotes: pageQuotesOf(r, 0, LIST_LIMIT), orphans: orphansOf(r).slice(0, LIST_LIMIT), total: r.keys.length });
}

/** Everything but sync's messages, which background/sync/handlers answers. */
export function pageHandlers(deps: HandlerDeps): Omit<PageHandlers, keyof SyncPageMessages> {
  const db = <T>(work: (d: lib.LibraryDB) => Promise<Result<T>>) => withDb(deps.open, work);
  // Any other write may change what open pages have saved: each is told (see page-sync).
  const write = <T>(work: (d: lib.LibraryDB) => Promise<Result<T>>) => writes(withDb(deps.open, work)).finally(() => deps.sync.changed('all'));
  return {
    getTabSummary: async ({ tabId }) => ok(await deps.summaries.read(tabId)),
    ping: async () => ok({ version: deps.version }),
    saveQuote: (request) => saveAndTell(deps, request),
    findRelated: ({ quote, limit }) => findRelatedItems(deps.open, quote, Math.min(Math.max(1, limit), 100)),
    getTabQuotes: ({ tabId }) => tabQuotes(deps, tabId),
    getPopupPage: async ({ tabId }) => {
      const summary = await deps.summaries.read(tabId);
      const host = hostOf(summary?.url);
      const siteEnabled = host ? await deps.siteSettings.get(host) : true;
      if (!summary || !siteEnabled) return ok({ summary, host, siteEnabled, quotes: null });
      const quotes = await tabQuotes(deps, tabId);
      return quotes.ok ? ok({ summary, host, siteEnabled, quotes: quotes.value }) : quotes;
    },
    lookupTabQuotes: async ({ tabId, keys }) => {
      const r = await readingFor(deps, tabId);
      if (!r?.ownSite) return err('OnRecord has not read this page');
      if (keys.length > LOOKUP_LIMIT) return err(`too many quotes in one look-up (${keys.length}); ask for at most ${LOOKUP_LIMIT} at a time`);
      const quotes = keys.map((k) => pageQuoteByKey(r, k));
      if (quotes.some((q) => q === null)) return err('a quote asked for is no longer on the page');
      return statusesOf(deps.open, quotes as NonNullable<(typeof quotes)[number]>[], 'popup');
    },
    saveTabQuote: async ({ tabId, key }) => {
      const r = await readingFor(deps, tabId);
      const request = r?.ownSite ? saveRequestOf(r, key) : null;
      return request ? saveAndTell(deps, request) : err('that quote is no longer on the page');
    },
    deleteQuote: ({ id }) => write((d) => lib.deleteQuote(d, id)),
    restoreQuote: ({ record }) => write(async (d) => drop(await lib.restoreQuote(d, record))),
    deleteQuotes: ({ ids }) => write((d) => lib.deleteQuotes(d, ids)),
    restoreQuotes: ({ records }) => write((d) => lib.restoreQuotes(d, records)),
    setQuoteSpeaker: ({ id, name, title }) => write((d) => lib.setQuoteSpeaker(d, id, name, title)),
    listPeople: () => db((d) => lib.listPeople(d)),
    // Each answers with what Undo needs (storage/people-undo), read just before the change.
    mergePeople: ({ keepId, mergeId }) => write((d) => lib.withUndo(d, [keepId, mergeId], () => lib.mergePeople(d, keepId, mergeId))),
    splitPerson: ({ personId, quoteIds, newName }) => write((d) => lib.withUndo(d, [personId], () => lib.splitPerson(d, personId, quoteIds, newName))),
    renamePerson: ({ personId, name }) => write((d) => lib.withUndo(d, [personId], () => lib.renamePerson(d, personId, name))),
    undoPeopleChange: ({ undo }) => write((d) => lib.undoPeopleChange(d, undo)),
    searchQuotes: (q) =>
      db(async (d) => {
        const page = await lib.searchQuotes(d, q);
        return page.ok ? ok({ items: page.value.items, total: page.value.total, sources: page.value.sources }) : page;
      }),
    countQuotes: (q) => db((d) => lib.countMatches(d, q)),
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
    listSitesOff: async () => ok(await deps.siteSettings.listOff()),
  };
}
