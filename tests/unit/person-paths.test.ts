/**
 * One person resolver: the same saves through the CLI's in-memory library and through the extension's
 * storage (fake IndexedDB) give the same people, with the same ids. Invented articles and words.
 */
import { describe, expect, test } from 'vitest';
import { selectorsFor, emptyLibrary, exportMemory, saveInMemory, type SaveInput } from '../../src/core/index';
import { exportLibrary } from '../../src/storage/export-import';
import { saveQuote } from '../../src/storage/quotes';
import { freshLibrary, unwrap } from './storage/helpers';

interface Said {
  text: string;
  speaker: string;
  title?: string | null;
  official?: boolean;
}
let clock = 0;
function page(url: string, published: string | null, articlePeople: string[], said: Said[]): SaveInput[] {
  return said.map((s) => {
    const paragraph = `“${s.text}” ${s.speaker} said.`;
    return {
      text: s.text,
      speaker: s.speaker,
      speakerTitle: s.title ?? null,
      named: true,
      official: s.official ?? true,
      paragraph,
      headline: `Story at ${url}`,
      selectors: selectorsFor(paragraph, 1, 1 + s.text.length, 0),
      source: { url, title: `Story at ${url}`, outlet: 'Invented Wire', published },
      savedAt: new Date(Date.UTC(2026, 2, 1, 0, 0, clock++)).toISOString(),
      articlePeople,
    };
  });
}

const SAVES: SaveInput[] = [
  // A press briefing: a broadcast journalist asks, the spokesperson answers.
  ...page(
    'https://wire.example/briefing',
    '2024-02-20T09:00:00Z',
    ['MJ Lee', 'Dana Whitcombe'],
    [
      { text: 'Can you sketch what talking to the other side would even look like now?', speaker: 'MJ Lee', official: false },
      { text: 'Our line to them is open, but nobody is dialling it this week.', speaker: 'Dana Whitcombe', title: 'Press Secretary' },
    ],
  ),
  // Another country's opposition leader, named surname first, then by surname alone in the same story.
  ...page(
    'https://wire.example/opposition',
    '2024-03-05T09:00:00Z',
    ['Lee Jae-myung'],
    [
      { text: 'The budget ignores every farming town south of the river.', speaker: 'Lee Jae-myung', title: 'Democratic Party Leader' },
      { text: 'We will table our own budget by Friday.', speaker: 'Lee', title: 'Democratic Party Leader' },
    ],
  ),
  // A later story that names him in full once and quotes him as "Lee".
  ...page(
    'https://wire.example/budget-vote',
    '2024-03-12T09:00:00Z',
    ['Lee Jae-myung'],
    [{ text: 'Our budget passed its first reading with votes to spare.', speaker: 'Lee', title: null }],
  ),
  // A page that says only "Lee", names nobody in full and gives no title: not anyone already known.
  ...page('https://wire.example/brief', null, [], [{ text: 'We are watching the markets closely.', speaker: 'Lee' }]),
  // Chinese and Hungarian order; the same people in Western order or by surname.
  ...page(
    'https://wire.example/summit',
    '2024-04-01T09:00:00Z',
    ['Xi Jinping', 'Orbán Viktor'],
    [
      { text: 'The corridor will carry grain by autumn.', speaker: 'Xi Jinping', title: 'President' },
      { text: 'Trains will run on time.', speaker: 'Xi', title: 'President' },
      { text: 'Our pipeline deal stands.', speaker: 'Orbán Viktor', title: 'Prime Minister' },
    ],
  ),
  ...page(
    'https://wire.example/eu',
    '2024-04-09T09:00:00Z',
    ['Viktor Orbán'],
    [{ text: 'We will not sign the levy.', speaker: 'Viktor Orbán', title: 'Prime Minister' }],
  ),
  // A surname first, the full name later, with the same title: one person, shown by full name.
  ...page('https://wire.example/port', '2024-05-01T09:00:00Z', [], [{ text: 'The harbour stays open.', speaker: 'Whitcombe', title: 'Press Secretary' }]),
];

async function bothPaths(saves: SaveInput[]) {
  const memory = emptyLibrary();
  for (const s of saves) saveInMemory(memory, s);
  const { db } = await freshLibrary();
  for (const s of saves) unwrap(await saveQuote(db, s));
  return { cli: exportMemory(memory, 'x'), ext: unwrap(await exportLibrary(db)) };
}

const peopleOf = (lib: { people: Array<{ id: string; name: string; aliases: string[]; titles: unknown[]; official: boolean }> }) =>
  [...lib.people].sort((a, b) => a.id.localeCompare(b.id));
const speakerOf = (lib: { quotes: Array<{ text: string; personId: string | null }>; people: Array<{ id: string; name: string }> }, text: string) =>
  lib.people.find((p) => p.id === lib.quotes.find((q) => q.text === text)!.personId)?.name;

describe('the CLI and the extension resolve people alike', async () => {
  const { cli, ext } = await bothPaths(SAVES);

  test('the same people, ids, names, aliases and dated titles', () => {
    expect(peopleOf(ext)).toEqual(peopleOf(cli));
    expect(Object.fromEntries(ext.quotes.map((q) => [q.id, q.personId]))).toEqual(Object.fromEntries(cli.quotes.map((q) => [q.id, q.personId])));
  });

  test.each([
    ['Can you sketch what talking to the other side would even look like now?', 'MJ Lee'],
    ['We will table our own budget by Friday.', 'Lee Jae-myung'],
    ['Our budget passed its first reading with votes to spare.', 'Lee Jae-myung'],
    ['We are watching the markets closely.', 'Lee'],
    ['Trains will run on time.', 'Xi Jinping'],
    ['We will not sign the levy.', 'Orbán Viktor'],
    ['The harbour stays open.', 'Dana Whitcombe'],
  ])('"%s" is %s', (text, name) => {
    expect(speakerOf(cli, text)).toBe(name);
    expect(speakerOf(ext, text)).toBe(name);
  });

  test("MJ Lee and Lee Jae-myung stay two people, and a title carries its source's publication date", () => {
    const lees = ext.people.filter((p) => /Lee/.test(p.name));
    expect(lees.map((p) => p.name).sort()).toEqual(['Lee', 'Lee Jae-myung', 'MJ Lee']);
    const leader = ext.people.find((p) => p.name === 'Lee Jae-myung')!;
    expect(leader.titles).toEqual([{ title: 'Democratic Party Leader', seen: '2024-03-05', sourceUrl: 'https://wire.example/opposition' }]);
    expect(ext.people.find((p) => p.name === 'MJ Lee')!.titles).toEqual([]);
  });
});
