/**
 * Source rows read recently, per database: a popup asks about a page's quotes one after another, and their
 * related statements come from the same few articles, whose rows were 10 of a look-up's IndexedDB requests.
 * Only the background opens the library, and every write goes through db.ts, which clears this before and
 * after any read-write transaction: a row here is never older than the last write.
 */
import type { SourceRecord } from '../core/index';
import type { Tx } from './schema';

const caches = new Map<string, Map<string, SourceRecord | null>>();
const LIMIT = 2000;

export const clearSourceCache = (dbName?: string) => (dbName === undefined ? caches.clear() : void caches.delete(dbName));

/** The source row of each URL (null where there is none), in order; each missing URL is read once. */
export async function readSources<M extends IDBTransactionMode>(tx: Tx<M>, urls: string[]): Promise<Array<SourceRecord | null>> {
  let cache = caches.get(tx.db.name);
  if (!cache) caches.set(tx.db.name, (cache = new Map()));
  const missing = [...new Set(urls)].filter((u) => !cache.has(u));
  const rows = await Promise.all(missing.map((u) => tx.objectStore('sources').get(u)));
  for (const [i, u] of missing.entries()) {
    cache.set(u, rows[i] ?? null);
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  }
  return urls.map((u) => cache.get(u) ?? null);
}
