/**
 * One tab's flood of library look-ups cannot starve another tab. Judged by order, not by a clock: while the
 * popup-sized flood (2,000 quotes' related statements against a 2,000-quote library) is still being answered,
 * an ordinary article opened in another tab gets its highlights. Before the fair queue, every look-up of a
 * flood started at once and the article waited behind all of them.
 */
import { test, expect } from './fixtures';
import { exportOf, freshArticle, pageQuoteOf } from '../../scripts/bench/library-fill';

test('a 2,000-quote flood of look-ups does not hold back another tab\'s highlights', async ({ context, server, openLibrary }) => {
  test.setTimeout(240_000);
  const lib = await openLibrary();
  const filled = (await lib.evaluate((data) => chrome.runtime.sendMessage({ type: 'importLibrary', payload: { data } }), exportOf(0, 2000))) as { ok: boolean };
  expect(filled.ok).toBe(true);
  // The flood, as a popup on a 3,000-quote page would send it if it asked for everything at once (in the
  // largest pages the background accepts), all in flight together.
  const quotes = Array.from({ length: 40 }, (_, a) => freshArticle(a)).flatMap((art, a) => Array.from({ length: 5 }, (_, k) => pageQuoteOf(art, { text: `${art.title} — point ${k}`, speaker: 'Ines Varga', title: null, personId: null, paragraph: `${art.title}: the council argued about the budget for the ${k}th time.` }, `q${a}-${k}`)));
  const batches = Array.from({ length: 40 }, (_, i) => Array.from({ length: 50 }, (_, j) => ({ ...quotes[(i * 50 + j) % quotes.length]!, text: `${quotes[(i * 50 + j) % quotes.length]!.text} (${i}-${j})` })));
  const flood = lib.evaluate(async (all) => {
    const replies = await Promise.all(all.map((quotes) => chrome.runtime.sendMessage({ type: 'lookupQuotes', payload: { quotes } })));
    return { at: Date.now(), ok: replies.every((r) => (r as { ok: boolean }).ok) };
  }, batches);
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
