/**
 * Related saved quotes for a statement. Candidates come only through indexes (the same person, and the
 * query's rarest terms and entities) and the document frequencies from the `stats` store, so the cost
 * does not grow with the size of the library.
 */
import type { QuoteRecord } from '../core/library-model';
import { featuresOf, indexKeysOf, rankRelated, type Features, type LibraryStats, type RelatedCandidate, type RelatedQuery, type RelatedResult } from '../core/related';
import type { Result } from '../shared/result';
import { run } from './db';
import type { LibraryDB, Tx } from './schema';
import { loadStats } from './stats';

/** Keys held by more than `commonShare` of the library say little about a topic and are not probed first. */
export const RELATED_LIMITS = { samePerson: 40, probes: 5, perProbe: 30, commonShare: 0.2, cachedFeatures: 5000 } as const;

/**
 * Every stat key scoring can ask about for this query: idf is only computed for keys the query and a
 * candidate share, and all of those are the query's own terms, `c:` concepts and `e:` entities.
 */
export function relatedStatKeys(query: RelatedQuery): string[] {
  const keys = indexKeysOf(query);
  return [...new Set([...keys.terms, ...keys.entities.map((e) => `e:${e}`), ...keys.statKeys])];
}

interface Probe { index: 'byTerm' | 'byEntity'; key: string; statKey: string }

function probesOf(query: RelatedQuery): Probe[] {
  const keys = indexKeysOf(query);
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

async function candidatesFor(tx: Tx<'readonly'>, query: RelatedQuery, stats: LibraryStats): Promise<QuoteRecord[]> {
  const quotes = tx.objectStore('quotes');
  const probes = rarestProbes(probesOf(query), stats);
  const batches = await Promise.all([
    query.personId ? quotes.index('byPerson').getAll(query.personId, RELATED_LIMITS.samePerson) : Promise.resolve([]),
    ...probes.map((p) => quotes.index(p.index).getAll(p.key, RELATED_LIMITS.perProbe)),
  ]);
  const byId = new Map<string, QuoteRecord>();
  for (const q of batches.flat()) byId.set(q.id, q);
  return [...byId.values()];
}

/**
 * A saved quote's features depend only on its text, context and speaker, so they are kept between lookups
 * (the popup asks about a dozen quotes at once, mostly over the same candidates). Bounded, oldest out first.
 */
const featureCache = new Map<string, Features>();
function cachedFeatures(c: RelatedCandidate): Features {
  const key = `${c.id}\u0000${c.speaker ?? ''}`;
  let f = featureCache.get(key);
  if (!f) {
    f = featuresOf(c);
    if (featureCache.size >= RELATED_LIMITS.cachedFeatures) featureCache.delete(featureCache.keys().next().value!);
    featureCache.set(key, f);
  }
  return f;
}

/** Saved quotes related to `query`, best first. Quotes from the query's own page are left out. */
export function findRelated(
  db: LibraryDB, query: RelatedQuery & { personId?: string | null }, limit = 10,
): Promise<Result<Array<RelatedResult<QuoteRecord>>>> {
  return run('Finding related quotes', db, ['quotes', 'stats'], 'readonly', async (tx) => {
    const stats = await loadStats(tx, relatedStatKeys(query));
    const candidates = await candidatesFor(tx, query, stats);
    return rankRelated(query, candidates, stats, limit, cachedFeatures);
  });
}
