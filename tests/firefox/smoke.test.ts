import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../support/firefox';
import { startStaticServer, type StaticServer } from '../support/static-server';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer('tests/fixtures');
  ({ browser } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('firefox: the content script reads the article and highlights its quote and official', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.waitForFunction(() => CSS.highlights.has('onrecord-quote'), { timeout: 20_000 });
  const texts = await page.evaluate(() => ({
    quotes: [...(CSS.highlights.get('onrecord-quote') as Highlight)].map((r) => r.toString()),
    officials: [...(CSS.highlights.get('onrecord-official') as Highlight)].map((r) => r.toString()),
  }));
  expect(texts.quotes).toEqual(['“This budget keeps the port open and the ferries running,”']);
  expect(texts.officials).toEqual(['Ines Varga', 'Varga']);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});
