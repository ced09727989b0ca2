/** A version-1 library opens at the current version with every record intact, its stats counted and its features derived. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { statsOf } from '../../../src/core/index';
import { openLibrary } from '../../../src/storage/db';
import { exportLibrary } from '../../../src/storage/export-import';
import { saveQuote } from '../../../src/storage/quotes';
import { DB_VERSION, DOCS_KEY, statKeysOf } from '../../../src/storage/schema';
import { expectFeaturesCurrent, makeInput, statRows, unwrap } from './helpers';
import { oldLibrary } from './old-library';
import { createV1Database, type V1Data } from './v1-database';

afterEach(() => vi.restoreAllMocks());

async function upgraded(data: V1Data) {
  const factory = new FakeIDBFactory();
  await createV1Database(factory, 'old-library', data);
  const db = unwrap(await openLibrary({ indexedDB: factory, name: 'old-library' }));
  return { db, factory };
}

describe('v1 -> v3', () => {
  const data = oldLibrary();

  test('every quote, person and source survives unchanged', async () => {
    const { db } = await upgraded(data);
    expect(db.version).toBe(DB_VERSION);
    const library = unwrap(await exportLibrary(db));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(library.quotes).toEqual([...data.quotes].sort(byId));
    expect(library.people).toEqual(data.people.map(({ surname: _s, ...p }) => p).sort(byId));
    expect(library.sources).toEqual([...data.sources].sort((a, b) => (a.url < b.url ? -1 : 1)));
  });

  test('stats are backfilled: every df equals the number of quotes holding the key', async () => {
    const { db } = await upgraded(data);
    const rows = await statRows(db);
    const expected = statsOf(data.quotes);
    expect(rows.get(DOCS_KEY)).toBe(240);
    const keys = new Set(data.quotes.flatMap((q) => statKeysOf(q)));
    expect(rows.size).toBe(keys.size + 1);
    for (const key of keys) expect([key, rows.get(key)]).toEqual([key, expected.df(key)]);
    const holding = data.quotes.filter((q) => statKeysOf(q).includes('sanction')).length;
    expect(holding).toBeGreaterThan(30);
    expect(rows.get('sanction')).toBe(holding);
  });

  test('every quote gets the features of its own text', async () => {
    const { db } = await upgraded(data);
    await expectFeaturesCurrent(db, 240);
  });

  test('the new indexes cover the old quotes', async () => {
    const { db } = await upgraded(data);
    // v1 records may lack sourceUrls; the upgrade fills them from sourceUrl.
    const seenTwice = data.quotes.filter((q) => ('sourceUrls' in q ? q.sourceUrls : [q.sourceUrl]).includes('https://old.example/1')).length;
    expect(await db.countFromIndex('quotes', 'bySources', 'https://old.example/1')).toBe(seenTwice);
    expect(await db.countFromIndex('quotes', 'byEntity', 'lavrov')).toBe(30);
  });

  test('saving after the upgrade finds the old people and counts on', async () => {
    const { db } = await upgraded(data);
    const saved = unwrap(await saveQuote(db, makeInput({ text: 'A new statement on grain.', speaker: 'Lavrov', speakerTitle: 'Foreign Minister' })));
    expect(saved.record.personId).toBe('p_v1_2');
    expect((await statRows(db)).get(DOCS_KEY)).toBe(241);
  });

  test('quotes from early builds without sourceUrls or entities get them', async () => {
    const { sourceUrls: _u, entities: _e, ...legacy } = data.quotes[3]!;
    const { db } = await upgraded({ ...data, quotes: [legacy] });
    const [q] = unwrap(await exportLibrary(db)).quotes;
    expect(q).toEqual(data.quotes[3]);
    expect(await db.countFromIndex('quotes', 'byEntity', 'scholz')).toBe(1);
  });

  test('a failed upgrade rolls back to version 1 with its data, and the next open succeeds', async () => {
    const factory = new FakeIDBFactory();
    await createV1Database(factory, 'old-library', data);
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'stats') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const failed = await openLibrary({ indexedDB: factory, name: 'old-library' });
    expect(failed.ok ? '' : failed.error).toMatch(/Opening the library failed: .*full/);
    vi.restoreAllMocks();
    const version = await new Promise<number>((resolve) => {
      const request = factory.open('old-library');
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
    });
    expect(version).toBe(1);
    const db = unwrap(await openLibrary({ indexedDB: factory, name: 'old-library' }));
    expect((await statRows(db)).get(DOCS_KEY)).toBe(240);
  });

  test('a new library starts at version 3 with a zero count', async () => {
    const db = unwrap(await openLibrary({ indexedDB: new FakeIDBFactory(), name: 'new' }));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['outbox', 'people', 'quotes', 'sources', 'stats', 'sync']);
    expect(await statRows(db)).toEqual(new Map([[DOCS_KEY, 0]]));
  });
});
