/** People across articles: one person per official, namesakes kept apart, merge, split, rename, re-attribution. */
import { describe, expect, test } from 'vitest';
import { analyzeArticle, statsOf } from '../../../src/core/index';
import { exportLibrary } from '../../../src/storage/export-import';
import { findPerson, listPeople, mergePeople, renamePerson, savedCounts, splitPerson } from '../../../src/storage/people';
import { getQuote, saveQuote, setQuoteSpeaker } from '../../../src/storage/quotes';
import { DOCS_KEY } from '../../../src/storage/schema';
import { loadSeeds } from '../../support/corpus';
import { freshLibrary, makeInput, saveAll, seedInputs, statRows, unwrap } from './helpers';

const [seed000, seed003] = loadSeeds().sort((a, b) => a.file.localeCompare(b.file));

describe('people across the two seed articles', async () => {
  const { db } = await freshLibrary();
  await saveAll(db, [...seedInputs(seed000!, 'https://antiwar.example/biden-putin', 1), ...seedInputs(seed003!, 'https://townhall.example/psaki', 2)]);
  const library = unwrap(await exportLibrary(db));
  const quotesBy = (surname: string) => library.quotes.filter((q) => q.speaker?.endsWith(surname));

  test.each(['Biden', 'Lavrov', 'Psaki', 'Blinken'])('every quote by %s is one person', (surname) => {
    const people = library.people.filter((p) => [p.name, ...p.aliases].some((n) => n.endsWith(surname)));
    expect(people).toHaveLength(1);
    expect(new Set(quotesBy(surname).map((q) => q.personId))).toEqual(new Set([people[0]!.id]));
  });

  test('Biden is quoted in both seeds and keeps his title', () => {
    const biden = library.people.find((p) => p.name === 'Biden')!;
    expect(new Set(quotesBy('Biden').flatMap((q) => q.sourceUrls))).toEqual(new Set(['https://antiwar.example/biden-putin', 'https://townhall.example/psaki']));
    expect(biden.titles.map((t) => t.title)).toEqual(['President']);
    expect(biden.official).toBe(true);
  });

  test('Sergey Lavrov, only mentioned in seed 003, resolves to the person quoted in seed 000', async () => {
    const lavrov003 = analyzeArticle(seed003!.input).officials.find((o) => o.name === 'Sergey Lavrov')!;
    const found = unwrap(await findPerson(db, lavrov003.name, lavrov003.title));
    expect(found?.id).toBe(quotesBy('Lavrov')[0]!.personId);
  });

  test('unnamed and unknown speakers get no person', () => {
    const personIds = new Set(library.people.map((p) => p.id));
    for (const q of library.quotes) expect(q.personId === null || personIds.has(q.personId)).toBe(true);
  });
});

describe('namesakes stay apart', () => {
  test.each([
    ['Kelly', 'Governor', 'Laura Kelly'],
    ['Kelly', 'Senator', 'Mark Kelly'],
    ['Laura Kelly', null, 'Laura Kelly'],
    ['Mark Kelly', 'Governor', 'Mark Kelly'],
  ])('"%s" (%s) is %s', async (name, title, expected) => {
    const { db } = await freshLibrary();
    unwrap(await saveQuote(db, makeInput({ text: 'Arizona needs water.', speaker: 'Mark Kelly', speakerTitle: 'Senator' })));
    unwrap(await saveQuote(db, makeInput({ text: 'Kansas needs schools.', speaker: 'Laura Kelly', speakerTitle: 'Governor' })));
    const saved = unwrap(await saveQuote(db, makeInput({ text: 'A third statement.', speaker: name, speakerTitle: title })));
    const people = unwrap(await listPeople(db));
    expect(people.map((p) => p.name)).toEqual(['Laura Kelly', 'Mark Kelly']);
    expect(people.find((p) => p.id === saved.record.personId)?.name).toBe(expected);
  });
});

describe('editing people', () => {
  async function twoPsakis() {
    const { db } = await freshLibrary();
    const a = unwrap(await saveQuote(db, makeInput({ text: 'The door to diplomacy is open.', speaker: 'Jen Psaki' }))).record;
    const b = unwrap(
      await saveQuote(
        db,
        makeInput({ text: 'Talks remain an option.', speaker: 'Jennifer Psaki', speakerTitle: 'Press Secretary', url: 'https://news.example/b' }),
      ),
    ).record;
    return { db, a, b };
  }

  test('merging moves the quotes, unions names and titles, and deletes the merged person', async () => {
    const { db, a, b } = await twoPsakis();
    expect(a.personId).not.toBe(b.personId);
    const kept = unwrap(await mergePeople(db, a.personId!, b.personId!));
    expect(kept).toMatchObject({ id: a.personId, name: 'Jen Psaki', aliases: ['Jennifer Psaki'] });
    expect(kept.titles.map((t) => t.title)).toEqual(['White House Press Secretary', 'Press Secretary']);
    expect(unwrap(await listPeople(db)).map((p) => [p.name, p.quoteCount])).toEqual([['Jen Psaki', 2]]);
    expect(unwrap(await getQuote(db, b.id))).toMatchObject({ id: b.id, personId: a.personId });
    // The page saved again under the merged name lands on the same record, not a duplicate.
    const again = unwrap(
      await saveQuote(
        db,
        makeInput({ text: 'Talks remain an option.', speaker: 'Jennifer Psaki', speakerTitle: 'Press Secretary', url: 'https://news.example/b' }),
      ),
    );
    expect(again).toMatchObject({ created: false, record: { id: b.id } });
  });

  test.each([
    ['the same person', (a: string) => [a, a], /themselves/],
    ['a missing person', (a: string) => [a, 'p_nobody'], /no person with id p_nobody/],
  ])('merging %s is refused and changes nothing', async (_n, ids, message) => {
    const { db, a } = await twoPsakis();
    const before = unwrap(await exportLibrary(db, new Date(0)));
    const [keep, merge] = ids(a.personId!);
    const result = await mergePeople(db, keep!, merge!);
    expect(result.ok ? '' : result.error).toMatch(message);
    expect(unwrap(await exportLibrary(db, new Date(0)))).toEqual(before);
  });

  test('splitting gives the chosen quotes a new person and takes their titles along', async () => {
    const { db } = await freshLibrary();
    const mark = unwrap(await saveQuote(db, makeInput({ text: 'Arizona needs water.', speaker: 'Kelly', speakerTitle: 'Senator' }))).record;
    const laura = unwrap(
      await saveQuote(db, makeInput({ text: 'Kansas needs schools.', speaker: 'Kelly', speakerTitle: 'Governor', url: 'https://news.example/ks' })),
    ).record;
    // A different role is a different person; the reader merged them by mistake and now splits them again.
    expect(laura.personId).not.toBe(mark.personId);
    unwrap(await mergePeople(db, mark.personId!, laura.personId!));
    const created = unwrap(await splitPerson(db, mark.personId!, [laura.id], 'Laura Kelly'));
    expect(created).toMatchObject({ name: 'Laura Kelly', titles: [{ title: 'Governor', sourceUrl: 'https://news.example/ks' }] });
    expect(unwrap(await getQuote(db, laura.id))?.personId).toBe(created.id);
    const people = unwrap(await listPeople(db));
    expect(people.map((p) => [p.name, p.titles.map((t) => t.title), p.quoteCount])).toEqual([
      ['Kelly', ['Senator'], 1],
      ['Laura Kelly', ['Governor'], 1],
    ]);
    // Governor now points at Laura alone.
    const next = unwrap(await saveQuote(db, makeInput({ text: 'Roads too.', speaker: 'Kelly', speakerTitle: 'Governor' })));
    expect(next.record.personId).toBe(created.id);
  });

  test("splitting a quote that is not the person's is refused", async () => {
    const { db } = await freshLibrary();
    const q = unwrap(await saveQuote(db, makeInput())).record;
    const other = unwrap(await saveQuote(db, makeInput({ text: 'Something else entirely.', speaker: 'Antony Blinken' }))).record;
    const result = await splitPerson(db, q.personId!, [other.id], 'Someone');
    expect(result.ok ? '' : result.error).toMatch(/is not one of Jen Psaki's quotes/);
    expect(unwrap(await listPeople(db))).toHaveLength(2);
  });

  test('renaming keeps the old name as an alias, so it still matches', async () => {
    const { db } = await freshLibrary();
    const q = unwrap(await saveQuote(db, makeInput({ speaker: 'Psaki' }))).record;
    const renamed = unwrap(await renamePerson(db, q.personId!, 'Jen Psaki'));
    expect(renamed).toMatchObject({ name: 'Jen Psaki', aliases: ['Psaki'] });
    expect(unwrap(await findPerson(db, 'Psaki', null))?.id).toBe(q.personId);
    expect((await renamePerson(db, q.personId!, '  ')).ok).toBe(false);
  });

  test('a surname first and the full name later become one person shown by full name', async () => {
    const { db } = await freshLibrary();
    unwrap(await saveQuote(db, makeInput({ speaker: 'Biden', speakerTitle: 'President' })));
    unwrap(await saveQuote(db, makeInput({ text: 'Another one.', speaker: 'Joe Biden', speakerTitle: 'President' })));
    expect(unwrap(await listPeople(db)).map((p) => [p.name, p.aliases, p.quoteCount])).toEqual([['Joe Biden', ['Biden'], 2]]);
  });

  test('changing a speaker keeps the id, moves the stats and drops the emptied person', async () => {
    const { db } = await freshLibrary();
    const input = makeInput({ text: 'Moscow shuns no dialogue.', speaker: 'Jen Psaki' });
    const q = unwrap(await saveQuote(db, input)).record;
    const changed = unwrap(await setQuoteSpeaker(db, q.id, 'Sergey Lavrov', 'Foreign Minister'));
    expect(changed).toMatchObject({ id: q.id, speaker: 'Sergey Lavrov', speakerTitle: 'Foreign Minister' });
    expect(unwrap(await listPeople(db)).map((p) => p.name)).toEqual(['Sergey Lavrov']);
    const rows = await statRows(db);
    expect(rows.get('e:lavrov')).toBe(1);
    expect(rows.has('e:psaki')).toBe(false);
    expect([...rows].filter(([k]) => k !== DOCS_KEY).every(([k, df]) => statsOf([changed]).df(k) === df)).toBe(true);
    // The page still attributes it to Psaki; saving it again lands on the corrected record.
    const again = unwrap(await saveQuote(db, input));
    expect(again).toMatchObject({ created: false, record: { id: q.id, speaker: 'Sergey Lavrov' } });
    expect(unwrap(await listPeople(db)).map((p) => p.name)).toEqual(['Sergey Lavrov']);
  });
});

describe('savedCounts (an official hover card)', () => {
  test('counts a speaker by full name or surname, and an unknown name as none', async () => {
    const { db } = await freshLibrary();
    await saveAll(db, [
      makeInput({ text: 'The ceasefire holds.', speaker: 'Maria Alvarez', speakerTitle: 'Secretary of State' }),
      makeInput({ text: 'Talks resume on Monday.', speaker: 'Maria Alvarez', speakerTitle: 'Secretary of State' }),
      makeInput({ text: 'We will not raise the levy.', speaker: 'Lena Sorensen', speakerTitle: 'Finance Minister' }),
    ]);
    const counts = unwrap(await savedCounts(db, ['Maria Alvarez', 'Alvarez', 'Lena Sorensen', 'Paul Okafor']));
    expect(counts.map(({ name, saved }) => ({ name, saved }))).toEqual([
      { name: 'Maria Alvarez', saved: 2 },
      { name: 'Alvarez', saved: 2 },
      { name: 'Lena Sorensen', saved: 1 },
      { name: 'Paul Okafor', saved: 0 },
    ]);
    // The card links to the person's library page: the same person by full name or surname, none for a stranger.
    const people = unwrap(await listPeople(db));
    const alvarez = people.find((p) => p.name === 'Maria Alvarez')!.id;
    expect(counts.map((c) => c.personId)).toEqual([alvarez, alvarez, people.find((p) => p.name === 'Lena Sorensen')!.id, null]);
  });
});
