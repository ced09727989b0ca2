/**
 * One tab's flood of library look-ups cannot starve another tab. Judged by order, not by a clock: while the
 * flood (all 3,000 quotes of a page asked about at once, in the largest pages the background accepts,
 * against a 2,000-quote library) is still being answered, an ordinary article opened in another tab gets its
 * highlights. Before the fair queue, every look-up of a flood started at once and the article waited behind all.
 */
import { test, expect } from './fixtures';
import { exportOf } from '../../scripts/bench/library-fill';
import { tabQuotes } from '../support/as-popup';
import { quotePage } from '../support/flood-page';

test("a 3,000-quote flood of look-ups does not hold back another tab's highlights", async ({ context, server, openLibrary, tabIdOf }) => {
  test.setTimeout(300_000);
  server.routes.set('/flood/busy.html', { type: 'text/html; charset=utf-8', body: quotePage(3000) });
  const lib = await openLibrary();
  const filled = (await lib.evaluate((data) => chrome.runtime.sendMessage({ type: 'importLibrary', payload: { data } }), exportOf(0, 2000))) as { ok: boolean };
  expect(filled.ok).toBe(true);
  const busy = await context.newPage();
  await busy.goto(server.url('/flood/busy.html'));
  await expect.poll(() => busy.evaluate(() => CSS.highlights.has('onrecord-quote')), { timeout: 120_000 }).toBe(true);
  const tabId = await tabIdOf(busy);
  const listed = await tabQuotes(context, tabId);
  expect(listed.total).toBe(3000);
  // The popup lists the first 500; a flood asks about those again and again, as if it wanted everything at once.
  const keys = Array.from({ length: 60 }, (_, i) => Array.from({ length: 50 }, (_, j) => listed.quotes[(i * 50 + j) % listed.quotes.length]!.key));
  const flood = lib.evaluate(
    async ({ tab, pages }) => {
      const replies = await Promise.all(pages.map((k) => chrome.runtime.sendMessage({ type: 'lookupTabQuotes', payload: { tabId: tab, keys: k } })));
      return { at: Date.now(), ok: replies.every((r) => (r as { ok: boolean }).ok) };
    },
    { tab: tabId, pages: keys },
  );
  // Another tab, opened while the flood is in flight.
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote')), { timeout: 120_000 }).toBe(true);
  const highlightedAt = Date.now();
  const done = await flood;
  expect(done.ok).toBe(true);
  // The article was read while the flood was still being answered.
  expect(highlightedAt).toBeLessThan(done.at);
});
