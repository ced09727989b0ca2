/**
 * The background's view of the library: opens the IndexedDB lazily, reopens it when another page upgrades
 * it or the browser closes it, and answers the questions the message handlers ask.
 */
import { earlierCount, normaliseQuoteText, type QuoteRecord } from '../core/index';
import type { PageQuote, QuoteStatus, RelatedItem, SavedOnPage } from '../shared/protocol';
import { createFairQueue } from '../shared/fair-queue';
import { err, ok, type Result } from '../shared/result';
import { findRelatedWithSources, listQuotesOnPage, openLibrary, type LibraryDB } from '../storage/repository';

export type OpenDb = () => Promise<Result<LibraryDB>>;

/** One open connection, shared; dropped when another context needs a version change or the browser closes it. */
export function connection(open: () => Promise<Result<LibraryDB>> = () => openLibrary()): OpenDb {
  let current: Promise<Result<LibraryDB>> | null = null;
  return () => {
    current ??= open().then((r) => {
      if (!r.ok) {
        current = null;
        return r;
      }
      const drop = () => {
        current = null;
      };
      r.value.addEventListener('versionchange', () => {
        r.value.close();
        drop();
      });
      r.value.addEventListener('close', drop);
      return r;
    });
    return current;
  };
}

export async function withDb<T>(open: OpenDb, work: (db: LibraryDB) => Promise<Result<T>>): Promise<Result<T>> {
  const db = await open();
  return db.ok ? work(db.value) : err(db.error);
}

async function relatedItems(db: LibraryDB, quote: PageQuote, limit: number): Promise<Result<RelatedItem[]>> {
  // Without a personId the lookup finds the library's person for this speaker (bringing in their other
  // statements as candidates) and each result's source, all in the one transaction.
  // The page's publication date goes along, so each result is dated earlier or later than this article.
  const ranked = await findRelatedWithSources(
    db,
    {
      text: quote.text,
      paragraph: quote.paragraph,
      headline: quote.headline,
      speaker: quote.speaker,
      speakerTitle: quote.speakerTitle,
      sourceUrl: quote.sourceUrl,
      published: quote.published,
    },
    limit,
  );
  if (!ranked.ok) return ranked;
  return ok(
    ranked.value.map(({ candidate: c, source, score, reasons, topic, when }): RelatedItem => ({
      id: c.id,
      text: c.text,
      speaker: c.speaker,
      speakerTitle: c.speakerTitle,
      sourceUrl: c.sourceUrl,
      outlet: source?.outlet ?? '',
      title: source?.title ?? '',
      published: c.published,
      savedAt: c.savedAt,
      score,
      reasons,
      topic,
      when: when.relation,
      dateIsSaved: when.dateIsSaved,
    })),
  );
}

export const findRelatedItems = (open: OpenDb, quote: PageQuote, limit: number) => withDb(open, (db) => relatedItems(db, quote, limit));

export const savedOnPage = (open: OpenDb, sourceUrl: string): Promise<Result<QuoteRecord[]>> => withDb(open, (db) => listQuotesOnPage(db, sourceUrl));

export const toSavedOnPage = (q: QuoteRecord): SavedOnPage => ({ id: q.id, text: q.text, speaker: q.speaker, selectors: q.selectors });

/** Related statements shown with a quote; the count covers up to EARLIER_LIMIT. */
const SHOWN = 5;
const EARLIER_LIMIT = 50;

/**
 * Statuses computed when a page is read, kept until the library changes: the popup and the hover card
 * then answer at once. Any write clears it (see `forgetStatuses`).
 */
const statusCache = new Map<string, QuoteStatus>();
const STATUS_CACHE_LIMIT = 2000;
const statusKey = (q: PageQuote) => `${q.sourceUrl}\u0000${q.speaker ?? ''}\u0000${normaliseQuoteText(q.text)}`;
/** Bumped by every write, so a look-up that was under way during one does not cache what it read before it. */
let generation = 0;
export const forgetStatuses = () => {
  generation++;
  statusCache.clear();
};

/**
 * Related look-ups of every caller go through one queue, taking turns by owner: a popup asking about 3,000
 * quotes cannot hold the service worker while another tab waits to be read. One at a time: each look-up's
 * ranking is a CPU slice on the worker's one thread, and every step of another tab's read waits behind the
 * slices in flight (bench -- flood, cold floods, one run each: 4 at a time added 215 ms to another tab's
 * first highlight, 1 at a time 163 ms, for a flood 31% slower, 21.6 s against 16.5 s).
 */
const lookups = createFairQueue(1);
/** Reading a page goes before queued look-ups: a tab just opened waits for the one running, not for a flood. */
export const beforeLookups = <T>(work: () => Promise<T>): Promise<T> => lookups.first(work);
/** The most quotes one look-up may ask about: callers ask in pages (the popup does, as the reader scrolls). */
export const LOOKUP_LIMIT = 50;

export async function statusesOf(open: OpenDb, quotes: PageQuote[], owner = 'page'): Promise<Result<QuoteStatus[]>> {
  if (quotes.length > LOOKUP_LIMIT) return err(`too many quotes in one look-up (${quotes.length}); ask for at most ${LOOKUP_LIMIT} at a time`);
  const startedAt = generation;
  const known = new Map<string, QuoteStatus>();
  const missing: PageQuote[] = [];
  for (const q of quotes) {
    const cached = statusCache.get(statusKey(q));
    if (cached) known.set(statusKey(q), cached);
    else missing.push(q);
  }
  if (missing.length > 0) {
    const fresh = await computeStatuses(open, missing, owner);
    if (!fresh.ok) return fresh;
    missing.forEach((q, i) => known.set(statusKey(q), fresh.value[i]!));
    if (generation === startedAt) {
      if (statusCache.size + missing.length > STATUS_CACHE_LIMIT) statusCache.clear();
      missing.forEach((q, i) => statusCache.set(statusKey(q), fresh.value[i]!));
    }
  }
  // Answered from what this call read, not from the cache, which a write may have cleared meanwhile.
  return ok(quotes.map((q) => known.get(statusKey(q))!));
}

/** For each quote on a page: is it saved, how many earlier related statements, and the best ones. */
async function computeStatuses(open: OpenDb, quotes: PageQuote[], owner: string): Promise<Result<QuoteStatus[]>> {
  const pages = [...new Set(quotes.map((q) => q.sourceUrl))];
  const saved = await Promise.all(pages.map((u) => savedOnPage(open, u)));
  const failed = saved.find((r) => !r.ok);
  if (failed && !failed.ok) return failed;
  const savedByPage = new Map(pages.map((u, i) => [u, (saved[i] as { ok: true; value: QuoteRecord[] }).value]));
  const related = await Promise.all(quotes.map((q) => lookups.run(owner, () => findRelatedItems(open, q, EARLIER_LIMIT))));
  const out: QuoteStatus[] = [];
  for (const [i, q] of quotes.entries()) {
    const r = related[i]!;
    if (!r.ok) return r;
    const wanted = normaliseQuoteText(q.text);
    const saved = savedByPage.get(q.sourceUrl)!.find((x) => normaliseQuoteText(x.text) === wanted);
    const savedAs = saved ? { speaker: saved.speaker, title: saved.speakerTitle } : null;
    // "N earlier statements" counts what was published before this article, on its topic (core earlierCount).
    out.push({
      savedId: saved?.id ?? null,
      savedAs,
      earlier: earlierCount(r.value.map((x) => ({ topic: x.topic, when: { relation: x.when, date: null, dateIsSaved: x.dateIsSaved } }))),
      best: r.value[0] ?? null,
      related: r.value.slice(0, SHOWN),
    });
  }
  return ok(out);
}
