/** A version-1 library opens at version 2 with every record intact and its stats counted. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { buildQuoteRecord } from '../../../src/core/library';
import type { QuoteRecord, SourceRecord } from '../../../src/core/library-model';
import { statsOf } from '../../../src/core/related';
import { openLibrary } from '../../../src/storage/db';
import { exportLibrary } from '../../../src/storage/export-import';
import { saveQuote } from '../../../src/storage/quotes';
import { DB_VERSION, DOCS_KEY, statKeysOf, surnameOf } from '../../../src/storage/schema';
import { makeInput, statRows, unwrap } from './helpers';
import { createV1Database, type V1Data, type V1Person } from './v1-database';

afterEach(() => vi.restoreAllMocks());

const SPEAKERS = [
  ['Jen Psaki', 'White House Press Secretary'], ['Antony Blinken', 'Secretary of State'], ['Sergey Lavrov', 'Russian Foreign Minister'],
  ['Olaf Scholz', 'German Chancellor'], ['Emmanuel Macron', 'French President'], ['Joe Biden', 'President'], ['Mark Kelly', 'Senator'], ['Laura Kelly', 'Governor'],
] as const;
const TOPICS = ['sanctions on Russian banks', 'grain exports through the Black Sea', 'inflation and the budget', 'talks with Moscow', 'troops in Estonia', 'asylum at the border', 'a ceasefire in Ukraine'];

/** 240 quotes by 8 people on 30 pages, some seen on two pages. */
function v1Library(count = 240): V1Data & { quotes: QuoteRecord[] } {
  const people: V1Person[] = SPEAKERS.map(([name, title], i) => ({
    id: `p_v1_${i}`, name, aliases: [], titles: [{ title, seen: '2023-05-01', sourceUrl: 'https://old.example/0' }], official: true, surname: surnameOf(name),
  }));
  const sources: SourceRecord[] = Array.from({ length: 30 }, (_, i) => ({ url: `https://old.example/${i}`, title: `Story ${i}`, outlet: i % 2 ? 'Old Times' : 'Wire', published: `2023-0${1 + (i % 9)}-01T00:00:00.000Z` }));
  const quotes = Array.from({ length: count }, (_, i) => {
    const [speaker, speakerTitle] = SPEAKERS[i % SPEAKERS.length]!;
    const source = sources[i % sources.length]!;
    const input = makeInput({ text: `We discussed ${TOPICS[i % TOPICS.length]} again, item ${i}.`, speaker, speakerTitle, url: source.url, published: source.published, savedAt: new Date(Date.UTC(2023, 5, 1, 0, i)).toISOString() });
    const record = buildQuoteRecord(input, people[i % SPEAKERS.length]!.id);
    return i % 10 === 0 ? { ...record, sourceUrls: [record.sourceUrl, sources[(i + 1) % sources.length]!.url] } : record;
  });
  return { quotes, people, sources };
}

async function upgraded(data: V1Data) {
  const factory = new FakeIDBFactory();
  await createV1Database(factory, 'old-library', data);
  const db = unwrap(await openLibrary({ indexedDB: factory, name: 'old-library' }));
  return { db, factory };
}

describe('v1 -> v2', () => {
  const data = v1Library();

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
      request.onsuccess = () => { resolve(request.result.version); request.result.close(); };
    });
    expect(version).toBe(1);
    const db = unwrap(await openLibrary({ indexedDB: factory, name: 'old-library' }));
    expect((await statRows(db)).get(DOCS_KEY)).toBe(240);
  });

  test('a new library starts at version 2 with a zero count', async () => {
    const db = unwrap(await openLibrary({ indexedDB: new FakeIDBFactory(), name: 'new' }));
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['people', 'quotes', 'sources', 'stats']);
    expect(await statRows(db)).toEqual(new Map([[DOCS_KEY, 0]]));
  });
});
