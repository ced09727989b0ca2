import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
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

test('firefox: the content script reads the article and the background keeps its summary', async () => {
  const page = await browser.newPage();
  const articleUrl = server.url('/basic/foundation.html');
  await page.goto(articleUrl);
  const extPage = await browser.newPage();
  await extPage.goto(`${baseUrl}src/library/index.html`);
  // Ask the background, as an extension page, for every tab's summary until the article's arrives.
  const summary = await extPage.evaluate(async (url: string) => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    for (let i = 0; i < 100; i++) {
      for (const tab of await b.tabs.query({})) {
        const reply = (await b.runtime.sendMessage({ type: 'getTabSummary', payload: { tabId: tab.id } })) as {
          ok: boolean;
          value: { url: string; paragraphCount: number } | null;
        };
        if (reply.ok && reply.value?.url === url) return reply.value;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, articleUrl);
  expect(summary).toMatchObject({ url: articleUrl, paragraphCount: 6 });
});
