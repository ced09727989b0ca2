/** Servers that fail or lie, and rounds cut short: a clear error, and a library left as it was. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncOnce, type Mirror } from '../../../src/background/sync/engine';
import { fetchWithin } from '../../../src/background/sync/timed-fetch';
import { countPending } from '../../../src/storage/journal';
import { saveQuote } from '../../../src/storage/quotes';
import { PouchDB, startCouchServer, type CouchServer } from '../../support/couch-server';
import { makeInput, unwrap } from '../storage/helpers';
import { contents, machine, settle } from './machines';

let couch: CouchServer;
let liar: Server;
let liarUrl = '';
let answer: (res: import('node:http').ServerResponse) => void = () => undefined;

beforeAll(async () => {
  couch = await startCouchServer();
  liar = createServer((_req, res) => answer(res));
  await new Promise<void>((r) => liar.listen(0, '127.0.0.1', () => r()));
  liarUrl = `http://127.0.0.1:${(liar.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await couch.stop();
  await new Promise((r) => liar.close(r));
});

describe('a server that fails or answers garbage', () => {
  test.each([
    [
      '500 on every request',
      (res: import('node:http').ServerResponse) => res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"boom"}'),
      /server failed \(error 500\)/,
    ],
    [
      'a web page instead of CouchDB',
      (res: import('node:http').ServerResponse) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><script>alert(1)</script></html>'),
      /not CouchDB|Sync failed/,
    ],
    [
      '401 for the credentials',
      (res: import('node:http').ServerResponse) =>
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"unauthorized","reason":"Name or password is incorrect."}'),
      /user name or password/,
    ],
  ])('%s: a plain error, changes kept, library intact', async (_name, respond, words) => {
    answer = respond;
    const a = await machine('a', `${couch.url}/hostile-${Math.random().toString(36).slice(2)}`);
    unwrap(await saveQuote(a.db, makeInput()));
    const before = await contents(a);
    const r = await syncOnce({ library: a.db, mirror: a.mirror, remote: new PouchDB(`${liarUrl}/db`) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(words);
    expect(await contents(a)).toEqual(before);
    expect(unwrap(await countPending(a.db))).toBe(3);
  });
});

describe('a server that never answers', () => {
  test.each([
    ['takes the connection and says nothing', (_res: import('node:http').ServerResponse) => undefined],
    [
      'sends its headers, then trickles the body',
      (res: import('node:http').ServerResponse) => {
        res.writeHead(200, { 'Content-Type': 'application/json' }).write('{"db_name":');
      },
    ],
  ])('%s: the round ends at the deadline with a plain error, changes kept', async (_name, respond) => {
    answer = respond;
    const a = await machine('a', `${couch.url}/silent-${Math.random().toString(36).slice(2)}`);
    unwrap(await saveQuote(a.db, makeInput()));
    const before = await contents(a);
    const remote = new PouchDB(`${liarUrl}/db`, { fetch: fetchWithin(300) } as never) as unknown as Mirror;
    const r = await syncOnce({ library: a.db, mirror: a.mirror, remote });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer in time/) });
    expect(await contents(a)).toEqual(before);
    expect(unwrap(await countPending(a.db))).toBe(3);
  });
});

describe('a server that floods', () => {
  test('a 10 MB document is left out with a counted error', async () => {
    const url = `${couch.url}/big-doc`;
    const [a, b] = [await machine('a', url), await machine('b', url)];
    unwrap(await saveQuote(a.db, makeInput()));
    await settle(a, b);
    const q = (await contents(a)).quotes[0]!;
    await a.remote.bulkDocs([
      {
        _id: 'quote:huge',
        kind: 'quote',
        hlc: '4102444800000-0000-zz',
        state: 'live',
        record: { ...q, id: 'huge', paragraph: 'x'.repeat(10 * 1024 * 1024) },
        mergedInto: null,
        history: [],
      },
    ] as never);
    const before = await contents(b);
    const report = await b.sync();
    expect(report.skipped).toBe(1);
    expect(report.problems[0]).toMatch(/quote:huge: record\.paragraph: longer than/);
    expect(await contents(b)).toEqual(before);
  });

  test('a revision storm (300 concurrent versions of one quote) settles on one winner, the rest deleted', async () => {
    const url = `${couch.url}/storm`;
    const [a, b] = [await machine('a', url), await machine('b', url)];
    const q = unwrap(await saveQuote(a.db, makeInput())).record;
    await settle(a, b);
    const storm = Array.from({ length: 300 }, (_, i) => ({
      _id: `quote:${q.id}`,
      _rev: `2-${i.toString(16).padStart(32, '0')}`,
      kind: 'quote',
      hlc: `4102444800000-${String(i % 10).padStart(4, '0')}-storm${i}`,
      state: 'live',
      record: { ...q, speaker: `Storm ${i}` },
      mergedInto: null,
      history: [],
    }));
    await a.remote.bulkDocs(storm as never, { new_edits: false });
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(ca.quotes).toHaveLength(1);
    // The latest stamp: counter 9, then the greatest device id among those ('storm99').
    expect(ca.quotes[0]!.speaker).toBe('Storm 99');
    expect(cb).toEqual(ca);
    const doc = await b.mirror.get(`quote:${q.id}`, { conflicts: true });
    expect(doc._conflicts ?? []).toEqual([]);
  });
});

describe('a round cut short', () => {
  test('after the mirror took the outbox but before the push: the next round sends it once', async () => {
    const url = `${couch.url}/cut-short`;
    const [a, b] = [await machine('a', url), await machine('b', url)];
    for (const text of ['One.', 'Two.', 'Three.']) unwrap(await saveQuote(a.db, makeInput({ text })));
    // The worker stops mid-round: the push never happens.
    const stopped: Mirror = {
      ...a.mirror,
      info: a.mirror.info.bind(a.mirror),
      allDocs: a.mirror.allDocs.bind(a.mirror),
      bulkDocs: a.mirror.bulkDocs.bind(a.mirror),
      replicate: { to: () => Promise.reject(new Error('worker stopped')), from: a.mirror.replicate.from },
    } as Mirror;
    const cut = await syncOnce({ library: a.db, mirror: stopped, remote: a.remote });
    expect(cut.ok).toBe(false);
    await settle(a, b);
    const [ca, cb] = [await contents(a), await contents(b)];
    expect(cb.quotes.map((q) => q.text).sort()).toEqual(['One.', 'Three.', 'Two.']);
    expect(cb).toEqual(ca);
    expect((await b.mirror.info()).doc_count).toBe(5);
  });
});
