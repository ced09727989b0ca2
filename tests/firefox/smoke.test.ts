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

test('firefox: only a real hover opens the card, a fixed-size frame the page cannot see into', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await page.waitForFunction(() => CSS.highlights.has('onrecord-quote'), { timeout: 20_000 });
  const box = (await page.evaluate(`(() => {
    const rect = [...CSS.highlights.get('onrecord-quote')][0].getClientRects()[0];
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  })()`)) as { x: number; y: number };
  // The page's own synthetic events over the quote open nothing.
  await page.evaluate(
    (x: number, y: number) => {
      for (let i = 0; i < 10; i++) document.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y }));
    },
    box.x,
    box.y,
  );
  await new Promise((r) => setTimeout(r, 800));
  expect(await page.evaluate(() => document.querySelector('onrecord-card') === null)).toBe(true);
  // A real pointer does: the host is shown below the quote, at the card's fixed size, its root closed.
  await page.mouse.move(box.x, box.y + 200);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await page.waitForFunction(
    () => {
      const host = document.querySelector('onrecord-card') as HTMLElement | null;
      return host !== null && host.shadowRoot === null && getComputedStyle(host).display === 'block';
    },
    { timeout: 10_000 },
  );
  const card = (await page.evaluate(
    `(() => { const r = document.querySelector('onrecord-card').getBoundingClientRect(); return { width: r.width, height: r.height, top: r.top }; })()`,
  )) as { width: number; height: number; top: number };
  expect(card.top).toBeGreaterThan(box.y);
  expect({ width: card.width, height: card.height }).toEqual({ width: 360, height: 236 });
  // Without IntersectionObserver v2 the card offers no click-to-save; the page's registry holds no saved state.
  expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(['onrecord-official', 'onrecord-quote']);
});
