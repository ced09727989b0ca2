/** Nothing is lost: concurrent tabs, a stopped service worker, a browser restart, a crash mid-transaction. */
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium';
import { test, expect } from './fixtures';
import { readLibraryScript, saveRequest } from './support/saves';
import { clickInCard, hoverQuote, readCard } from './support/card';

interface Library {
  quotes: Array<{ id: string; personId: string | null; sourceUrls: string[] }>;
  people: Array<{ id: string }>;
  sources: Array<{ url: string }>;
  stats: Array<{ key: string; df: number }>;
}
const readLibrary = (page: Page) => page.evaluate(readLibraryScript) as Promise<Library>;

/** Every quote's person and pages exist, and the quote count kept with the statistics matches. */
function expectConsistent(lib: Library) {
  const people = new Set(lib.people.map((p) => p.id));
  const sources = new Set(lib.sources.map((s) => s.url));
  for (const q of lib.quotes) {
    if (q.personId) expect(people.has(q.personId)).toBe(true);
    for (const u of q.sourceUrls) expect(sources.has(u)).toBe(true);
  }
  expect(lib.stats.find((s) => s.key === '__docs')?.df ?? 0).toBe(lib.quotes.length);
}

test('five tabs saving at once, 1,000 saves in all: every one is stored', async ({ openLibrary }) => {
  const tabs = await Promise.all(Array.from({ length: 5 }, () => openLibrary()));
  const replies = await Promise.all(
    tabs.map((tab, t) =>
      tab.evaluate(
        async (requests) => Promise.all(requests.map((payload) => chrome.runtime.sendMessage({ type: 'saveQuote', payload }))),
        Array.from({ length: 200 }, (_, i) => saveRequest(t * 200 + i)),
      ),
    ),
  );
  expect(replies.flat().filter((r) => (r as { ok: boolean }).ok)).toHaveLength(1000);
  const lib = await readLibrary(tabs[0]!);
  expect(lib.quotes).toHaveLength(1000);
  expectConsistent(lib);
});

test('the service worker is stopped mid-session: nothing saved is lost and saving goes on', async ({ context, openLibrary }) => {
  const page = await openLibrary();
  for (let i = 0; i < 20; i++) await page.evaluate((payload) => chrome.runtime.sendMessage({ type: 'saveQuote', payload }), saveRequest(i));
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const after = await page.evaluate((payload) => chrome.runtime.sendMessage({ type: 'saveQuote', payload }), saveRequest(20));
  expect(after).toMatchObject({ ok: true });
  const lib = await readLibrary(page);
  expect(lib.quotes).toHaveLength(21);
  expectConsistent(lib);
});

test('a save in flight when the service worker stops is retried, never silently dropped', async ({ context, server, openLibrary }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toContain('Save');
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await clickInCard(page, 'save');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Either the first attempt committed or the retry did; the card says Saved, or says why not.
  await expect.poll(() => readCard(page), { timeout: 10_000 }).toMatch(/Saved|Not saved/);
  const card = await readCard(page);
  // Read the library from an extension page: the stopped worker's handle is gone.
  const stored = await readLibrary(await openLibrary());
  if (card?.includes('Saved')) expect(stored.quotes).toHaveLength(1);
  else expect(card).toMatch(/Not saved: .+/);
});

test('the browser restarts with the same profile: nothing is lost', async () => {
  const first = await launchWithExtension();
  const page = await first.context.newPage();
  await page.goto(`chrome-extension://${first.extensionId}/src/library/index.html`);
  for (let i = 0; i < 30; i++) await page.evaluate((payload) => chrome.runtime.sendMessage({ type: 'saveQuote', payload }), saveRequest(i));
  const before = await readLibrary(page);
  await first.context.close();
  const again = await launchWithExtension({ profileDir: first.profileDir });
  const reopened = await again.context.newPage();
  await reopened.goto(`chrome-extension://${again.extensionId}/src/library/index.html`);
  const after = await readLibrary(reopened);
  expect(after.quotes.map((q) => q.id).sort()).toEqual(before.quotes.map((q) => q.id).sort());
  expect(after.quotes).toHaveLength(30);
  await again.context.close();
});

test('a browser crash mid-transaction leaves a consistent library', async () => {
  const first = await launchWithExtension();
  const page = await first.context.newPage();
  await page.goto(`chrome-extension://${first.extensionId}/src/library/index.html`);
  await page.evaluate(
    (requests) => {
      for (const payload of requests) void chrome.runtime.sendMessage({ type: 'saveQuote', payload });
    },
    Array.from({ length: 300 }, (_, i) => saveRequest(i)),
  );
  await page.waitForTimeout(150);
  await first.context.close(); // the crash: everything in flight is cut off
  const again = await launchWithExtension({ profileDir: first.profileDir });
  const reopened = await again.context.newPage();
  await reopened.goto(`chrome-extension://${again.extensionId}/src/library/index.html`);
  const lib = await readLibrary(reopened);
  expect(lib.quotes.length).toBeGreaterThan(0);
  expectConsistent(lib);
  // The library still works after the crash.
  expect(await reopened.evaluate((payload) => chrome.runtime.sendMessage({ type: 'saveQuote', payload }), saveRequest(999))).toMatchObject({ ok: true });
  await again.context.close();
});

test('the popup closes in the middle of a save: the save still completes', async ({ context, server, worker, openPopup }) => {
  // Saved marks on the page are the reader's opt-in (they are visible to the page's scripts).
  await worker.evaluate(() => chrome.storage.local.set({ preferences: { markSaved: true } }));
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  const popup = await openPopup(page);
  await popup.getByTestId('page-quote').first().getByRole('button', { name: 'Save' }).click({ noWaitAfter: true });
  await popup.close();
  await expect.poll(async () => ((await worker.evaluate(readLibraryScript)) as Library).quotes.length).toBe(1);
  await expect.poll(() => page.evaluate(`[...(CSS.highlights.get('onrecord-saved') ?? [])].length`)).toBe(1);
});
