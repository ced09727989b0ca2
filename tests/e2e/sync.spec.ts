/**
 * Library sync in real Chromium: two browser profiles (each its own IndexedDB library and PouchDB mirror
 * in the extension's service worker) and one CouchDB-compatible server (express-pouchdb, in this process
 * on 127.0.0.1). The build is dist/chrome-sync-test (`npm run build:sync-test`): the host permission for
 * 127.0.0.1 is in its manifest, as if the reader had allowed the server, because Playwright cannot
 * answer the browser's permission prompt.
 */
import { expect, test } from '@playwright/test';
import type { SyncStatus } from '../../src/shared/sync-config';
import { exportOf, fillLibrary, send } from '../../scripts/bench/library-fill';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { createProfiles, library, syncNow } from './support/sync-profiles';

const PER_PROFILE = Number(process.env.SYNC_E2E_QUOTES ?? 500);

let server: CouchServer;
const profiles = createProfiles();
const profile = () => profiles.open();

test.beforeAll(async () => {
  server = await startCouchServer();
});
test.afterAll(async () => {
  await profiles.closeAll();
  await server.stop();
});

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test('two profiles save 500 quotes each, converge, settle a speaker conflict, and queue changes while the server is down', async () => {
  const [a, b] = [await profile(), await profile()];
  await fillLibrary(a.page, 0, PER_PROFILE);
  await fillLibrary(b.page, PER_PROFILE, 2 * PER_PROFILE);
  for (const p of [a, b]) await send(p.page, 'setSyncSettings', { url: server.url, database: 'e2e-shared', username: '', password: '' });
  for (const p of [a, b, a]) expect((await syncNow(p.page)).lastError).toBeNull();

  const [la, lb] = [await library(a.page), await library(b.page)];
  expect(la.quotes).toHaveLength(2 * PER_PROFILE);
  expect(lb).toEqual(la);
  const ids = new Set(exportOf(0, 2 * PER_PROFILE).quotes.map((q) => q.id));
  expect(new Set(la.quotes.map((q) => q.id))).toEqual(ids);

  // Both edit the same quote's speaker before syncing: the later edit (B's) wins on both.
  const id = la.quotes[0]!.id;
  await send(a.page, 'setQuoteSpeaker', { id, name: 'Ann Early', title: null });
  await new Promise((r) => setTimeout(r, 20));
  await send(b.page, 'setQuoteSpeaker', { id, name: 'Bea Later', title: null });
  for (const p of [a, b, a, b]) await syncNow(p.page);
  const [ca, cb] = [await library(a.page), await library(b.page)];
  expect(ca.quotes.find((q) => q.id === id)?.speaker).toBe('Bea Later');
  expect(cb).toEqual(ca);
  expect(await send<SyncStatus>(a.page, 'getSyncStatus', null)).toMatchObject({ lastError: null, pending: 0 });

  // The losing speaker stays visible in the quote's history on the library page, as text.
  const page = await a.b.context.newPage();
  await page.goto(`chrome-extension://${a.b.extensionId}/src/library/index.html`);
  // The winning speaker is this quote's alone.
  await page.getByLabel('Speaker', { exact: true }).fill('Bea Later');
  const card = page.locator(`#quote-${id}`);
  await card.getByTestId('quote-history').locator('summary').click();
  await expect(card.getByTestId('quote-history')).toContainText('speaker: Ann Early');

  // The server goes away: the change waits, the status says why in plain words, and the badge shows it.
  await server.stop();
  await send(a.page, 'setQuoteSpeaker', { id, name: 'Cid Offline', title: null });
  const down = await syncNow(a.page);
  expect(down.lastError).toMatch(/could not be reached/);
  expect(down.pending).toBeGreaterThan(0);
  expect(await a.b.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  expect((await library(a.page)).quotes.find((q) => q.id === id)?.speaker).toBe('Cid Offline');
});

test('the service worker stopped mid-sync: the next round finishes, nothing lost or duplicated', async () => {
  const own = await startCouchServer();
  try {
    const [a, b] = [await profile(), await profile()];
    await fillLibrary(a.page, 0, PER_PROFILE);
    const settings = { url: own.url, database: 'e2e-stopped', username: '', password: '' };
    // Saving the settings starts a round in the worker; it is stopped while that round runs.
    await send(a.page, 'setSyncSettings', settings);
    await new Promise((r) => setTimeout(r, 150));
    // Chromium's own page for service workers, as a developer would stop one.
    const internals = await a.b.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    await internals.getByText('Stop', { exact: true }).first().click();
    await expect(internals.locator('body')).toContainText(/Running Status:\s*STOPP(ED|ING)/);
    // A new extension page wakes the worker; its rounds pick up where the last one stopped.
    const again = await a.b.context.newPage();
    await again.goto(`chrome-extension://${a.b.extensionId}/src/library/index.html`);
    await expect.poll(async () => (await syncNow(again)).pending, { timeout: 60_000 }).toBe(0);
    await send(b.page, 'setSyncSettings', settings);
    await syncNow(b.page);
    const [la, lb] = [await library(again), await library(b.page)];
    expect(la.quotes).toHaveLength(PER_PROFILE);
    expect(lb).toEqual(la);
    const server = (await (await fetch(`${own.url}/e2e-stopped`)).json()) as { doc_count: number };
    expect(server.doc_count).toBe(la.quotes.length + la.people.length + la.sources.length);
  } finally {
    await own.stop();
  }
});

test("server changes taken in repaint the other profile's open library page, without a reload", async () => {
  const own = await startCouchServer();
  try {
    const [a, b] = [await profile(), await profile()];
    await fillLibrary(a.page, 0, 3);
    const settings = { url: own.url, database: 'e2e-repaint', username: '', password: '' };
    for (const p of [a, b]) await send(p.page, 'setSyncSettings', settings);
    for (const p of [a, b]) expect((await syncNow(p.page)).lastError).toBeNull();
    // B's page loaded while B's library was empty and is never reloaded: B's first round filled it.
    const quotes = b.page.getByTestId('library-quote');
    await expect(quotes).toHaveCount(3);
    const { quotes: held } = await library(a.page);
    await send(a.page, 'setQuoteSpeaker', { id: held[0]!.id, name: 'Odile Farrant', title: null });
    expect((await syncNow(a.page)).lastError).toBeNull();
    // The round runs in B's worker (asked from another page, as the alarm would); B's library page repaints.
    const other = await b.b.context.newPage();
    await other.goto(`chrome-extension://${b.b.extensionId}/src/settings/index.html`);
    expect((await syncNow(other)).lastError).toBeNull();
    await expect(b.page.locator(`#quote-${held[0]!.id}`)).toContainText('Odile Farrant');
  } finally {
    await own.stop();
  }
});
