/** Deleting the ticked quotes at once, and undoing it, gives back the library as it was. */
import { describe, expect, test } from 'vitest';
import { exportLibrary } from '../../../src/storage/export-import';
import { saveQuote } from '../../../src/storage/quotes';
import { BULK_LIMIT, deleteQuotes, restoreQuotes } from '../../../src/storage/quotes-bulk';
import { findRelated } from '../../../src/storage/related';
import { freshLibrary, makeInput, statRows, unwrap } from './helpers';

async function library() {
  const { db } = await freshLibrary();
  const ids: string[] = [];
  for (const [i, text] of [
    'The Ashgrove ferry pilot will end in June.',
    'The Ashgrove ferry fares rise by a third.',
    'Kelmont pupils sit the exams in May.',
  ].entries()) {
    ids.push(unwrap(await saveQuote(db, makeInput({ text, speaker: 'Ines Harlow', url: `https://news.example/${i}` }))).record.id);
  }
  return { db, ids };
}

describe('bulk delete', () => {
  test('undo restores the quotes, their people, sources and stats as they were', async () => {
    const { db, ids } = await library();
    const [before, statsBefore] = [unwrap(await exportLibrary(db, new Date(0))), await statRows(db)];
    const deleted = unwrap(await deleteQuotes(db, [ids[0]!, ids[1]!, ids[0]!, 'q_not_there']));
    expect(deleted.map((q) => q.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(unwrap(await exportLibrary(db, new Date(0))).quotes.map((q) => q.id)).toEqual([ids[2]]);
    expect(await statRows(db)).not.toEqual(statsBefore);
    expect(unwrap(await restoreQuotes(db, deleted))).toBe(2);
    expect(unwrap(await exportLibrary(db, new Date(0)))).toEqual(before);
    expect(await statRows(db)).toEqual(statsBefore);
  });

  test('a deleted quote is no longer found as related, and is again after undo', async () => {
    const { db, ids } = await library();
    const query = { text: 'Will the Ashgrove ferry pilot end?', paragraph: '', headline: 'Ashgrove ferry', speaker: 'Ines Harlow' };
    const related = async () =>
      unwrap(await findRelated(db, query))
        .map((r) => r.candidate.id)
        .sort();
    const all = await related();
    expect(all).toContain(ids[0]);
    const deleted = unwrap(await deleteQuotes(db, [ids[0]!]));
    expect(await related()).not.toContain(ids[0]);
    unwrap(await restoreQuotes(db, deleted));
    expect(await related()).toEqual(all);
  });

  test.each([
    ['an empty id', () => ({ ids: [''] })],
    ['too many ids', () => ({ ids: Array.from({ length: BULK_LIMIT + 1 }, (_, i) => `q_${i}`) })],
  ])('a delete with %s is refused and changes nothing', async (_, make) => {
    const { db, ids } = await library();
    const r = await deleteQuotes(db, [...make().ids, ids[0]!]);
    expect(r.ok).toBe(false);
    expect(unwrap(await exportLibrary(db, new Date(0))).quotes).toHaveLength(3);
  });

  test('a restore of records OnRecord did not make is refused and writes nothing', async () => {
    const { db, ids } = await library();
    const deleted = unwrap(await deleteQuotes(db, [ids[0]!, ids[1]!]));
    const forged = [deleted[0]!, { ...deleted[1]!, sourceUrl: 'javascript:alert(1)' }];
    expect((await restoreQuotes(db, forged)).ok).toBe(false);
    expect(unwrap(await exportLibrary(db, new Date(0))).quotes.map((q) => q.id)).toEqual([ids[2]]);
  });
});
