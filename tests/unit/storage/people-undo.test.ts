/** Rename, merge and split each undo to the library as it was, people and quotes alike. */
import { describe, expect, test } from 'vitest';
import { exportLibrary } from '../../../src/storage/export-import';
import { mergePeople, renamePerson, splitPerson } from '../../../src/storage/people';
import { undoPeopleChange, withUndo } from '../../../src/storage/people-undo';
import { saveQuote } from '../../../src/storage/quotes';
import { freshLibrary, makeInput, unwrap } from './helpers';

async function library() {
  const { db } = await freshLibrary();
  const mark = unwrap(await saveQuote(db, makeInput({ text: 'Arizona needs water.', speaker: 'Mark Kelly', speakerTitle: 'Senator' }))).record;
  const laura = unwrap(
    await saveQuote(db, makeInput({ text: 'Kansas needs schools.', speaker: 'Laura Kelly', speakerTitle: 'Governor', url: 'https://news.example/ks' })),
  ).record;
  unwrap(await saveQuote(db, makeInput({ text: 'Arizona needs roads too.', speaker: 'Mark Kelly', speakerTitle: 'Senator', url: 'https://news.example/az' })));
  return { db, mark: mark.personId!, laura: laura.personId!, lauraQuote: laura.id };
}

describe('undo', () => {
  test.each([
    ['a merge', (l: Awaited<ReturnType<typeof library>>) => withUndo(l.db, [l.mark, l.laura], () => mergePeople(l.db, l.mark, l.laura))],
    ['a split', (l: Awaited<ReturnType<typeof library>>) => withUndo(l.db, [l.laura], () => splitPerson(l.db, l.laura, [l.lauraQuote], 'Lara Kell'))],
    ['a rename', (l: Awaited<ReturnType<typeof library>>) => withUndo(l.db, [l.mark], () => renamePerson(l.db, l.mark, 'M. Kelly'))],
  ])('of %s gives back the library as it was', async (_, change) => {
    const l = await library();
    const before = unwrap(await exportLibrary(l.db, new Date(0)));
    const done = unwrap(await change(l));
    expect(unwrap(await exportLibrary(l.db, new Date(0)))).not.toEqual(before);
    unwrap(await undoPeopleChange(l.db, done.undo));
    expect(unwrap(await exportLibrary(l.db, new Date(0)))).toEqual(before);
  });

  test('a split names the person it created, and undo removes that person', async () => {
    const l = await library();
    const done = unwrap(
      await withUndo(l.db, [l.mark], async () =>
        splitPerson(l.db, l.mark, [unwrap(await exportLibrary(l.db)).quotes.find((q) => q.personId === l.mark)!.id], 'Max Kelly'),
      ),
    );
    expect(done.undo.created).toEqual([done.person.id]);
    unwrap(await undoPeopleChange(l.db, done.undo));
    expect(
      unwrap(await exportLibrary(l.db))
        .people.map((p) => p.name)
        .sort(),
    ).toEqual(['Laura Kelly', 'Mark Kelly']);
  });

  test('an undo that is not one OnRecord made is refused and changes nothing', async () => {
    const l = await library();
    const before = unwrap(await exportLibrary(l.db, new Date(0)));
    const r = await undoPeopleChange(l.db, { people: [{ id: 'p_x', name: '' } as never], created: [], quotes: [] });
    expect(r.ok).toBe(false);
    expect(unwrap(await exportLibrary(l.db, new Date(0)))).toEqual(before);
  });
});
