/** Document frequencies kept in the `stats` store, so ranking reads a few rows instead of the library. */
import type { LibraryStats } from '../core/related';
import { DOCS_KEY, statKeysOf, type Tx } from './schema';
import type { QuoteRecord } from '../core/library-model';

/** Accumulates +1/-1 per stat key over a batch, so a transaction writes each row once. */
export class StatDelta {
  readonly counts = new Map<string, number>();

  add(q: QuoteRecord, sign: 1 | -1): this {
    for (const k of [...statKeysOf(q), DOCS_KEY]) this.counts.set(k, (this.counts.get(k) ?? 0) + sign);
    return this;
  }
}

export async function applyStatDelta(tx: Tx<'readwrite'>, delta: StatDelta): Promise<void> {
  const stats = tx.objectStore('stats');
  const changes = [...delta.counts].filter(([, n]) => n !== 0);
  const rows = await Promise.all(changes.map(([key]) => stats.get(key)));
  await Promise.all(changes.map(([key, n], i) => {
    const df = Math.max(0, (rows[i]?.df ?? 0) + n);
    // Rows at zero are dropped so deleted vocabulary does not accumulate; the quote count row stays.
    return df === 0 && key !== DOCS_KEY ? stats.delete(key) : stats.put({ key, df });
  }));
}

/** Reads the rows for `keys` (and the quote count) into a synchronous LibraryStats. */
export async function loadStats<M extends IDBTransactionMode>(tx: Tx<M>, keys: Iterable<string>): Promise<LibraryStats> {
  const stats = tx.objectStore('stats');
  const wanted = [...new Set([DOCS_KEY, ...keys])];
  const rows = await Promise.all(wanted.map((k) => stats.get(k)));
  const df = new Map<string, number>();
  rows.forEach((row, i) => df.set(wanted[i]!, row?.df ?? 0));
  return { docs: df.get(DOCS_KEY) ?? 0, df: (k) => df.get(k) ?? 0 };
}
