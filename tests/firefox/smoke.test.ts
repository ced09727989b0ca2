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

test('firefox: hovering a quote opens the card, and Save stores it', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(server.url('/basic/foundation.html'));
  await page.waitForFunction(() => CSS.highlights.has('onrecord-quote'), { timeout: 20_000 });
  const box = (await page.evaluate(`(() => {
    const rect = [...CSS.highlights.get('onrecord-quote')][0].getClientRects()[0];
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  })()`)) as { x: number; y: number };
  await page.mouse.move(box.x, box.y + 200);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  // The card lives in a closed shadow root; the page sees only its host, placed below the quote.
  await page.waitForFunction(() => {
    const host = document.querySelector('onrecord-card') as HTMLElement | null;
    return host !== null && host.shadowRoot === null && getComputedStyle(host).display === 'block';
  }, { timeout: 10_000 });
  const card = (await page.evaluate(`(() => { const r = document.querySelector('onrecord-card').getBoundingClientRect(); return { right: r.right, bottom: r.bottom, top: r.top }; })()`)) as { right: number; bottom: number; top: number };
  expect(card.top).toBeGreaterThan(box.y);
  // Save sits at the card's bottom-right corner (the card's own closed styles fix its place).
  await page.mouse.click(card.right - 57, card.bottom - 28);
  await page.waitForFunction(() => CSS.highlights.has('onrecord-saved') && [...(CSS.highlights.get('onrecord-saved') as Highlight)].length === 1, { timeout: 10_000 });
  const saved = (await page.evaluate(`[...CSS.highlights.get('onrecord-saved')].map((r) => r.toString())`)) as string[];
  expect(saved[0]).toContain('This budget keeps the port open');
});
