/** Views show a saved quote under its person's name now: after a merge or a rename, and back after Undo. */
import { describe, expect, test } from 'vitest';
import { mergePeople, renamePerson } from '../../../src/storage/people';
import { undoPeopleChange, withUndo } from '../../../src/storage/people-undo';
import { saveQuote } from '../../../src/storage/quotes';
import { listQuotesOnPage, searchQuotes } from '../../../src/storage/search';
import { exportLibrary } from '../../../src/storage/export-import';
import { freshLibrary, makeInput, unwrap } from './helpers';

const URL = 'https://news.example/ferry';

async function library() {
  const { db } = await freshLibrary();
  const tom = unwrap(await saveQuote(db, makeInput({ text: 'The boats keep running.', speaker: 'Tom Rell', speakerTitle: null, url: URL }))).record;
  const tomas = unwrap(
    await saveQuote(db, makeInput({ text: 'The bridge opens in May.', speaker: 'Tomas Rell', speakerTitle: 'Chair', url: 'https://news.example/bridge' })),
  ).record;
  return { db, tom, tomas };
}

const shown = async (db: Awaited<ReturnType<typeof library>>['db'], id: string) => ({
  page: unwrap(await listQuotesOnPage(db, URL)).find((q) => q.id === id)?.speaker,
  library: unwrap(await searchQuotes(db, { limit: 10, offset: 0 })).items.find((q) => q.id === id)?.speaker,
});

describe("a saved quote's shown speaker", () => {
  test('follows a merge on the page and in the library; the record keeps the name as written; Undo brings it back', async () => {
    const { db, tom, tomas } = await library();
    expect(await shown(db, tom.id)).toEqual({ page: 'Tom Rell', library: 'Tom Rell' });
    const done = unwrap(await withUndo(db, [tomas.personId!, tom.personId!], () => mergePeople(db, tomas.personId!, tom.personId!)));
    expect(await shown(db, tom.id)).toEqual({ page: 'Tomas Rell', library: 'Tomas Rell' });
    expect(unwrap(await exportLibrary(db)).quotes.find((q) => q.id === tom.id)?.speaker).toBe('Tom Rell');
    unwrap(await undoPeopleChange(db, done.undo));
    expect(await shown(db, tom.id)).toEqual({ page: 'Tom Rell', library: 'Tom Rell' });
  });

  test('follows a rename of the person', async () => {
    const { db, tom } = await library();
    unwrap(await renamePerson(db, tom.personId!, 'Thomas Rell'));
    expect(await shown(db, tom.id)).toEqual({ page: 'Thomas Rell', library: 'Thomas Rell' });
  });
});
