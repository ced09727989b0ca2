/** saveQuote: idempotent, merges pages, one transaction, and failures come back as Results. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { statsOf, type SaveInput } from '../../../src/core/index';
import { exportLibrary } from '../../../src/storage/export-import';
import { openLibrary } from '../../../src/storage/db';
import { countQuotes, getQuote, saveQuote } from '../../../src/storage/quotes';
import { listPeople } from '../../../src/storage/people';
import { DOCS_KEY } from '../../../src/storage/schema';
import { freshLibrary, makeInput, statRows, unwrap } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('saving is idempotent', () => {
  test('the same quote twice is one record, and stats count it once', async () => {
    const { db } = await freshLibrary();
    const first = unwrap(await saveQuote(db, makeInput()));
    const again = unwrap(await saveQuote(db, makeInput({ savedAt: '2024-03-05T00:00:00.000Z' })));
    expect(first.created).toBe(true);
    expect(again).toEqual({ record: first.record, created: false });
    expect(unwrap(await countQuotes(db))).toBe(1);
    expect((await statRows(db)).get(DOCS_KEY)).toBe(1);
  });

  test('the same quote from another canonical URL is one record with both pages and both sources', async () => {
    const { db } = await freshLibrary();
    unwrap(await saveQuote(db, makeInput({ url: 'https://news.example/a?utm_source=x#top' })));
    const second = unwrap(await saveQuote(db, makeInput({ url: 'https://other.example/b', outlet: 'Other Daily' })));
    expect(second.created).toBe(false);
    expect(second.record.sourceUrl).toBe('https://news.example/a');
    expect(second.record.sourceUrls).toEqual(['https://news.example/a', 'https://other.example/b']);
    const library = unwrap(await exportLibrary(db));
    expect(library.quotes).toHaveLength(1);
    expect(library.sources.map((s) => s.url)).toEqual(['https://news.example/a', 'https://other.example/b']);
    expect(unwrap(await getQuote(db, second.record.id))).toEqual(second.record);
  });

  test('stats hold the document frequency of every stat key', async () => {
    const { db } = await freshLibrary();
    const texts = ['Sanctions on Russia will continue.', 'The sanctions are working, and talks with Moscow can wait.', 'Inflation is falling.'];
    const records = [];
    for (const text of texts) records.push(unwrap(await saveQuote(db, makeInput({ text }))).record);
    const expected = statsOf(records);
    const rows = await statRows(db);
    for (const [key, df] of rows) if (key !== DOCS_KEY) expect([key, df]).toEqual([key, expected.df(key)]);
    expect(rows.get('sanction')).toBe(2);
    expect(rows.get(DOCS_KEY)).toBe(3);
  });
});

describe('bad input is refused with a reason', () => {
  test.each([
    ['an empty quote', { text: '   ' }, /empty/],
    ['an over-long quote', { text: 'x'.repeat(20_001) }, /longer than 20000/],
    ['a date that is not one', { savedAt: 'yesterday' }, /savedAt is not a date/],
  ])('%s', async (_name, options, message) => {
    const { db } = await freshLibrary();
    const result = await saveQuote(db, makeInput(options));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(unwrap(await countQuotes(db))).toBe(0);
  });
});

describe('never a throw', () => {
  test('a malformed input becomes an error Result', async () => {
    const { db } = await freshLibrary();
    const { paragraph: _p, ...broken } = makeInput();
    const result = await saveQuote(db, broken as unknown as SaveInput);
    expect(result.ok).toBe(false);
    expect((await saveQuote(db, null as unknown as SaveInput)).ok).toBe(false);
    expect(unwrap(await countQuotes(db))).toBe(0);
  });

  test('a blank speaker is no speaker and makes no person', async () => {
    const { db } = await freshLibrary();
    const saved = unwrap(await saveQuote(db, makeInput({ speaker: '   ', named: true })));
    expect(saved.record).toMatchObject({ speaker: null, personId: null });
    expect(unwrap(await listPeople(db))).toEqual([]);
  });

  test('a closed connection is reported, not thrown', async () => {
    const { db } = await freshLibrary();
    db.close();
    const result = await saveQuote(db, makeInput());
    expect(result.ok ? '' : result.error).toMatch(/^Saving the quote failed: the library connection was closed/);
  });
});

/** Makes every put on the `stats` store fail the way a full disk does. */
function failStatsWrites(mode: 'request' | 'throw') {
  const original = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name !== 'stats') return original.apply(this, args);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (mode === 'throw') throw quota;
    // fake-indexeddb's own request path: the request fails asynchronously and aborts the transaction.
    const tx = this.transaction as unknown as { _execRequestAsync(o: { operation: () => never; source: unknown }): IDBRequest };
    return tx._execRequestAsync({
      operation: () => {
        throw quota;
      },
      source: this,
    });
  });
}

describe('a full disk', () => {
  test.each(['request', 'throw'] as const)('a QuotaExceededError (%s) is reported and nothing is half-written', async (mode) => {
    const { db } = await freshLibrary();
    unwrap(await saveQuote(db, makeInput({ text: 'An earlier quote that is already saved.' })));
    const before = unwrap(await exportLibrary(db, new Date(0)));
    const statsBefore = await statRows(db);
    failStatsWrites(mode);
    const result = await saveQuote(db, makeInput({ speaker: 'Antony Blinken', speakerTitle: 'Secretary of State', url: 'https://news.example/new' }));
    vi.restoreAllMocks();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/storage .*is full/);
    // The quote, the new person and the new source were all written before stats failed; none survives.
    expect(unwrap(await exportLibrary(db, new Date(0)))).toEqual(before);
    expect(await statRows(db)).toEqual(statsBefore);
    expect(unwrap(await listPeople(db)).map((p) => p.name)).toEqual(['Jen Psaki']);
  });
});

describe('concurrency', () => {
  test('5 tabs saving 200 quotes each at once store 1,000 records', async () => {
    const factory = new FakeIDBFactory();
    const name = 'onrecord-tabs';
    const speakers = [
      ['Jen Psaki', 'Press Secretary'],
      ['Antony Blinken', 'Secretary of State'],
      ['Sergey Lavrov', 'Foreign Minister'],
    ] as const;
    const tabs = await Promise.all([0, 1, 2, 3, 4].map(async () => unwrap(await openLibrary({ indexedDB: factory, name }))));
    const results = await Promise.all(
      tabs.map((db, tab) =>
        Promise.all(
          Array.from({ length: 200 }, (_, i) => {
            const [speaker, speakerTitle] = speakers[(tab + i) % speakers.length]!;
            return saveQuote(
              db,
              makeInput({ text: `Statement ${tab}-${i} about grain exports and talks.`, speaker, speakerTitle, url: `https://news.example/${tab}/${i % 7}` }),
            );
          }),
        ),
      ),
    );
    expect(results.flat().filter((r) => !r.ok)).toEqual([]);
    const db = tabs[0]!;
    expect(unwrap(await countQuotes(db))).toBe(1000);
    expect((await statRows(db)).get(DOCS_KEY)).toBe(1000);
    expect((await statRows(db)).get('grain')).toBe(1000);
    // Serialised transactions: no tab created a second Psaki while another was creating the first.
    expect(unwrap(await listPeople(db)).map((p) => [p.name, p.quoteCount])).toEqual([
      ['Antony Blinken', 334],
      ['Jen Psaki', 333],
      ['Sergey Lavrov', 333],
    ]);
  });
});
