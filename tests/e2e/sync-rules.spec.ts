/**
 * Sync's rules in real Chromium, two profiles and one CouchDB-compatible server in this process (see
 * support/sync-profiles): a merge made on A repaints B's open news page, a delete beats an earlier edit and
 * loses to a later one, a revision storm settles the same everywhere, and a server that fails or lies leaves
 * a plain error, an intact library, and its
 * payloads shown as text. Invented articles; the Node side of the same rules is tests/unit/sync/.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { fillLibrary, send } from '../../scripts/bench/library-fill';
import { saveTabQuotes } from '../support/as-popup';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { hoverQuote, readCard } from './support/card';
import { saveRequest } from './support/saves';
import { createProfiles, library, otherPage, pointAt, syncNow, tabIdOf, type Profile } from './support/sync-profiles';

const FERRY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pilot extended</title>
<meta property="article:published_time" content="2026-02-03T09:00:00Z"><meta property="og:site_name" content="Harbour Ledger"></head>
<body><article><h1>Ferry pilot extended for a second winter</h1>
<p>The harbour council voted on Monday to keep the free ferry running through a second winter.</p>
<p>“We will keep the boats running until the bridge opens,” said Tomas Rell, the council’s transport chair, after the vote.</p>
<p>Opponents said the cost had doubled since the pilot began, and asked for an audit before any further extension.</p>
</article></body></html>`;

let couch: CouchServer;
let pages: StaticServer;
const profiles = createProfiles();

test.beforeAll(async () => {
  couch = await startCouchServer();
  pages = await startStaticServer('tests/fixtures');
  pages.routes.set('/news/ferry.html', { type: 'text/html; charset=utf-8', body: FERRY });
});
test.afterAll(async () => {
  await profiles.closeAll();
  await couch.stop();
  await pages.close();
});
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

/** Rounds until both hold what the server holds. */
async function settle(...ps: Profile[]): Promise<void> {
  for (const p of [...ps, ...ps]) expect((await syncNow(p.page)).lastError).toBeNull();
}
const personId = async (p: Profile, name: string) =>
  (await send<Array<{ id: string; name: string }>>(p.page, 'listPeople', null)).find((x) => x.name === name)?.id ?? null;

test("a merge of people on A is seen on B: B's open news page shows the merged name on its card", async () => {
  const [a, b] = [await profiles.open(), await profiles.open()];
  for (const p of [a, b]) await pointAt(p.page, couch.url, 'rules-merge');
  const news = await b.b.context.newPage();
  await news.goto(pages.url('/news/ferry.html'));
  await expect.poll(() => news.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  const [saved] = await saveTabQuotes(b.b.context, await tabIdOf(b, news), 1);
  expect(saved?.ok).toBe(true);
  await send(a.page, 'saveQuote', saveRequest(1)); // Ines Varga, on A alone
  await settle(a, b);

  // On A the reader finds that the ferry's Tomas Rell is Ines Varga's record under another name.
  const [keep, gone] = [await personId(a, 'Ines Varga'), await personId(a, 'Tomas Rell')];
  expect(keep && gone).toBeTruthy();
  await send(a.page, 'mergePeople', { keepId: keep, mergeId: gone });
  expect((await syncNow(a.page)).lastError).toBeNull();
  // B's round runs in its worker, asked from another page as the alarm would; the news page is never reloaded.
  expect((await syncNow(await otherPage(b))).lastError).toBeNull();
  expect(await personId(b, 'Tomas Rell')).toBeNull();
  await hoverQuote(news, 0);
  await expect.poll(() => readCard(news)).toContain('Ines Varga');
  expect(await readCard(news)).not.toContain('Tomas Rell');
  // B's library lists the ferry quote under the merged person too.
  const lib = await otherPage(b, 'src/library/index.html');
  await expect(lib.getByTestId('library-quote').filter({ hasText: 'keep the boats running' })).toContainText('Ines Varga');
});

test('a delete beats an edit made before it and loses to one made after it, on both profiles', async () => {
  const [a, b] = [await profiles.open(), await profiles.open()];
  await fillLibrary(a.page, 0, 2);
  for (const p of [a, b]) await pointAt(p.page, couch.url, 'rules-delete');
  await settle(a, b);
  const [early, late] = (await library(a.page)).quotes.map((q) => q.id) as [string, string];
  const pause = () => new Promise((r) => setTimeout(r, 20));

  // B edits `early`, then A deletes it; A deletes `late`, then B edits it. Neither has seen the other.
  await send(b.page, 'setQuoteSpeaker', { id: early, name: 'Edited Before', title: null });
  await pause();
  await send(a.page, 'deleteQuote', { id: early });
  await send(a.page, 'deleteQuote', { id: late });
  await pause();
  await send(b.page, 'setQuoteSpeaker', { id: late, name: 'Edited After', title: null });
  await settle(a, b);

  const [la, lb] = [await library(a.page), await library(b.page)];
  expect(la.quotes.map((q) => [q.id, q.speaker])).toEqual([[late, 'Edited After']]);
  expect(lb).toEqual(la);
});

test('a server that fails or answers a web page: a plain error, changes kept, library intact', async () => {
  let answer: (res: ServerResponse) => void = () => undefined;
  const liar: Server = createServer((_req, res) => answer(res));
  await new Promise<void>((r) => liar.listen(0, '127.0.0.1', () => r()));
  try {
    const a = await profiles.open();
    await fillLibrary(a.page, 0, 3);
    const before = await library(a.page);
    const cases: Array<[(res: ServerResponse) => void, RegExp]> = [
      [(res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"boom"}'), /server failed \(error 500\)/],
      [(res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><script>alert(1)</script></html>'), /not CouchDB|Sync failed/],
      [(res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"db_name": 7, "update_seq": ['), /not CouchDB|Sync failed/],
    ];
    // Saving the settings starts a round at once: the liar must already answer as the first case does.
    answer = cases[0]![0];
    await pointAt(a.page, `http://127.0.0.1:${(liar.address() as AddressInfo).port}`, 'liar');
    for (const [respond, words] of cases) {
      answer = respond;
      const status = await syncNow(a.page);
      expect(status.lastError).toMatch(words);
      expect(status.pending).toBeGreaterThan(0);
      expect(await library(a.page)).toEqual(before);
    }
  } finally {
    await new Promise((r) => liar.close(r));
  }
});

const PWN = 'window.__pwned=1';
const IMG = `<img src=x onerror="${PWN}">`;

test("a server's documents carrying script are shown as text, a javascript: URL and a 10 MB quote are left out and counted", async () => {
  const [a, b] = [await profiles.open(), await profiles.open()];
  await fillLibrary(a.page, 0, 2);
  await pointAt(a.page, couch.url, 'rules-payload');
  expect((await syncNow(a.page)).lastError).toBeNull();
  // The server (or whoever controls it) writes documents of its own, shaped like OnRecord's.
  const db = `${couch.url}/rules-payload`;
  const all = (await (await fetch(`${db}/_all_docs?include_docs=true`)).json()) as { rows: Array<{ id: string; doc: Record<string, unknown> }> };
  const { _rev: _r, ...shape } = all.rows.find((r) => r.id.startsWith('quote:'))!.doc as { _rev: string; record: Record<string, unknown> };
  const hlc = `${Date.now()}-0000-zz`;
  const forged = (id: string, record: Record<string, unknown>) => ({ ...shape, _id: `quote:${id}`, hlc, record: { ...shape.record, id, ...record } });
  const docs = [
    forged('payload', { text: `The budget is final ${IMG}`, speaker: `<b onmouseover="${PWN}">Mallory</b>`, speakerTitle: IMG, personId: null }),
    forged('script-url', { sourceUrl: `javascript:${PWN}` }),
    forged('huge', { paragraph: 'x'.repeat(10 * 1024 * 1024) }),
  ];
  expect((await fetch(`${db}/_bulk_docs`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ docs }) })).ok).toBe(true);

  await pointAt(b.page, couch.url, 'rules-payload');
  const status = await syncNow(b.page);
  // The round finished; what it left out is the reader's to know, in plain words.
  expect(status.lastError).toMatch(/^2 documents from the server failed the checks and were left out/);
  expect(status.skipped).toBe(2);
  expect(status.problems.join('\n')).toMatch(/not an http\(s\) or file URL/);
  expect(status.problems.join('\n')).toMatch(/longer than/);
  const ids = (await library(b.page)).quotes.map((q) => q.id).sort();
  expect(ids).toHaveLength(3);
  expect(ids).toContain('payload');

  const lib = await otherPage(b, 'src/library/index.html');
  const card = lib.locator('#quote-payload');
  await expect(card).toContainText(IMG);
  await expect(card).toContainText('Mallory</b>');
  expect(await lib.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await lib.locator('img[src="x"], [onerror], [onmouseover]').count()).toBe(0);
});

test('a revision storm from the server (300 concurrent versions of one quote) settles on one winner, the same on both profiles', async () => {
  const [a, b] = [await profiles.open(), await profiles.open()];
  await fillLibrary(a.page, 0, 1);
  for (const p of [a, b]) await pointAt(p.page, couch.url, 'rules-storm');
  await settle(a, b);
  const db = `${couch.url}/rules-storm`;
  const all = (await (await fetch(`${db}/_all_docs?include_docs=true`)).json()) as { rows: Array<{ id: string; doc: Record<string, unknown> }> };
  const { _rev: _r, ...shape } = all.rows.find((r) => r.id.startsWith('quote:'))!.doc as { _rev: string; record: Record<string, unknown> };
  const now = Date.now();
  const storm = Array.from({ length: 300 }, (_, i) => ({
    ...shape,
    _rev: `2-${i.toString(16).padStart(32, '0')}`,
    hlc: `${now}-${String(i % 10).padStart(4, '0')}-storm${i}`,
    record: { ...shape.record, speaker: `Storm ${i}` },
  }));
  const put = await fetch(`${db}/_bulk_docs`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ docs: storm, new_edits: false }),
  });
  expect(put.ok).toBe(true);
  await settle(b, a);
  const [la, lb] = [await library(a.page), await library(b.page)];
  expect(la.quotes).toHaveLength(1);
  // The latest stamp wins: counter 9, then the greatest device id among those ('storm99').
  expect(la.quotes[0]!.speaker).toBe('Storm 99');
  expect(lb).toEqual(la);
});
