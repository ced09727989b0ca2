/**
 * A hostile page against the hover card. The reader saved a statement on one site; a page on another site
 * quotes the same official and tries to (1) open the card with its own synthetic events, (2) learn what the
 * card shows from its size or from @font-face requests, (3) restyle the card's host, (4) fade the card out
 * and have the reader click it, and (5) read saved state from the highlight registry.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { cardFrame, hoverQuote, readCard } from './support/card';
import { readLibraryScript, saveAllQuotes } from './support/saves';
import { FIRST, FOREIGN, HOSTILE } from './support/card-attack-pages';

let other: StaticServer;
const traps: string[] = [];

test.beforeAll(async () => {
  other = await startStaticServer('tests/fixtures');
  other.routes.set('/hostile/card.html', { type: 'text/html; charset=utf-8', body: HOSTILE });
});
test.afterAll(async () => other?.close());

async function saveFirst(page: Page, url: string, tabIdOf: (p: Page) => Promise<number>): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  expect(await saveAllQuotes(page.context(), await tabIdOf(page))).toBe(1);
  await page.close();
}

async function openHostile(page: Page): Promise<void> {
  traps.length = 0;
  await page.route('**/trap/**', (route) => {
    traps.push(route.request().url());
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(other.url('/hostile/card.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
}

const libraryQuotes = async (worker: Worker, openLibrary: () => Promise<Page>) => {
  const lib = await openLibrary();
  const all = (await lib.evaluate(readLibraryScript)) as { quotes: Array<{ text: string }> };
  await lib.close();
  void worker;
  return all.quotes.map((q) => q.text);
};

test("the page's synthetic pointer events never open a card", async ({ context, server, tabIdOf }) => {
  server.routes.set('/first/port.html', { type: 'text/html; charset=utf-8', body: FIRST });
  await saveFirst(await context.newPage(), server.url('/first/port.html'), tabIdOf);
  const page = await context.newPage();
  await openHostile(page);
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => (window as unknown as { __synth: () => void }).__synth());
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(600);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((s) => s !== 'none')).toEqual([]);
  expect(await readCard(page)).toBeNull();
});

test('a hostile page sees a card of fixed size and none of its text, and cannot restyle it', async ({ context, server, tabIdOf }) => {
  server.routes.set('/first/port.html', { type: 'text/html; charset=utf-8', body: FIRST });
  await saveFirst(await context.newPage(), server.url('/first/port.html'), tabIdOf);
  const page = await context.newPage();
  await openHostile(page);
  const sizes: string[] = [];
  // The official's quote has a related statement saved on the other site; the resident's has none.
  for (const index of [0, 1]) {
    // Away from the last card first: it may cover the next quote.
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    await hoverQuote(page, index);
    await expect.poll(() => readCard(page)).toContain(index === 0 ? 'We will talk about dredging' : 'Nothing in the harbour');
    if (index === 0) await expect.poll(() => readCard(page), { timeout: 10_000 }).toContain(FOREIGN.slice(0, 30));
    await page.waitForTimeout(300);
    const host = page.locator('onrecord-card');
    const style = await host.evaluate((h) => {
      const s = getComputedStyle(h);
      return { opacity: s.opacity, transform: s.transform, filter: s.filter, width: s.width, height: s.height };
    });
    expect(style).toEqual({ opacity: '1', transform: 'none', filter: 'none', width: '360px', height: '236px' });
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.filter((s) => s !== 'none').at(-1));
    sizes.push(seen ?? '');
  }
  // What the page can measure is the same whether the library held something related or not.
  expect(sizes).toEqual(['block 360x236', 'block 360x236']);
  // The card drew the foreign statement, and not one of the page's font traps was asked for.
  expect(traps).toEqual([]);
});

test('a click on a card the page has faded out saves nothing', async ({ context, server, worker, tabIdOf, openLibrary }) => {
  server.routes.set('/first/port.html', { type: 'text/html; charset=utf-8', body: FIRST });
  await saveFirst(await context.newPage(), server.url('/first/port.html'), tabIdOf);
  const before = await libraryQuotes(worker, openLibrary);
  const page = await context.newPage();
  await openHostile(page);
  await page.evaluate(() => ((window as unknown as { __fade: boolean }).__fade = true));
  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toContain('Save');
  await page.waitForTimeout(1200); // longer than the card's visibility wait
  const box = await cardFrame(page)!.locator('button.save').boundingBox();
  expect(box).not.toBeNull();
  // The reader clicks where the page's invisible "Continue reading" lures them: on the faded card's Save.
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.waitForTimeout(800);
  expect(await libraryQuotes(worker, openLibrary)).toEqual(before);
  // The main world's highlight registry says nothing about saved state.
  expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(['onrecord-official', 'onrecord-quote']);
});

test('on an ordinary page the same click saves, and the page cannot tell', async ({ context, server, worker, openLibrary }) => {
  const page = await context.newPage();
  server.routes.set('/first/port.html', { type: 'text/html; charset=utf-8', body: FIRST });
  await page.goto(server.url('/first/port.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toContain('Save');
  await cardFrame(page)!.locator('button.save').click({ timeout: 10_000 });
  await expect.poll(() => readCard(page)).toContain('Saved');
  expect((await libraryQuotes(worker, openLibrary)).some((t) => t.includes(FOREIGN))).toBe(true);
  expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(['onrecord-official', 'onrecord-quote']);
});

test("the card page cannot be probed at the extension's fixed address, only at its per-session one", async ({ context, server, worker, extensionId }) => {
  const page = await context.newPage();
  server.routes.set('/first/port.html', { type: 'text/html; charset=utf-8', body: FIRST });
  await page.goto(server.url('/first/port.html'));
  const probe = (url: string) =>
    page.evaluate(
      async (u) =>
        fetch(u).then(
          (r) => `fetched ${r.status}`,
          () => 'blocked',
        ),
      url,
    );
  expect(await probe(`chrome-extension://${extensionId}/src/card/index.html`)).toBe('blocked');
  expect(await probe(`chrome-extension://${extensionId}/src/popup/index.html`)).toBe('blocked');
  // The address the frame really uses differs from the fixed one (use_dynamic_url).
  const dynamic = await worker.evaluate(() => chrome.runtime.getURL('src/card/index.html'));
  expect(new URL(dynamic).host).not.toBe(extensionId);
});
