/** Export, wipe, import: a lossless round trip, and invalid files that change nothing. */
import { describe, expect, test } from 'vitest';
import type { LibraryExport } from '../../../src/core/index';
import { exportLibrary, importLibrary, wipeLibrary } from '../../../src/storage/export-import';
import { mergePeople } from '../../../src/storage/people';
import { countQuotes, saveQuote } from '../../../src/storage/quotes';
import type { LibraryDB } from '../../../src/storage/schema';
import { loadSeeds } from '../../support/corpus';
import { freshLibrary, makeInput, saveAll, seedInputs, statRows, unwrap } from './helpers';

const EPOCH = new Date(0);
const [seed000, seed003] = loadSeeds().sort((a, b) => a.file.localeCompare(b.file));

/** Both seeds, a quote seen on two pages, an unnamed speaker and a merged person. */
async function sampleLibrary(): Promise<LibraryDB> {
  const { db } = await freshLibrary();
  await saveAll(db, [...seedInputs(seed000!, 'https://antiwar.example/biden-putin', 1), ...seedInputs(seed003!, 'https://townhall.example/psaki', 2)]);
  unwrap(await saveQuote(db, makeInput({ url: 'https://elsewhere.example/x' })));
  unwrap(await saveQuote(db, makeInput({ text: 'No comment.', speaker: 'a State Department spokesperson', named: false, speakerTitle: null })));
  const a = unwrap(await saveQuote(db, makeInput({ text: 'One.', speaker: 'Jen Psaki' }))).record;
  const b = unwrap(await saveQuote(db, makeInput({ text: 'Two.', speaker: 'Jennifer Psaki', speakerTitle: 'Press Secretary' }))).record;
  unwrap(await mergePeople(db, a.personId!, b.personId!));
  return db;
}

const copy = (x: LibraryExport): LibraryExport => structuredClone(x);

describe('round trip', () => {
  test('export -> wipe -> import gives the same library and the same stats', async () => {
    const db = await sampleLibrary();
    const before = unwrap(await exportLibrary(db, EPOCH));
    const stats = await statRows(db);
    expect(before.quotes.length).toBeGreaterThan(20);
    unwrap(await wipeLibrary(db));
    expect(unwrap(await countQuotes(db))).toBe(0);
    expect(unwrap(await importLibrary(db, JSON.parse(JSON.stringify(before))))).toEqual({ added: before.quotes.length, merged: 0 });
    expect(unwrap(await exportLibrary(db, EPOCH))).toEqual(before);
    expect(await statRows(db)).toEqual(stats);
  });

  test('the export is sorted by id and carries no storage fields', async () => {
    const library = unwrap(await exportLibrary(await sampleLibrary()));
    const ids = library.quotes.map((q) => q.id);
    expect(ids).toEqual([...ids].sort());
    expect(library.people.every((p) => Object.keys(p).sort().join() === 'aliases,id,name,official,titles')).toBe(true);
    const quoteFields = 'entities,headline,id,paragraph,personId,published,savedAt,selectors,sourceUrl,sourceUrls,speaker,speakerTitle,terms,text';
    expect(library.quotes.every((q) => Object.keys(q).sort().join() === quoteFields)).toBe(true);
  });

  test('importing into a library that has the quotes merges them and leaves stats alone', async () => {
    const db = await sampleLibrary();
    const file = unwrap(await exportLibrary(db, EPOCH));
    const stats = await statRows(db);
    expect(unwrap(await importLibrary(db, file))).toEqual({ added: 0, merged: file.quotes.length });
    expect(unwrap(await exportLibrary(db, EPOCH))).toEqual(file);
    expect(await statRows(db)).toEqual(stats);
  });

  test("an imported copy of a quote seen on another page adds that page; a person gains the other file's names", async () => {
    const db = await sampleLibrary();
    const file = copy(unwrap(await exportLibrary(db, EPOCH)));
    file.quotes[0]!.sourceUrls.push('https://mirror.example/1');
    file.people[0]!.aliases.push('An Alias');
    file.quotes.push({ ...file.quotes[1]!, id: 'q_new', text: 'A brand new statement.' });
    expect(unwrap(await importLibrary(db, file))).toEqual({ added: 1, merged: file.quotes.length - 1 });
    const after = unwrap(await exportLibrary(db, EPOCH));
    expect(after.quotes.find((q) => q.id === file.quotes[0]!.id)!.sourceUrls).toContain('https://mirror.example/1');
    expect(after.people.find((p) => p.id === file.people[0]!.id)!.aliases).toContain('An Alias');
  });
});

type Mutation = [name: string, mutate: (f: LibraryExport) => unknown, message: RegExp];

const invalid: Mutation[] = [
  ['wrong format', (f) => ({ ...f, format: 'someone-else' }), /format: expected "onrecord-library", received "someone-else"/],
  ['wrong version', (f) => ({ ...f, version: 2 }), /version: expected 1, received 2/],
  [
    'a number as quote text',
    (f) => {
      (f.quotes[12] as unknown as { text: unknown }).text = 42;
      return f;
    },
    /quotes\[12\]\.text: expected string, received 42/,
  ],
  ['truncated JSON text', (f) => JSON.stringify(f).slice(0, 500), /malformed or truncated/],
  [
    'a truncated object',
    (f) => {
      const { sources: _s, people: _p, ...rest } = f;
      return rest;
    },
    /people: missing; sources: missing/,
  ],
  ['not an object at all', () => null, /the file: expected Object, received null/],
  // Five mutations deep in the file.
  [
    "a selector's exact text is a number",
    (f) => {
      (f.quotes[3]!.selectors[0] as { exact: unknown }).exact = 7;
      return f;
    },
    /quotes\[3\]\.selectors\[0\]\.exact: expected string, received 7/,
  ],
  [
    'a negative position',
    (f) => {
      f.quotes[5]!.selectors[1].start = -1;
      return f;
    },
    /quotes\[5\]\.selectors\[1\]\.start: expected 0 or more/,
  ],
  [
    'aliases not a list',
    (f) => {
      (f.people[1] as unknown as { aliases: unknown }).aliases = 'x';
      return f;
    },
    /people\[1\]\.aliases: expected Array, received "x"/,
  ],
  [
    'an over-long quote',
    (f) => {
      f.quotes[0]!.text = 'x'.repeat(20_001);
      return f;
    },
    /quotes\[0\]\.text: longer than 20000 characters/,
  ],
  [
    'a quote of a person who is not in the file',
    (f) => {
      f.quotes[2]!.personId = 'p_ghost';
      return f;
    },
    /quotes\[2\]\.personId: no person p_ghost in people/,
  ],
  [
    'a missing savedAt',
    (f) => {
      delete (f.quotes[4] as Partial<LibraryExport['quotes'][number]>).savedAt;
      return f;
    },
    /quotes\[4\]\.savedAt: missing/,
  ],
];

describe('invalid files change nothing and say where they are wrong', () => {
  test.each(invalid)('%s', async (_name, mutate, message) => {
    const db = await sampleLibrary();
    const before = unwrap(await exportLibrary(db, EPOCH));
    const stats = await statRows(db);
    // A valid new quote in the same file must not be written either.
    const file = copy(before);
    file.quotes.push({ ...file.quotes[0]!, id: 'q_would_be_new', text: 'Would be added.' });
    const result = await importLibrary(db, mutate(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(unwrap(await exportLibrary(db, EPOCH))).toEqual(before);
    expect(await statRows(db)).toEqual(stats);
  });

  test('many problems are summarised', async () => {
    const db = await sampleLibrary();
    const file = copy(unwrap(await exportLibrary(db, EPOCH)));
    for (const q of file.quotes) (q as unknown as { text: unknown }).text = null;
    const result = await importLibrary(db, file);
    expect(result.ok ? '' : result.error).toMatch(/^Not a valid OnRecord export: quotes\[0\]\.text: .*\(and \d+ more problems\)$/);
  });
});

describe('import applies the save rule and keeps errors short', () => {
  test('a quote whose id was changed in the file is the same statement: it is merged, not stored twice', async () => {
    const db = await sampleLibrary();
    const file = copy(unwrap(await exportLibrary(db, EPOCH)));
    const named = file.quotes.find((q) => q.personId !== null)!;
    const before = unwrap(await countQuotes(db));
    const stats = await statRows(db);
    named.id = 'q_renamed_by_hand';
    // In the file too: the original and the renamed copy fold together.
    file.quotes.push({ ...named, id: 'q_renamed_again' });
    const outcome = unwrap(await importLibrary(db, file));
    expect(outcome.added).toBe(0);
    expect(unwrap(await countQuotes(db))).toBe(before);
    expect(await statRows(db)).toEqual(stats);
  });

  test.each([
    [
      'a 30,000-character speaker of the wrong type',
      (f: LibraryExport) => ((f.quotes[0] as unknown as { speaker: unknown }).speaker = 7),
      /quotes\[0\]\.speaker/,
    ],
    ['a 30,000-character person id nobody has', (f: LibraryExport) => (f.quotes[0]!.personId = 'p'.repeat(30_182)), /quotes\[0\]\.personId/],
    ['a 30,000-character URL', (f: LibraryExport) => (f.quotes[0]!.sourceUrl = `https://x.test/${'u'.repeat(30_182)}`), /quotes\[0\]\.sourceUrl/],
  ])('%s: the error names the path and quotes at most 80 characters of the value', async (_name, mutate, path) => {
    const db = await sampleLibrary();
    const file = copy(unwrap(await exportLibrary(db, EPOCH)));
    mutate(file);
    const result = await importLibrary(db, file);
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toMatch(path);
    expect(error.length).toBeLessThan(400);
    expect(/(.)\1{80}/.test(error)).toBe(false);
  });
});
