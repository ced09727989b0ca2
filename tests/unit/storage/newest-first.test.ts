/**
 * collectNewest reads in batches where the browser has getAllRecords (Chromium) and by cursor elsewhere; both
 * must give the same records in the same order. fake-indexeddb has no getAllRecords, so a shim gives it one
 * with the specified semantics (index order, then primary key, reversed for 'prev'), built on its cursor.
 */
import 'fake-indexeddb/auto';
import { IDBIndex as FakeIndex } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../../src/core/index';
import { collectNewest } from '../../../src/storage/newest-first';

type Row = { id: string; savedAt: string; text: string };
let calls = 0;

function installShim(): void {
  Object.defineProperty(FakeIndex.prototype, 'getAllRecords', {
    configurable: true,
    value(this: IDBIndex, o: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }) {
      calls++;
      const req = { result: [] as unknown[], onsuccess: null as null | (() => void), onerror: null, error: null };
      const cursorReq = this.openCursor(o.query ?? null, o.direction ?? 'next');
      cursorReq.onsuccess = () => {
        const c = cursorReq.result;
        if (c && (o.count === undefined || req.result.length < o.count)) {
          req.result.push({ key: c.key, primaryKey: c.primaryKey, value: c.value });
          c.continue();
        } else req.onsuccess?.();
      };
      return req;
    },
  });
}

afterEach(() => {
  delete (FakeIndex.prototype as { getAllRecords?: unknown }).getAllRecords;
  calls = 0;
});

async function library(rows: Row[]) {
  const db = await openDB(`newest-${Math.random()}`, 1, {
    upgrade(d) {
      d.createObjectStore('quotes', { keyPath: 'id' }).createIndex('bySaved', 'savedAt');
    },
  });
  const tx = db.transaction('quotes', 'readwrite');
  for (const r of rows) void tx.store.put(r);
  await tx.done;
  return db;
}

const read = async (rows: Row[], range: IDBKeyRange | null, keep: (r: Row) => boolean, want: number) => {
  const db = await library(rows);
  const index = db.transaction('quotes').store.index('bySaved');
  return (await collectNewest(index as never, range, keep as unknown as (r: QuoteRecord) => boolean, want)).map((r) => r.id);
};

// 400 quotes over 40 days, ten a day; on day 20 a bulk import gave 150 more the same savedAt (ties beyond a batch).
const day = (d: number) => `2025-01-${String(d).padStart(2, '0')}`;
const rows: Row[] = [
  ...Array.from({ length: 400 }, (_, i) => ({
    id: `q${String(i).padStart(4, '0')}`,
    savedAt: `${day(1 + (i % 28))}#${i % 10}`,
    text: i % 7 === 0 ? 'harbour toll' : 'other',
  })),
  ...Array.from({ length: 150 }, (_, i) => ({ id: `t${String(i).padStart(4, '0')}`, savedAt: `${day(20)}#tie`, text: i % 5 === 0 ? 'harbour toll' : 'other' })),
];

const cases: Array<[string, IDBKeyRange | null, (r: Row) => boolean, number]> = [
  ['everything, one page', null, () => true, 26],
  ['a rare phrase: most records turned down', null, (r) => r.text === 'harbour toll', 26],
  ['more than all there is', null, (r) => r.text === 'harbour toll', 10_000],
  ['through the block of 150 ties', null, (r) => r.id.startsWith('t'), 200],
  ['a date range, lower bound open', IDBKeyRange.bound(`${day(10)}#5`, `${day(20)}#z`, true, false), () => true, 300],
  ['nothing matches', null, () => false, 26],
];

describe('collectNewest: batches and cursor agree', () => {
  it.each(cases)('%s', async (_name, range, keep, want) => {
    const byCursor = await read(rows, range, keep, want);
    installShim();
    const byBatch = await read(rows, range, keep, want);
    expect(byBatch).toEqual(byCursor);
    expect(new Set(byBatch).size).toBe(byBatch.length);
    expect(byBatch.length).toBeLessThanOrEqual(want);
    expect(calls).toBeGreaterThan(0);
  });

  it('reads a 550-record scan in a handful of requests, not one per record', async () => {
    installShim();
    const ids = await read(rows, null, () => false, 26);
    expect(ids).toEqual([]);
    expect(calls).toBeLessThanOrEqual(8);
  });
});
