/**
 * Two machines and one CouchDB-compatible server (express-pouchdb, in this process on a free port):
 * replication both ways, and the conflict rules end to end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncOnce } from '../../../src/background/sync/engine';
import { countPending } from '../../../src/storage/journal';
import { mergePeople, renamePerson } from '../../../src/storage/people';
import { deleteQuote, saveQuote, setQuoteSpeaker } from '../../../src/storage/quotes';
import { PouchDB, startCouchServer, type CouchServer } from '../../support/couch-server';
import { makeInput, statRows, unwrap } from '../storage/helpers';
import { at, contents, machine, settle, type Machine } from './machines';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(async () => {
  await server.stop();
});

let dbCount = 0;
async function pair(): Promise<[Machine, Machine]> {
  const url = `${server.url}/library-${++dbCount}`;
  return [await machine('a', url), await machine('b', url)];
}

// Ahead of the real clock: syncs run at real time and pull every clock up to it, edits are stamped after.
const T0 = Date.UTC(2100, 0, 1);

async function sharedQuote(a: Machine, b: Machine) {
  const { record } = unwrap(await at(T0, () => saveQuote(a.db, makeInput({ text: 'We will keep talking.' }))));
  await settle(a, b);
  return record;
}

async function historyOf(m: Machine, docId: string) {
  return (await m.mirror.get(docId)) as unknown as { history: Array<{ record: { speaker?: string; name?: string } | null; state: string }> };
}

describe('replication', () => {
  test('quotes saved on either machine reach the other, and both hold the same library', async () => {
    const [a, b] = await pair();
    await at(T0, async () => {
      unwrap(await saveQuote(a.db, makeInput({ text: 'First from A.' })));
      unwrap(await saveQuote(a.db, makeInput({ text: 'Second from A.', speaker: 'Sergey Lavrov', url: 'https://news.example/b' })));
      unwrap(await saveQuote(b.db, makeInput({ text: 'One from B.', url: 'https://news.example/c' })));
    });
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.quotes.map((q) => q.text).sort()).toEqual(['First from A.', 'One from B.', 'Second from A.']);
    expect(cb).toEqual(ca);
    expect(unwrap(await countPending(a.db)) + unwrap(await countPending(b.db))).toBe(0);
  });

  test('in batches of two, every page of the outbox and of the changes gets through, a conflict settles, and the counts agree', async () => {
    const url = `${server.url}/library-${++dbCount}`;
    const [a, b] = [await machine('a', url, 2), await machine('b', url, 2)];
    const texts = ['Tide tables print on Monday.', 'The pier stays shut.', 'Buoys get new paint.', 'Ferries run late today.', 'Nets dry on the quay.'];
    const saved = await at(T0, async () => {
      const own = [];
      for (const [i, text] of texts.entries())
        own.push(unwrap(await saveQuote(a.db, makeInput({ text, speaker: 'Wren Hollis', url: `https://news.example/p${i}` }))).record);
      unwrap(await saveQuote(b.db, makeInput({ text: 'Gulls are a nuisance.', speaker: 'Ada Quill', url: 'https://news.example/q' })));
      return own;
    });
    await settle(a, b);
    await at(T0 + 1000, () => setQuoteSpeaker(a.db, saved[0]!.id, 'Ada Quill', null));
    await at(T0 + 2000, () => setQuoteSpeaker(b.db, saved[0]!.id, 'Milo Strand', null));
    await deleteQuote(b.db, saved[1]!.id);
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.quotes).toHaveLength(texts.length);
    expect(ca.quotes.find((q) => q.id === saved[0]!.id)?.speaker).toBe('Milo Strand');
    expect(cb).toEqual(ca);
    expect(await statRows(b.db)).toEqual(await statRows(a.db));
    expect(unwrap(await countPending(a.db)) + unwrap(await countPending(b.db))).toBe(0);
  });

  test('a sync with nothing new moves nothing', async () => {
    const [a, b] = await pair();
    await sharedQuote(a, b);
    const again = await a.sync();
    expect(again).toMatchObject({ sent: 0, pulled: 0, conflicts: 0, skipped: 0 });
  });
});

describe('conflicts', () => {
  test('concurrent speaker edits: the later one wins on both, the other stays in the history', async () => {
    const [a, b] = await pair();
    const q = await sharedQuote(a, b);
    await at(T0 + 1000, () => setQuoteSpeaker(a.db, q.id, 'Ann Early', null));
    await at(T0 + 2000, () => setQuoteSpeaker(b.db, q.id, 'Bea Later', null));
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.quotes.find((x) => x.id === q.id)?.speaker).toBe('Bea Later');
    expect(cb).toEqual(ca);
    for (const m of [a, b]) expect((await historyOf(m, `quote:${q.id}`)).history.map((v) => v.record?.speaker)).toContain('Ann Early');
  });

  test('a conflict settled in the last page of changes reaches the library in that same round', async () => {
    const [a, b] = await pair();
    const q = await sharedQuote(a, b);
    await at(T0 + 1000, () => setQuoteSpeaker(b.db, q.id, 'Bea Early', null));
    await at(T0 + 2000, () => setQuoteSpeaker(a.db, q.id, 'Ann Later', null));
    await a.sync();
    // B's own edit and A's later one meet in B's mirror; the settled winner is A's, so B must take it in now.
    const report = await b.sync();
    expect(report.conflicts).toBeGreaterThan(0);
    expect((await contents(b)).quotes.find((x) => x.id === q.id)?.speaker).toBe('Ann Later');
  });

  test.each([
    ['a delete beats an edit made before it', 2000, 1000, false],
    ['a delete loses to an edit made after it', 1000, 2000, true],
  ])('%s', async (_name, deleteAt, editAt, survives) => {
    const [a, b] = await pair();
    const q = await sharedQuote(a, b);
    await at(T0 + deleteAt, () => deleteQuote(a.db, q.id));
    await at(T0 + editAt, () => setQuoteSpeaker(b.db, q.id, 'Someone Else', null));
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.quotes.some((x) => x.id === q.id)).toBe(survives);
    expect(cb).toEqual(ca);
  });

  test('a merge beats a rename made after it: the merged person is gone on both, their quotes with the kept one', async () => {
    const [a, b] = await pair();
    const psaki = unwrap(await at(T0, () => saveQuote(a.db, makeInput({ text: 'First.', speaker: 'Jen Psaki' })))).record;
    const other = unwrap(
      await at(T0, () => saveQuote(a.db, makeInput({ text: 'Second.', speaker: 'Jennifer Psaki-Smith', speakerTitle: null, url: 'https://news.example/b' }))),
    ).record;
    await settle(a, b);
    await at(T0 + 1000, () => mergePeople(a.db, psaki.personId!, other.personId!));
    await at(T0 + 2000, () => renamePerson(b.db, other.personId!, 'J. Psaki-Smith'));
    // B saves a new quote for the person A merged away, while offline.
    const late = unwrap(
      await at(T0 + 2500, () => saveQuote(b.db, makeInput({ text: 'Third.', speaker: 'J. Psaki-Smith', speakerTitle: null, url: 'https://news.example/c' }))),
    ).record;
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.people.map((p) => p.id)).not.toContain(other.personId);
    expect(ca.quotes.map((x) => x.personId)).toEqual(ca.quotes.map(() => psaki.personId));
    expect(ca.quotes.map((x) => x.id)).toContain(late.id);
    expect(cb).toEqual(ca);
    expect((await historyOf(a, `person:${other.personId}`)).history.map((v) => v.record?.name)).toContain('J. Psaki-Smith');
  });

  test('two machines merging the same two people opposite ways keep one of them, with every quote', async () => {
    const [a, b] = await pair();
    const x = unwrap(await at(T0, () => saveQuote(a.db, makeInput({ text: 'From X.', speaker: 'Xavier Roe' })))).record;
    const y = unwrap(await at(T0, () => saveQuote(a.db, makeInput({ text: 'From Y.', speaker: 'Yolanda Poe', url: 'https://news.example/b' })))).record;
    await settle(a, b);
    await at(T0 + 1000, () => mergePeople(a.db, y.personId!, x.personId!));
    await at(T0 + 2000, () => mergePeople(b.db, x.personId!, y.personId!));
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.people).toHaveLength(1);
    expect(new Set(ca.quotes.map((q) => q.personId))).toEqual(new Set([ca.people[0]!.id]));
    expect(ca.quotes).toHaveLength(2);
    expect(cb).toEqual(ca);
  });
});

describe('a server that cannot be trusted', () => {
  test('junk documents are skipped and counted; the library stays intact and nothing is rendered from them', async () => {
    const [a, b] = await pair();
    await sharedQuote(a, b);
    const remote = a.remote;
    const good = (await contents(a)).quotes[0]!;
    await remote.bulkDocs([
      {
        _id: 'quote:evil',
        kind: 'quote',
        hlc: '9999999999999-0000-zz',
        state: 'live',
        record: { ...good, id: 'evil', sourceUrl: 'javascript:alert(1)' },
        mergedInto: null,
        history: [],
      },
      { _id: 'quote:wrong-id', kind: 'quote', hlc: '9999999999999-0000-zz', state: 'live', record: good, mergedInto: null, history: [] },
      { _id: 'person:nobody', kind: 'person', hlc: 'yesterday', state: 'live', record: null, mergedInto: null, history: [] },
      { _id: 'garbage', anything: 'at all' },
      { _id: `quote:${good.id}`, _rev: undefined, text: 'x'.repeat(200_000) },
    ] as never);
    const before = await contents(b);
    const report = await b.sync();
    expect(report.skipped).toBeGreaterThanOrEqual(4);
    expect(report.problems.join('\n')).toMatch(/not an http\(s\) or file URL/);
    expect(await contents(b)).toEqual(before);
  });

  test('a server that is down: changes stay queued and go out once it is back', async () => {
    const [a, b] = await pair();
    await sharedQuote(a, b);
    unwrap(await saveQuote(a.db, makeInput({ text: 'Written while the server was down.' })));
    const down = await syncOnce({ library: a.db, mirror: a.mirror, remote: new PouchDB('http://127.0.0.1:9/nothing') });
    expect(down).toMatchObject({ ok: false, error: expect.stringMatching(/could not be reached/) });
    expect(unwrap(await countPending(a.db))).toBeGreaterThan(0);
    await settle(a, b);
    expect((await contents(b)).quotes.map((q) => q.text)).toContain('Written while the server was down.');
  });
});
