/** The sync outbox: the v6 upgrade, and every library change journaled in its own transaction. */
import { describe, expect, test } from 'vitest';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { HLC_PATTERN } from '../../../src/core/index';
import { openLibrary } from '../../../src/storage/db';
import { exportLibrary, importLibrary, wipeLibrary } from '../../../src/storage/export-import';
import { clearSent, countPending, enableJournal, readOutbox } from '../../../src/storage/journal';
import { mergePeople, renamePerson, splitPerson } from '../../../src/storage/people';
import { undoPeopleChange, withUndo } from '../../../src/storage/people-undo';
import { deleteQuote, restoreQuote, saveQuote, setQuoteSpeaker } from '../../../src/storage/quotes';
import { deleteQuotes, restoreQuotes } from '../../../src/storage/quotes-bulk';
import { DB_VERSION, upgradeLibrary, type LibraryDB, type Tx } from '../../../src/storage/schema';
import { freshLibrary, makeInput, unwrap } from '../storage/helpers';

/** A version-5 library, written by the v5 migration steps, then closed. */
async function v5Library(factory: IDBFactory, name: string): Promise<void> {
  const request = factory.open(name, 5);
  request.onupgradeneeded = (e) => {
    void upgradeLibrary(wrap(request.result) as unknown as LibraryDB, e.oldVersion, wrap(request.transaction!) as unknown as Tx<'versionchange'>, 5);
  };
  const db = (await wrap(request)) as unknown as LibraryDB;
  const quote = { ...makeInput(), id: 'q1' };
  const tx = db.transaction(['quotes', 'people', 'sources'], 'readwrite');
  await tx.objectStore('people').put({ id: 'jen-psaki', name: 'Jen Psaki', aliases: [], titles: [], official: true, surname: 'psaki' });
  await tx.objectStore('sources').put(quote.source);
  await tx.done;
  db.close();
}

const outbox = async (db: LibraryDB) =>
  unwrap(await readOutbox(db, 10_000))
    .map((e) => `${e.docId} ${e.state}${e.mergedInto ? `>${e.mergedInto}` : ''}`)
    .sort();

async function syncedLibrary() {
  const { db } = await freshLibrary();
  unwrap(await enableJournal(db));
  return db;
}

async function drain(db: LibraryDB) {
  unwrap(await clearSent(db, unwrap(await readOutbox(db, 10_000))));
}

describe('v5 -> v6', () => {
  test('the library keeps its records, gains an empty outbox, and journals nothing until sync is on', async () => {
    const factory = new FakeIDBFactory();
    await v5Library(factory, 'old');
    const db = unwrap(await openLibrary({ indexedDB: factory, name: 'old' }));
    expect(db.version).toBe(DB_VERSION);
    expect(unwrap(await exportLibrary(db)).people.map((p) => p.id)).toEqual(['jen-psaki']);
    expect(unwrap(await countPending(db))).toBe(0);
    unwrap(await saveQuote(db, makeInput({ text: 'Before sync was on.' })));
    expect(unwrap(await countPending(db))).toBe(0);
    // Turning sync on journals the whole library, old records included.
    unwrap(await enableJournal(db));
    expect(await outbox(db)).toEqual(expect.arrayContaining(['person:jen-psaki live', 'source:https://news.example/a live']));
    expect(unwrap(await countPending(db))).toBe(3);
  });
});

describe('every change is journaled', () => {
  test('a save journals its quote, person and source, stamped by this device', async () => {
    const db = await syncedLibrary();
    const { record } = unwrap(await saveQuote(db, makeInput()));
    expect(await outbox(db)).toEqual([`person:${record.personId} live`, `quote:${record.id} live`, 'source:https://news.example/a live']);
    const device = unwrap(await enableJournal(db));
    for (const e of unwrap(await readOutbox(db, 100))) (expect(e.hlc).toMatch(HLC_PATTERN), expect(e.hlc.endsWith(device)).toBe(true));
  });

  const cases: Array<[string, (db: LibraryDB, ids: Ids) => Promise<void>, (ids: Ids) => string[]]> = [
    [
      'delete: a tombstone with the last record',
      async (db: LibraryDB, ids: Ids) => void unwrap(await deleteQuote(db, ids.q1)),
      (ids: Ids) => [`quote:${ids.q1} deleted`],
    ],
    [
      'restore',
      async (db: LibraryDB, ids: Ids) => {
        const gone = unwrap(await deleteQuote(db, ids.q1))!;
        unwrap(await restoreQuote(db, gone));
      },
      (ids: Ids) => [`quote:${ids.q1} live`],
    ],
    [
      'delete of several at once: a tombstone each',
      async (db: LibraryDB, ids: Ids) => void unwrap(await deleteQuotes(db, [ids.q1, ids.q2])),
      (ids: Ids) => [`quote:${ids.q1} deleted`, `quote:${ids.q2} deleted`],
    ],
    [
      'undo of a delete of several',
      async (db: LibraryDB, ids: Ids) => {
        const gone = unwrap(await deleteQuotes(db, [ids.q1, ids.q2]));
        unwrap(await restoreQuotes(db, gone));
      },
      (ids: Ids) => [`quote:${ids.q1} live`, `quote:${ids.q2} live`],
    ],
    [
      'speaker change: the quote, the new person, the orphaned old one',
      async (db: LibraryDB, ids: Ids) => void unwrap(await setQuoteSpeaker(db, ids.q2, 'Karine Jean-Pierre', null)),
      (ids: Ids) => ['person:NEW live', `person:${ids.lavrov} deleted`, `quote:${ids.q2} live`],
    ],
    ['rename', async (db: LibraryDB, ids: Ids) => void unwrap(await renamePerson(db, ids.psaki, 'Jennifer Psaki')), (ids: Ids) => [`person:${ids.psaki} live`]],
    [
      'merge: the merged person says where it went, and its quotes move',
      async (db: LibraryDB, ids: Ids) => void unwrap(await mergePeople(db, ids.psaki, ids.lavrov)),
      (ids: Ids) => [`person:${ids.lavrov} merged>${ids.psaki}`, `person:${ids.psaki} live`, `quote:${ids.q2} live`],
    ],
    [
      'split',
      async (db: LibraryDB, ids: Ids) => void unwrap(await splitPerson(db, ids.psaki, [ids.q1], 'Jane Roe')),
      (ids: Ids) => ['person:NEW live', `person:${ids.psaki} deleted`, `quote:${ids.q1} live`],
    ],
    [
      'undo of a merge',
      async (db: LibraryDB, ids: Ids) => {
        const change = unwrap(await withUndo(db, [ids.psaki, ids.lavrov], () => mergePeople(db, ids.psaki, ids.lavrov)));
        await drain(db);
        unwrap(await undoPeopleChange(db, change.undo));
      },
      (ids: Ids) => [`person:${ids.lavrov} live`, `person:${ids.psaki} live`, `quote:${ids.q1} live`, `quote:${ids.q2} live`],
    ],
    [
      'import',
      async (db: LibraryDB) => {
        const file = unwrap(await exportLibrary(db));
        const q = { ...file.quotes[0]!, id: 'imported-1', text: 'An imported statement.', personId: null, speaker: null };
        unwrap(await importLibrary(db, { ...file, quotes: [q], people: [], sources: [] }));
      },
      () => ['quote:imported-1 live'],
    ],
  ];
  test.each(cases)('%s', async (_name, change, expected) => {
    const { db, ids } = await twoQuotes();
    await change(db, ids);
    // A person the change created has an id of its own: named NEW here.
    const known = new Set(Object.values(ids));
    const entries = (await outbox(db)).map((e) => e.replace(/^person:(\S+)/, (whole, id: string) => (known.has(id) ? whole : 'person:NEW'))).sort();
    expect(entries).toEqual([...expected(ids)].sort());
  });

  test('a change that fails journals nothing', async () => {
    const { db } = await twoQuotes();
    expect((await setQuoteSpeaker(db, 'no-such-quote', 'Someone', null)).ok).toBe(false);
    expect((await renamePerson(db, 'no-such-person', 'Someone')).ok).toBe(false);
    expect(unwrap(await countPending(db))).toBe(0);
  });

  test('an entry edited again while it was being sent stays for the next round', async () => {
    const { db, ids } = await twoQuotes();
    unwrap(await renamePerson(db, ids.psaki, 'Jennifer Psaki'));
    const sent = unwrap(await readOutbox(db, 100));
    unwrap(await renamePerson(db, ids.psaki, 'Jen Psaki'));
    expect(unwrap(await clearSent(db, sent))).toBe(0);
    expect(await outbox(db)).toEqual([`person:${ids.psaki} live`]);
  });

  test('clearing a sent page keeps an entry in its middle that was edited meanwhile, and what was not in the page', async () => {
    const db = await syncedLibrary();
    const saved: string[] = [];
    for (const text of ['One line was said.', 'Two lines were said.', 'Three lines were said.', 'Four lines were said.', 'Five lines were said.'])
      saved.push(unwrap(await saveQuote(db, makeInput({ text, speaker: null }))).record.id);
    const sent = unwrap(await readOutbox(db, 100)).filter((e) => e.kind === 'quote');
    const ids = sent.map((e) => e.docId.slice('quote:'.length));
    // Edited again after being read, between sent neighbours: its newer stamp keeps it.
    unwrap(await setQuoteSpeaker(db, ids[2]!, 'Someone Else', null));
    const before = new Set(unwrap(await readOutbox(db, 100)).map((e) => e.docId));
    expect(unwrap(await clearSent(db, sent))).toBe(sent.length - 1);
    const left = unwrap(await readOutbox(db, 100)).map((e) => e.docId);
    expect(left).toContain(`quote:${ids[2]}`);
    for (const e of sent) if (e.docId !== `quote:${ids[2]}`) expect(left).not.toContain(e.docId);
    // Everything else that was waiting and not in the page (the person, the source, ...) is still there.
    for (const id of before) if (!sent.some((e) => e.docId === id)) expect(left).toContain(id);
    expect(saved).toHaveLength(5);
  });

  test('deleting the library here drops what was waiting to go out', async () => {
    const { db } = await twoQuotes();
    unwrap(await renamePerson(db, unwrap(await exportLibrary(db)).people[0]!.id, 'Someone Else'));
    unwrap(await wipeLibrary(db));
    expect(unwrap(await countPending(db))).toBe(0);
  });
});

interface Ids {
  q1: string;
  q2: string;
  psaki: string;
  lavrov: string;
}

async function twoQuotes(): Promise<{ db: LibraryDB; ids: Ids }> {
  const db = await syncedLibrary();
  const a = unwrap(await saveQuote(db, makeInput({ text: 'We will keep talking.' }))).record;
  const b = unwrap(
    await saveQuote(db, makeInput({ text: 'We reject the offer.', speaker: 'Sergey Lavrov', speakerTitle: 'Foreign Minister', url: 'https://news.example/b' })),
  ).record;
  await drain(db);
  return { db, ids: { q1: a.id, q2: b.id, psaki: a.personId!, lavrov: b.personId! } };
}
