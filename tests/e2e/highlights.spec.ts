import { test, expect } from './fixtures';

test('quotes and officials are highlighted through the Custom Highlight API, without touching the DOM', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  const texts = await page.evaluate(() => ({
    quotes: [...(CSS.highlights.get('onrecord-quote') as Highlight)].map((r) => r.toString()),
    officials: [...(CSS.highlights.get('onrecord-official') as Highlight)].map((r) => r.toString()),
  }));
  expect(texts.quotes).toEqual(['“This budget keeps the port open and the ferries running,”']);
  expect(texts.officials).toEqual(['Ines Varga', 'Varga']);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});
