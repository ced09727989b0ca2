/** The library page's search: filters narrow through an index where one applies, else a cursor that stops early. */
import { topicTerms, canonicalUrl, type QuoteRecord } from '../core/index';
import type { SearchPage, SearchQuery } from '../shared/library-queries';
import type { Result } from '../shared/result';
import { run } from './db';
import { loadStats } from './stats';
import { toQuoteRecord } from './features';
import { collectNewest } from './newest-first';
import { withPersonNames } from './person-names';
import type { LibraryDB, StoredQuote, Tx } from './schema';

const fold = (s: string) => s.normalize('NFC').toLowerCase();

function matcher(q: SearchQuery, outletUrls: Set<string> | null): (r: QuoteRecord) => boolean {
  const text = q.text ? fold(q.text) : null;
  const speaker = q.speaker ? fold(q.speaker) : null;
  return (r) =>
    (!text || fold(r.text).includes(text)) &&
    (!speaker || (r.speaker !== null && fold(r.speaker).includes(speaker))) &&
    (!q.personId || r.personId === q.personId) &&
    (!q.from || (r.published !== null && r.published >= q.from)) &&
    (!q.to || (r.published !== null && r.published <= upperOf(q.to))) &&
    (!outletUrls || r.sourceUrls.some((u) => outletUrls.has(u)));
}

// A date-only bound covers the whole day: "2024-03-01T09:00Z" sorts after "2024-03-01".
const upperOf = (to: string) => (to.length === 10 ? `${to}\uffff` : to);

/** URLs of the pages whose outlet matches; the sources store holds one row per article, not per quote. */
async function outletUrlsOf(tx: Tx<'readonly'>, outlet: string): Promise<Set<string>> {
  const wanted = fold(outlet);
  const urls = new Set<string>();
  for (let c = await tx.objectStore('sources').openCursor(); c; c = await c.continue()) {
    if (fold(c.value.outlet).includes(wanted)) urls.add(c.key);
  }
  return urls;
}

/**
 * Text search through the multiEntry term index. Words are ranked by their stored frequencies; the rarest
 * one's matching ids (as a prefix, so "diplom" finds "diplomacy") are intersected with the next rarest's when
 * that still leaves many, and only the survivors are read and tested for the exact phrase.
 */
const ENOUGH_NARROW = 200;
const MAX_READ = 2000;

async function byRarestTerms(tx: Tx<'readonly'>, words: string[], keep: (r: QuoteRecord) => boolean): Promise<QuoteRecord[] | null> {
  const index = tx.objectStore('quotes').index('byTerm');
  const range = (w: string) => IDBKeyRange.bound(w, `${w}\uffff`);
  const stats = await loadStats(tx, words);
  const ranked = [...new Set(words)].sort((a, b) => stats.df(a) - stats.df(b) || b.length - a.length);
  let ids = new Set(await index.getAllKeys(range(ranked[0]!)));
  for (const word of ranked.slice(1, 3)) {
    if (ids.size <= ENOUGH_NARROW) break;
    const next = new Set(await index.getAllKeys(range(word)));
    ids = new Set([...ids].filter((id) => next.has(id)));
  }
  // Still thousands: the words are common, so the newest-first scan fills a page quickly instead.
  if (ids.size > MAX_READ) return null;
  const store = tx.objectStore('quotes');
  const records = await Promise.all([...ids].map((id) => store.get(id)));
  return records.filter((r): r is StoredQuote => r !== undefined && keep(r)).sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));
}

export function searchQuotes(db: LibraryDB, q: SearchQuery): Promise<Result<SearchPage>> {
  return run('Searching the library', db, ['quotes', 'sources', 'stats', 'people'], 'readonly', async (tx) => {
    const offset = q.offset ?? 0;
    const want = offset + q.limit + 1;
    const keep = matcher(q, q.outlet ? await outletUrlsOf(tx, q.outlet) : null);
    const quotes = tx.objectStore('quotes');
    let found: QuoteRecord[];
    let complete = true;
    let narrowed: QuoteRecord[] | null = null;
    if (q.personId) {
      // One person's quotes are few; read them through the index and order them by date here.
      found = (await quotes.index('byPerson').getAll(q.personId)).filter(keep).sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));
    } else if (q.text && topicTerms(q.text).length > 0 && (narrowed = await byRarestTerms(tx, topicTerms(q.text), keep))) {
      found = narrowed;
    } else if (q.from || q.to) {
      const range =
        q.from && q.to ? IDBKeyRange.bound(q.from, upperOf(q.to)) : q.from ? IDBKeyRange.lowerBound(q.from) : IDBKeyRange.upperBound(upperOf(q.to!));
      found = await collectNewest(quotes.index('byPublished'), range, keep, want);
      complete = found.length < want;
    } else {
      found = await collectNewest(quotes.index('bySaved'), null, keep, want);
      complete = found.length < want;
    }
    // Nothing filtered: the store's own count is exact and costs no scan.
    const total = complete ? found.length : unfiltered(q) ? await quotes.count() : null;
    const items = await withPersonNames(tx, found.slice(offset, offset + q.limit).map(toQuoteRecord));
    const sourceStore = tx.objectStore('sources');
    const sources = (await Promise.all([...new Set(items.map((i) => i.sourceUrl))].map((u) => sourceStore.get(u)))).filter((x) => x !== undefined);
    return { items, total, more: found.length > offset + q.limit, sources };
  });
}

const unfiltered = (q: SearchQuery) => !q.text && !q.speaker && !q.outlet && !q.personId && !q.from && !q.to;

/**
 * The exact number of matches for a search whose first page stopped early: a counting scan, asked for after
 * that page is shown, so the first results never wait for it. Records are read but none is kept.
 */
export function countMatches(db: LibraryDB, q: Omit<SearchQuery, 'limit' | 'offset'>): Promise<Result<number>> {
  return run('Counting the matches', db, ['quotes', 'sources'], 'readonly', async (tx) => {
    const quotes = tx.objectStore('quotes');
    if (unfiltered({ ...q, limit: 0 })) return quotes.count();
    const keep = matcher({ ...q, limit: 0 }, q.outlet ? await outletUrlsOf(tx, q.outlet) : null);
    if (q.personId) return (await quotes.index('byPerson').getAll(q.personId)).filter(keep).length;
    let n = 0;
    for (let c = await quotes.openCursor(); c; c = await c.continue()) if (keep(c.value)) n++;
    return n;
  });
}

/** Every saved quote seen on a page (through the multiEntry `bySources` index), for re-highlighting it. */
export function listQuotesOnPage(db: LibraryDB, sourceUrl: string): Promise<Result<QuoteRecord[]>> {
  return run("Listing the page's saved quotes", db, ['quotes', 'people'], 'readonly', async (tx) =>
    withPersonNames(tx, (await tx.objectStore('quotes').index('bySources').getAll(canonicalUrl(sourceUrl))).map(toQuoteRecord)),
  );
}

/** A page position: quotes saved before this one. A bare date string pages by time alone. */
export type QuotePosition = string | { savedAt: string; id: string };

/** Newest first by savedAt, through the index; `before` continues from the last quote of the previous page. */
export function listQuotes(db: LibraryDB, opts: { limit: number; before?: QuotePosition }): Promise<Result<QuoteRecord[]>> {
  return run('Listing quotes', db, ['quotes'], 'readonly', async (tx) => {
    const at = typeof opts.before === 'string' ? { savedAt: opts.before, id: '' } : opts.before;
    const range = at ? IDBKeyRange.upperBound(at.savedAt, at.id === '') : null;
    const out: QuoteRecord[] = [];
    let cursor = await tx.objectStore('quotes').index('bySaved').openCursor(range, 'prev');
    for (; cursor && out.length < opts.limit; cursor = await cursor.continue()) {
      // Quotes saved in the same millisecond are ordered by id, so a page boundary never skips one.
      if (at && cursor.value.savedAt === at.savedAt && cursor.value.id >= at.id) continue;
      out.push(toQuoteRecord(cursor.value));
    }
    return out;
  });
}
