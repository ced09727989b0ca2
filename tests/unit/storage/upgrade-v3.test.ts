/** A version-2 library opens at version 3: every record intact, stats untouched, and each quote's features derived. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { statsOf, type QuoteRecord } from '../../../src/core/index';
import { openLibrary } from '../../../src/storage/db';
import { exportLibrary } from '../../../src/storage/export-import';
import { deleteQuote, saveQuote } from '../../../src/storage/quotes';
import { DB_VERSION, DOCS_KEY, statKeysOf, type StatRow } from '../../../src/storage/schema';
import { expectFeaturesCurrent, makeInput, statRows, unwrap } from './helpers';
import { oldLibrary } from './old-library';
import { createV2Database, rawRows, type V2Data } from './v2-database';

afterEach(() => vi.restoreAllMocks());

/** The stats a v2 build kept: one row per stat key, and the quote count. */
function v2Stats(quotes: QuoteRecord[]): StatRow[] {
  const stats = statsOf(quotes);
  const keys = new Set(quotes.flatMap((q) => statKeysOf(q)));
  return [...[...keys].map((key) => ({ key, df: stats.df(key) })), { key: DOCS_KEY, df: quotes.length }];
}

// More quotes than two of the upgrade's batches, so it has to carry on from one batch to the next.
const old = oldLibrary(1100);
const data: V2Data = { ...old, stats: v2Stats(old.quotes) };
const NAME = 'v2-library';

async function upgraded() {
  const factory = new FakeIDBFactory();
  await createV2Database(factory, NAME, data);
  const db = unwrap(await openLibrary({ indexedDB: factory, name: NAME }));
  return { db, factory };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

describe('v2 -> v3', () => {
  test('every quote, person and source survives unchanged, and the stats are untouched', async () => {
    const { db } = await upgraded();
    expect(db.version).toBe(DB_VERSION);
    const library = unwrap(await exportLibrary(db));
    expect(library.quotes).toEqual([...data.quotes].sort(byId));
    expect(library.people).toEqual(data.people.map(({ surname: _s, ...p }) => p).sort(byId));
    expect(library.sources).toEqual([...data.sources].sort((a, b) => (a.url < b.url ? -1 : 1)));
    expect(await statRows(db)).toEqual(new Map(data.stats.map((r) => [r.key, r.df])));
  });

  test('v4: every quote with a person is listed by person and time', async () => {
    const { db } = await upgraded();
    const withPerson = data.quotes.filter((q) => q.personId !== null).length;
    expect(withPerson).toBeGreaterThan(0);
    expect(await db.transaction('quotes').store.index('byPersonSaved').count()).toBe(withPerson);
  });

  test('every quote gets the features of its own text', async () => {
    const { db } = await upgraded();
    await expectFeaturesCurrent(db, 1100);
  });

  test('deleting an old quote takes away exactly what the v2 build counted for it', async () => {
    const { db } = await upgraded();
    const [gone, ...rest] = data.quotes;
    expect(unwrap(await deleteQuote(db, gone!.id))).toEqual(gone);
    expect(await statRows(db)).toEqual(new Map(v2Stats(rest).map((r) => [r.key, r.df])));
    unwrap(await saveQuote(db, makeInput({ text: 'Sanctions on Russian banks stay.', speaker: 'Sergey Lavrov' })));
    expect((await statRows(db)).get(DOCS_KEY)).toBe(1100);
  });

  test('a failed upgrade rolls back to version 2 with its data, and the next open succeeds', async () => {
    const factory = new FakeIDBFactory();
    await createV2Database(factory, NAME, data);
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // Fails in the second batch, after the first has been written.
      if (this.name === 'quotes' && ++puts > 700) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const failed = await openLibrary({ indexedDB: factory, name: NAME });
    expect(failed.ok ? '' : failed.error).toMatch(/Opening the library failed: .*full/);
    expect(puts).toBeGreaterThan(700);
    vi.restoreAllMocks();
    const before = await rawRows<QuoteRecord>(factory, NAME, 'quotes');
    expect(before.version).toBe(2);
    expect(before.rows).toEqual([...data.quotes].sort(byId));
    const db = unwrap(await openLibrary({ indexedDB: factory, name: NAME }));
    await expectFeaturesCurrent(db, 1100);
  });
});
