/**
 * The extension's own pages in Firefox, as a reader uses them: the popup lists the page's quote with its
 * speaker, saves it by keyboard and removes it with Undo; the library then shows it with its headline and
 * link, and its search finds it. Chromium covers the same in depth (tests/e2e); this checks Firefox's
 * messaging, storage and rendering of the same pages.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../support/firefox';
import { startStaticServer, type StaticServer } from '../support/static-server';

let browser: Browser;
let baseUrl: string;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer('tests/fixtures');
  ({ browser, baseUrl } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const QUOTE = 'This budget keeps the port open and the ferries running';

/** Polls `read` in the page until it returns `want` (a string compare keeps the page function simple). */
async function until(page: Page, read: () => unknown, want: unknown, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    // While a page loads its context may be replaced under the call: that is "not yet".
    last = await page.evaluate(read).catch((e: unknown) => `unreadable: ${String(e)}`);
    if (JSON.stringify(last) === JSON.stringify(want)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: got ${JSON.stringify(last)}, wanted ${JSON.stringify(want)}`);
}

/**
 * Opens one of the extension's pages. Puppeteer over BiDi never sees a navigation into a moz-extension page
 * finish in Firefox 140 ESR, though the page loads: the goto is left to time out unheard, and the page's own
 * location and readiness are what is waited for.
 */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${baseUrl}${path}`;
  void page.goto(url, { timeout: 5_000 }).catch(() => null);
  await until(page, () => [location.href, document.readyState], [url, 'complete']);
  return page;
}

async function openArticle(): Promise<{ article: Page; tabId: number; library: Page }> {
  const article = await browser.newPage();
  await article.goto(server.url('/basic/foundation.html'));
  await article.waitForFunction(() => CSS.highlights.has('onrecord-quote'), { timeout: 20_000 });
  const library = await openExtensionPage('src/library/index.html');
  const url = article.url();
  // The popup names its tab with ?tabId= when it is opened as a page; the library page can ask the tabs API.
  const tabId = (await library.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url)) as number;
  expect(tabId).toBeGreaterThan(0);
  return { article, tabId, library };
}

const rowState = () => {
  const row = document.querySelector('[data-testid="page-quote"]');
  const button = row?.querySelector('button[aria-pressed]');
  return {
    speaker: row?.querySelector('.speaker')?.textContent?.trim() ?? null,
    checking: row?.querySelector('.checking') !== null,
    pressed: button?.getAttribute('aria-pressed') ?? null,
  };
};

test('firefox popup: the quote with its speaker, saved by keyboard, removed, and back with Undo', async () => {
  const { tabId } = await openArticle();
  const popup = await openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
  await until(popup, () => document.querySelectorAll('[data-testid="page-quote"]').length, 1);
  await until(popup, rowState, { speaker: 'Ines Varga · Mayor', checking: false, pressed: 'false' });
  expect(await popup.$eval('[data-testid="page-quote"] blockquote', (b) => b.textContent)).toContain(QUOTE);

  // Keyboard only: the save button is named for its quote, focused and pressed with Enter.
  await popup.focus('[data-testid="page-quote"] button[aria-pressed]');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain('Ines Varga');
  await popup.keyboard.press('Enter');
  await until(popup, rowState, { speaker: 'Ines Varga · Mayor', checking: false, pressed: 'true' });

  // Remove, then Undo: the quote is saved again.
  await popup.click('[data-testid="page-quote"] button[aria-pressed="true"]');
  await popup.waitForSelector('[data-testid="popup-undo"] button', { timeout: 10_000 });
  expect((await popup.evaluate(rowState)).pressed).toBe('false');
  await popup.click('[data-testid="popup-undo"] button');
  await until(popup, rowState, { speaker: 'Ines Varga · Mayor', checking: false, pressed: 'true' });
  await popup.close();
});

// Reads what the popup test saved: the two run in order, in one browser profile.
test('firefox library: the saved quote with its headline and link; search finds it and says when nothing matches', async () => {
  const { library } = await openArticle();
  const card = () => {
    const q = [...document.querySelectorAll('[data-testid="library-quote"]')].find((li) => li.querySelector('blockquote')?.textContent?.includes('ferries'));
    const link = q?.querySelector('a.headline') as HTMLAnchorElement | null | undefined;
    return q ? { headline: link?.textContent?.trim() ?? null, href: link ? new URL(link.href).pathname : null } : null;
  };
  await until(library, card, { headline: 'Council Approves Harbour Budget After Late Vote', href: '/basic/foundation.html' });

  await library.type('[data-testid="search-text"]', 'ferries running');
  await until(library, () => [...document.querySelectorAll('[data-testid="library-quote"] blockquote')].length, 1);
  await library.$eval('[data-testid="search-text"]', (el) => {
    const box = el as HTMLInputElement;
    box.value = 'zeppelin';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await until(library, () => document.querySelectorAll('[data-testid="library-quote"]').length, 0);
  expect(await library.evaluate(() => document.querySelector('.empty')?.textContent?.length ?? 0)).toBeGreaterThan(0);
});
