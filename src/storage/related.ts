/**
 * Related saved quotes for a statement. Candidates come only through indexes (the same person, and the
 * query's rarest terms and entities) and the document frequencies from the `stats` store, so the cost
 * does not grow with the size of the library.
 */
import type { QuoteRecord } from '../core/library-model';
import { indexKeysOf, rankRelated, type LibraryStats, type RelatedQuery, type RelatedResult } from '../core/related';
import type { Result } from '../shared/result';
import { run } from './db';
import type { LibraryDB, Tx } from './schema';
import { loadStats } from './stats';

export const RELATED_LIMITS = { samePerson: 50, probes: 8, perProbe: 100 } as const;

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

/** The rarest keys that some saved quote actually carries; rarity from stats, then from the index size. */
async function rarestProbes(tx: Tx<'readonly'>, probes: Probe[], stats: LibraryStats): Promise<Probe[]> {
  const quotes = tx.objectStore('quotes');
  const counts = await Promise.all(probes.map((p) => quotes.index(p.index).count(p.key)));
  return probes
    .map((p, i) => ({ p, n: counts[i]!, df: stats.df(p.statKey) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => a.df - b.df || a.n - b.n || a.p.key.localeCompare(b.p.key))
    .slice(0, RELATED_LIMITS.probes)
    .map((x) => x.p);
}

async function candidatesFor(tx: Tx<'readonly'>, query: RelatedQuery, stats: LibraryStats): Promise<QuoteRecord[]> {
  const quotes = tx.objectStore('quotes');
  const probes = await rarestProbes(tx, probesOf(query), stats);
  const batches = await Promise.all([
    query.personId ? quotes.index('byPerson').getAll(query.personId, RELATED_LIMITS.samePerson) : Promise.resolve([]),
    ...probes.map((p) => quotes.index(p.index).getAll(p.key, RELATED_LIMITS.perProbe)),
  ]);
  const byId = new Map<string, QuoteRecord>();
  for (const q of batches.flat()) byId.set(q.id, q);
  return [...byId.values()];
}

/** Saved quotes related to `query`, best first. Quotes from the query's own page are left out. */
export function findRelated(
  db: LibraryDB, query: RelatedQuery & { personId?: string | null }, limit = 10,
): Promise<Result<Array<RelatedResult<QuoteRecord>>>> {
  return run('Finding related quotes', db, ['quotes', 'stats'], 'readonly', async (tx) => {
    const stats = await loadStats(tx, relatedStatKeys(query));
    const candidates = await candidatesFor(tx, query, stats);
    return rankRelated(query, candidates, stats, limit);
  });
}
