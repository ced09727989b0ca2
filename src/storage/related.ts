/**
 * Related saved quotes for a statement. Candidates come only through indexes (the same person, and the
 * query's rarest terms and entities) and the document frequencies from the `stats` store, so the cost
 * does not grow with the size of the library; candidates are scored on the features stored with them.
 */
import {
  featuresOf,
  indexKeysFrom,
  indexKeysOf,
  rankRelated,
  type QuoteRecord,
  type SourceRecord,
  type IndexKeys,
  type LibraryStats,
  type RelatedQuery,
  type RelatedResult,
} from '../core/index';
import type { Result } from '../shared/result';
import { run } from './db';
import { storedFeatures, toQuoteRecord } from './features';
import { personNamed } from './people';
import { readSources } from './source-cache';
import type { LibraryDB, StoredQuote, Tx } from './schema';
import { loadStats } from './stats';

/** Keys held by more than `commonShare` of the library say little about a topic and are not probed first. */
export const RELATED_LIMITS = { samePerson: 20, probes: 5, perProbe: 15, commonShare: 0.2 } as const;

/**
 * Every stat key scoring can ask about for this query: idf is only computed for keys the query and a
 * candidate share, and all of those are the query's own terms, `c:` concepts and `e:` entities.
 */
export function relatedStatKeys(query: RelatedQuery, keys: IndexKeys = indexKeysOf(query)): string[] {
  return [...new Set([...keys.terms, ...keys.entities.map((e) => `e:${e}`), ...keys.statKeys])];
}

interface Probe {
  index: 'byTerm' | 'byEntity';
  key: string;
  statKey: string;
}

function probesOf(keys: IndexKeys): Probe[] {
  return [
    ...keys.terms.map((key): Probe => ({ index: 'byTerm', key, statKey: key })),
    ...keys.entities.map((key): Probe => ({ index: 'byEntity', key, statKey: `e:${key}` })),
  ];
}

/**
 * The rarest keys some saved quote carries, ranked by the document frequencies already loaded: counting
 * index entries instead would walk thousands of them per key and grow with the library.
 */
function rarestProbes(probes: Probe[], stats: LibraryStats): Probe[] {
  const common = Math.max(20, stats.docs * RELATED_LIMITS.commonShare);
  const known = probes.filter((p) => stats.df(p.statKey) > 0);
  const useful = known.filter((p) => stats.df(p.statKey) <= common);
  return (useful.length > 0 ? useful : known)
    .sort((a, b) => stats.df(a.statKey) - stats.df(b.statKey) || a.key.localeCompare(b.key))
    .slice(0, RELATED_LIMITS.probes);
}

/**
 * The speaker's latest statements: the ones a reader compares with first, and a bounded read at any size.
 * One descending getAll where the browser has it (Chrome 141+); elsewhere a cursor, one row at a time.
 */
async function latestOf(tx: Tx<'readonly'>, personId: string, count: number): Promise<StoredQuote[]> {
  const index = tx.objectStore('quotes').index('byPersonSaved');
  const query = IDBKeyRange.bound([personId, ''], [personId, '\uffff']);
  if (typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype) {
    const getAll = index.getAll as unknown as (options: { query: IDBKeyRange; count: number; direction: 'prev' }) => Promise<StoredQuote[]>;
    return getAll.call(index, { query, count, direction: 'prev' });
  }
  const out: StoredQuote[] = [];
  for (let c = await index.openCursor(query, 'prev'); c && out.length < count; c = await c.continue()) out.push(c.value);
  return out;
}

async function candidatesFor(tx: Tx<'readonly'>, query: RelatedQuery, keys: IndexKeys, stats: LibraryStats): Promise<StoredQuote[]> {
  const quotes = tx.objectStore('quotes');
  const probes = rarestProbes(probesOf(keys), stats);
  const batches = await Promise.all([
    query.personId ? latestOf(tx, query.personId, RELATED_LIMITS.samePerson) : Promise.resolve([]),
    ...probes.map((p) => quotes.index(p.index).getAll(p.key, RELATED_LIMITS.perProbe)),
  ]);
  const byId = new Map<string, StoredQuote>();
  for (const q of batches.flat()) byId.set(q.id, q);
  return [...byId.values()];
}

/** Ranks inside the caller's transaction; `personId` undefined means "resolve it from the speaker here". */
async function relatedIn(tx: Tx<'readonly'>, query: RelatedLookup, limit: number): Promise<Array<RelatedResult<StoredQuote>>> {
  // The query's features are derived once; every candidate's were stored with it.
  const queryFeatures = featuresOf(query);
  const keys = indexKeysFrom(queryFeatures);
  const needsPerson = query.personId === undefined && !!query.speaker;
  const [person, stats] = await Promise.all([
    needsPerson ? personNamed(tx, query.speaker!, query.speakerTitle ?? null) : null,
    loadStats(tx, relatedStatKeys(query, keys)),
  ]);
  const personId = query.personId === undefined ? (person?.id ?? null) : query.personId;
  const candidates = await candidatesFor(tx, { ...query, personId }, keys, stats);
  return rankRelated({ ...query, personId }, candidates, stats, limit, { features: storedFeatures, queryFeatures });
}

/** A related-quote query; without `personId`, the library person is found from the speaker and title. */
export interface RelatedLookup extends RelatedQuery {
  speakerTitle?: string | null;
}

/** Saved quotes related to `query`, best first. Quotes from the query's own page are left out. */
export function findRelated(db: LibraryDB, query: RelatedLookup, limit = 10): Promise<Result<Array<RelatedResult<QuoteRecord>>>> {
  return run('Finding related quotes', db, ['quotes', 'stats', 'people'], 'readonly', async (tx) => {
    const ranked = await relatedIn(tx, query, limit);
    return ranked.map((r) => ({ ...r, candidate: toQuoteRecord(r.candidate) }));
  });
}

/** `findRelated` with each result's source row, all in one transaction: the popup and card show both. */
export function findRelatedWithSources(
  db: LibraryDB,
  query: RelatedLookup,
  limit = 10,
): Promise<Result<Array<RelatedResult<QuoteRecord> & { source: SourceRecord | null }>>> {
  return run('Finding related quotes', db, ['quotes', 'stats', 'people', 'sources'], 'readonly', async (tx) => {
    const ranked = await relatedIn(tx, query, limit);
    const sources = await readSources(
      tx,
      ranked.map((r) => r.candidate.sourceUrl),
    );
    return ranked.map((r, i) => ({ ...r, candidate: toQuoteRecord(r.candidate), source: sources[i] ?? null }));
  });
}
