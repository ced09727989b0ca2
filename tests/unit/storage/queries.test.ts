/** Reading the library: paging, search filters, delete with undo, quotes of a page. */
import { describe, expect, test } from 'vitest';
import { statsOf } from '../../../src/core/index';
import { exportLibrary } from '../../../src/storage/export-import';
import { countQuotes, deleteQuote, getQuote, restoreQuote, saveQuote } from '../../../src/storage/quotes';
import { countMatches, listQuotes, listQuotesOnPage, searchQuotes } from '../../../src/storage/search';
import type { SearchQuery } from '../../../src/shared/library-queries';
import type { LibraryDB } from '../../../src/storage/schema';
import { DOCS_KEY } from '../../../src/storage/schema';
import { freshLibrary, makeInput, statRows, unwrap } from './helpers';

/** 12 quotes: 3 speakers, 2 outlets, published over 4 months, saved one a minute (two in the same instant). */
async function library(): Promise<LibraryDB> {
  const { db } = await freshLibrary();
  const speakers = ['Jen Psaki', 'Antony Blinken', 'Sergey Lavrov'];
  for (let i = 0; i < 12; i++) {
    unwrap(
      await saveQuote(
        db,
        makeInput({
          text: `Statement number ${i} on ${i % 2 ? 'Sanctions' : 'grain'}.`,
          speaker: speakers[i % 3]!,
          url: `https://${i % 2 ? 'wire' : 'daily'}.example/${i}`,
          outlet: i % 2 ? 'The Wire' : 'Daily Planet',
          published: `2024-0${1 + (i % 4)}-15T08:00:00.000Z`,
          savedAt: new Date(Date.UTC(2024, 5, 1, 0, i === 11 ? 10 : i)).toISOString(),
        }),
      ),
    );
  }
  return db;
}

const numbers = (quotes: Array<{ text: string }>) => quotes.map((q) => Number(/number (\d+)/.exec(q.text)![1]));

describe('listQuotes', () => {
  test('newest first, in pages that neither skip nor repeat, even across equal timestamps', async () => {
    const db = await library();
    const seen: number[] = [];
    let before: { savedAt: string; id: string } | undefined;
    for (;;) {
      const page = unwrap(await listQuotes(db, { limit: 5, before }));
      if (page.length === 0) break;
      seen.push(...numbers(page));
      const last = page.at(-1)!;
      before = { savedAt: last.savedAt, id: last.id };
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.slice(0, 2).sort()).toEqual([10, 11]);
    expect(seen.slice(2)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  test('a bare date pages by time', async () => {
    const db = await library();
    expect(numbers(unwrap(await listQuotes(db, { limit: 3, before: '2024-06-01T00:05:00.000Z' })))).toEqual([4, 3, 2]);
  });
});

describe('exact totals', () => {
  const cases: Array<[string, Omit<SearchQuery, 'limit'>, number]> = [
    ['everything', {}, 12],
    ['text', { text: 'sanctions' }, 6],
    ['speaker', { speaker: 'lavr' }, 4],
    ['outlet', { outlet: 'wire' }, 6],
    ['range and speaker', { from: '2024-02-01', to: '2024-03-15', speaker: 'psaki' }, 2],
    ['none', { text: 'zebra' }, 0],
  ];
  test.each(cases)('%s: a page of 3 says the total or leaves it to countMatches, which is exact', async (_name, query, expected) => {
    const db = await library();
    const page = unwrap(await searchQuotes(db, { limit: 3, ...query }));
    // Unfiltered, the first page is exact at once (the store's count); filtered, it may say "not known yet".
    if (Object.keys(query).length === 0) expect(page.total).toBe(12);
    if (page.total !== null) expect(page.total).toBe(expected);
    expect(unwrap(await countMatches(db, query))).toBe(expected);
  });

  test('each page carries the sources of its items (headline, outlet, date for the cards)', async () => {
    const db = await library();
    const page = unwrap(await searchQuotes(db, { limit: 4 }));
    for (const item of page.items) expect(page.sources.find((s) => s.url === item.sourceUrl)?.outlet).toMatch(/The Wire|Daily Planet/);
  });
});

describe('searchQuotes', () => {
  const cases: Array<[string, Omit<SearchQuery, 'limit'>, number[]]> = [
    ['text, any case', { text: 'SANCTIONS' }, [11, 9, 7, 5, 3, 1]],
    ['speaker substring', { speaker: 'lavr' }, [11, 8, 5, 2]],
    ['outlet', { outlet: 'wire' }, [11, 9, 7, 5, 3, 1]],
    ['published range', { from: '2024-02-01', to: '2024-03-15' }, [10, 9, 6, 5, 2, 1]],
    ['range and speaker', { from: '2024-02-01', to: '2024-03-15', speaker: 'psaki' }, [9, 6]],
    ['offset', { text: 'statement', offset: 10 }, [1, 0]],
    ['nothing matches', { text: 'zebra' }, []],
  ];
  test.each(cases)('%s', async (_name, query, expected) => {
    const db = await library();
    const page = unwrap(await searchQuotes(db, { limit: 20, ...query }));
    const got = numbers(page.items);
    // The published index orders by publication; within a day the order is the index's, so compare as sets there.
    if (query.from) expect(got.sort((a, b) => b - a)).toEqual(expected);
    else expect(got).toEqual(expected);
    expect(page.more).toBe(false);
  });

  test("a person's quotes come through the index, newest first", async () => {
    const db = await library();
    const lavrov = unwrap(await getQuote(db, unwrap(await searchQuotes(db, { speaker: 'Lavrov', limit: 1 })).items[0]!.id))!;
    const page = unwrap(await searchQuotes(db, { personId: lavrov.personId!, limit: 2 }));
    expect(numbers(page.items)).toEqual([11, 8]);
    expect(page).toMatchObject({ more: true, total: 4 });
  });

  test('the scan stops once the page is full', async () => {
    const db = await library();
    const page = unwrap(await searchQuotes(db, { text: 'statement', limit: 3 }));
    // 10 and 11 were saved in the same millisecond.
    expect(numbers(page.items).sort((a, b) => b - a)).toEqual([11, 10, 9]);
    expect(page).toMatchObject({ more: true, total: null });
  });
});

describe('delete and undo', () => {
  test('delete returns the record and lowers the stats; restore puts both back', async () => {
    const db = await library();
    const before = unwrap(await exportLibrary(db, new Date(0)));
    const statsBefore = await statRows(db);
    const victim = before.quotes[4]!;
    const deleted = unwrap(await deleteQuote(db, victim.id));
    expect(deleted).toEqual(victim);
    expect(unwrap(await countQuotes(db))).toBe(11);
    const rows = await statRows(db);
    expect(rows.get(DOCS_KEY)).toBe(11);
    const remaining = statsOf(before.quotes.filter((q) => q.id !== victim.id));
    for (const [key, df] of rows) if (key !== DOCS_KEY) expect([key, df]).toEqual([key, remaining.df(key)]);
    expect(unwrap(await deleteQuote(db, victim.id))).toBeNull();
    unwrap(await restoreQuote(db, deleted!));
    expect(unwrap(await exportLibrary(db, new Date(0)))).toEqual(before);
    expect(await statRows(db)).toEqual(statsBefore);
  });
});

describe('listQuotesOnPage', () => {
  test('finds quotes by any page they were seen on, through the canonical URL', async () => {
    const db = await library();
    unwrap(await saveQuote(db, makeInput({ text: 'Statement number 3 on Sanctions.', speaker: 'Jen Psaki', url: 'https://mirror.example/p' })));
    const onPage = unwrap(await listQuotesOnPage(db, 'https://mirror.example/p?utm_medium=social#frag'));
    expect(numbers(onPage)).toEqual([3]);
  });
});

describe('text search through the term index', () => {
  test('a rare word, a word prefix and a two-word phrase find their quotes without scanning the rest', async () => {
    const { db } = await freshLibrary();
    for (let i = 0; i < 40; i++) unwrap(await saveQuote(db, makeInput({ text: `Routine statement ${i} about the harbour budget.`, speaker: 'Ines Varga' })));
    unwrap(await saveQuote(db, makeInput({ text: 'The door to diplomacy remains open.', speaker: 'Jen Psaki' })));
    const texts = async (text: string) => unwrap(await searchQuotes(db, { text, limit: 10 })).items.map((q) => q.text);
    expect(await texts('diplomacy')).toEqual(['The door to diplomacy remains open.']);
    expect(await texts('diplom')).toEqual(['The door to diplomacy remains open.']);
    expect(await texts('door to diplomacy')).toEqual(['The door to diplomacy remains open.']);
    expect(await texts('harbour budget')).toHaveLength(10);
    expect(await texts('ferries')).toEqual([]);
  });
});
