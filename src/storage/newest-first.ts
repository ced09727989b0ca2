/**
 * Reads an index newest first and keeps the records a filter accepts, until a page is full. Where the browser
 * has `getAllRecords` with a direction (Chromium 141 and later) it reads in batches; a cursor costs one
 * round trip per record, which on a rare phrase over 100,000 quotes is most of the search's time. Elsewhere
 * (Firefox, fake-indexeddb in tests) it walks a cursor, with the same order and the same results.
 */
import { unwrap, type IDBPIndex } from 'idb';
import type { QuoteRecord } from '../core/index';

interface IndexRecord {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: QuoteRecord;
}

type GetAllRecords = (options: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }) => IDBRequest<IndexRecord[]>;

// The first batch is about a page; a filter that turns most records down gets larger batches after it.
const FIRST_BATCH = 50;
const MAX_BATCH = 2000;

/** Loosely typed: any index of the quotes store whose values are quote records. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type QuoteIndex = IDBPIndex<any, any, 'quotes', any, IDBTransactionMode>;

export async function collectNewest(index: QuoteIndex, range: IDBKeyRange | null, keep: (r: QuoteRecord) => boolean, want: number): Promise<QuoteRecord[]> {
  const raw = unwrap(index) as IDBIndex & { getAllRecords?: GetAllRecords };
  if (typeof raw.getAllRecords !== 'function') return collectByCursor(index, range, keep, want);
  const out: QuoteRecord[] = [];
  let last: { key: IDBValidKey; primaryKey: IDBValidKey } | null = null;
  let count = FIRST_BATCH;
  for (;;) {
    const query: IDBKeyRange | null = last ? below(range, last.key) : range;
    const batch: IndexRecord[] = await request(raw.getAllRecords({ query, count, direction: 'prev' }));
    let fresh = 0;
    const seen = last;
    for (const r of batch) {
      // The bound is inclusive, so records tied with the last one's key come back: those already read are skipped.
      if (seen && indexedDB.cmp(r.key, seen.key) === 0 && indexedDB.cmp(r.primaryKey, seen.primaryKey) >= 0) continue;
      fresh++;
      last = { key: r.key, primaryKey: r.primaryKey };
      if (keep(r.value)) out.push(r.value);
      if (out.length >= want) return out;
    }
    if (batch.length < count) return out;
    // A batch with nothing new is all one key's ties, which a larger one gets past; otherwise grow gently.
    count = Math.min(fresh === 0 ? count * 4 : count * 2, fresh === 0 ? Number.MAX_SAFE_INTEGER : MAX_BATCH);
  }
}

/** The range's records at or below `key` (inclusive: ties with it may not all have been read). */
function below(range: IDBKeyRange | null, key: IDBValidKey): IDBKeyRange {
  if (!range || range.lower === undefined) return IDBKeyRange.upperBound(key);
  return IDBKeyRange.bound(range.lower, key, range.lowerOpen, false);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function collectByCursor(index: QuoteIndex, range: IDBKeyRange | null, keep: (r: QuoteRecord) => boolean, want: number): Promise<QuoteRecord[]> {
  const out: QuoteRecord[] = [];
  for (let c = await index.openCursor(range, 'prev'); c && out.length < want; c = await c.continue())
    if (keep(c.value as QuoteRecord)) out.push(c.value as QuoteRecord);
  return out;
}
