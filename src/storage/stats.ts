/** Document frequencies kept in the `stats` store, so ranking reads a few rows instead of the library. */
import type { LibraryStats, QuoteRecord } from '../core/index';
import { DOCS_KEY, statKeysOf, type Tx } from './schema';

/** Accumulates +1/-1 per stat key over a batch, so a transaction writes each row once. */
export class StatDelta {
  readonly counts = new Map<string, number>();

  add(q: QuoteRecord, sign: 1 | -1): this {
    return this.addKeys(statKeysOf(q), sign);
  }

  /** One quote's stat keys, already deduplicated (see storedWithStatKeys). */
  addKeys(keys: readonly string[], sign: 1 | -1): this {
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + sign);
    this.counts.set(DOCS_KEY, (this.counts.get(DOCS_KEY) ?? 0) + sign);
    return this;
  }
}

/**
 * Rows read recently, per database, so a burst of lookups (a popup asks about a dozen quotes) reads each
 * row once. Every write here clears it; the whole cache is dropped after a short while anyway.
 */
const rowCaches = new Map<string, { rows: Map<string, number>; at: number }>();
const ROW_CACHE_MS = 30_000;
export const clearStatCache = (dbName?: string) => (dbName === undefined ? rowCaches.clear() : void rowCaches.delete(dbName));

function cacheFor(dbName: string) {
  let c = rowCaches.get(dbName);
  if (!c || Date.now() - c.at > ROW_CACHE_MS) rowCaches.set(dbName, (c = { rows: new Map(), at: Date.now() }));
  return c;
}

export async function applyStatDelta(tx: Tx<'readwrite'>, delta: StatDelta): Promise<void> {
  clearStatCache(tx.db.name);
  const stats = tx.objectStore('stats');
  const changes = [...delta.counts].filter(([, n]) => n !== 0);
  const rows = await Promise.all(changes.map(([key]) => stats.get(key)));
  await Promise.all(
    changes.map(([key, n], i) => {
      const df = Math.max(0, (rows[i]?.df ?? 0) + n);
      // Rows at zero are dropped so deleted vocabulary does not accumulate; the quote count row stays.
      return df === 0 && key !== DOCS_KEY ? stats.delete(key) : stats.put({ key, df });
    }),
  );
}

/** Reads the rows for `keys` (and the quote count) into a synchronous LibraryStats. */
export async function loadStats<M extends IDBTransactionMode>(tx: Tx<M>, keys: Iterable<string>): Promise<LibraryStats> {
  const stats = tx.objectStore('stats');
  const cache = cacheFor(tx.db.name);
  const wanted = [...new Set([DOCS_KEY, ...keys])];
  const missing = wanted.filter((k) => !cache.rows.has(k));
  const rows = await Promise.all(missing.map((k) => stats.get(k)));
  rows.forEach((row, i) => cache.rows.set(missing[i]!, row?.df ?? 0));
  const df = new Map(wanted.map((k) => [k, cache.rows.get(k) ?? 0]));
  return { docs: df.get(DOCS_KEY) ?? 0, df: (k) => df.get(k) ?? 0 };
}
