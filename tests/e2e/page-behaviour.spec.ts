/** Badge, per-site switch, keyboard commands, official cards, live pages and client-side navigation. */
import type { Page } from '@playwright/test';
import { tabQuotes } from '../support/as-popup';
import { test, expect } from './fixtures';
import { highlightTexts, hoverOfficial, readCard } from './support/card';

const ready = (page: Page) => expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);

test('the toolbar badge shows how many quotes the page has', async ({ context, server, worker, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/pages/capital-ledger-ceasefire-talks.html'));
  await ready(page);
  const tabId = await tabIdOf(page);
  const quotes = (await highlightTexts(page, 'onrecord-quote')).length;
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(quotes));
});

test('switching OnRecord off for a site clears it there and is remembered', async ({ context, server, worker, openPopup, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await ready(page);
  const tabId = await tabIdOf(page);
  const popup = await openPopup(page);
  await popup.getByTestId('site-toggle').uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  // After the reload, wait for the content script's own word that it is off (its empty summary), not a clock.
  const reloadedAt = await worker.evaluate(() => Date.now());
  await page.reload();
  const summary = (id: number) =>
    worker.evaluate(
      async (t) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] as { updatedAt: number; quoteCount: number; paragraphCount: number } | undefined,
      id,
    );
  await expect.poll(async () => ((await summary(tabId))?.updatedAt ?? 0) > reloadedAt, { timeout: 15_000 }).toBe(true);
  expect(await summary(tabId)).toMatchObject({ quoteCount: 0, paragraphCount: 0 });
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await popup.reload();
  await expect(popup.getByTestId('site-toggle')).not.toBeChecked();
  await popup.getByTestId('site-toggle').check();
  await ready(page);
});

test('keyboard commands reach the next quote, open its card and save it', async ({ context, server, worker, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/pages/capital-ledger-ceasefire-talks.html'));
  await ready(page);
  const tabId = await tabIdOf(page);
  // What the background does on the "next-quote" and "save-focused-quote" commands.
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focusNextQuote', payload: null }), tabId);
  await expect.poll(() => readCard(page)).toContain('The door to dialogue remains open');
  expect((await highlightTexts(page, 'onrecord-focus'))[0]).toContain('The door to dialogue');
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'focusNextQuote', payload: null }), tabId);
  await expect.poll(() => readCard(page)).toContain('Nobody should mistake a pause');
  const saved = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'saveFocusedQuote', payload: null }), tabId);
  expect(saved).toMatchObject({ ok: true, value: { created: true } });
  await expect.poll(() => readCard(page)).toContain('Saved');
});

test('hovering an official shows their name, title and saved statements', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(server.url('/pages/capital-ledger-ceasefire-talks.html'));
  await ready(page);
  await hoverOfficial(page, 'Maria Alvarez');
  await expect.poll(() => readCard(page)).toMatch(/Maria Alvarez Secretary of State .*0 saved statements/);
});

test('a live page: new entries are read as they arrive', async ({ context, server, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(server.url('/pages/briefing-room-live-wildfire.html'));
  await ready(page);
  const tabId = await tabIdOf(page);
  const count = async () => (await tabQuotes(context, tabId)).total;
  const first = await count();
  await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(first);
});

test('a page that never stops changing costs bounded work', async ({ context, server, worker }) => {
  server.routes.set('/ticker.html', {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html><body><div id="ticker"></div><article><h1>Markets</h1>
<p>“Rates will stay where they are,” said Governor Ana Ruiz of the central bank.</p><p id="live">0</p></article>
<script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = 'Index ' + (++n); document.getElementById('live').textContent = 'Update ' + n; }, 50);</script></body></html>`,
  });
  await worker.evaluate(() => {
    (globalThis as unknown as { scans: number }).scans = 0;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('tab:'))) (globalThis as unknown as { scans: number }).scans++;
    });
  });
  const page = await context.newPage();
  await page.goto(server.url('/ticker.html'));
  await ready(page);
  await page.waitForTimeout(6000);
  const scans = await worker.evaluate(() => (globalThis as unknown as { scans: number }).scans);
  // 120 changes inside the article in 6 s; re-reading is debounced and held to one per two seconds.
  expect(scans).toBeGreaterThanOrEqual(2);
  expect(scans).toBeLessThanOrEqual(5);
});

test('a live change re-reads only what changed: no engine call without new text, and untouched quotes keep their ranges', async ({
  context,
  server,
  worker,
}) => {
  server.routes.set('/live-diff.html', {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html><body><article><h1>Budget night</h1>
<p id="one">“We will not raise the levy,” said Finance Minister Lena Sorensen on Tuesday.</p>
<p id="two">“The numbers do not add up,” said Sen. Paul Okafor, who leads the opposition.</p></article></body></html>`,
  });
  await worker.evaluate(() => {
    (globalThis as unknown as { scans: number }).scans = 0;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('tab:'))) (globalThis as unknown as { scans: number }).scans++;
    });
  });
  const scans = () => worker.evaluate(() => (globalThis as unknown as { scans: number }).scans);
  const page = await context.newPage();
  await page.goto(server.url('/live-diff.html'));
  await ready(page);
  await expect.poll(scans).toBe(1);
  // Keep the first quote's Range from the page's own view of the highlight, to compare identities later.
  await page.evaluate(`window.__first = [...CSS.highlights.get('onrecord-quote')].find((r) => r.toString().includes('levy'))`);
  // Changes inside the article that add no article text: an ad rail, an attribute, a comment.
  await page.evaluate(`(() => {
    const a = document.querySelector('article');
    const rail = document.createElement('aside'); rail.className = 'related-links'; rail.textContent = 'Read more: “Other stories,” said nobody.';
    a.appendChild(rail); a.setAttribute('data-x', '1'); a.appendChild(document.createComment('ad slot'));
  })()`);
  await page.waitForTimeout(1500);
  expect(await scans()).toBe(1);
  // A real change in one block: the engine reads again, the other block keeps its very Range.
  await page.evaluate(`document.getElementById('two').textContent = '“The sums are wrong,” said Sen. Paul Okafor, who leads the opposition.'`);
  await expect.poll(async () => (await highlightTexts(page, 'onrecord-quote')).join(' | '), { timeout: 8000 }).toContain('The sums are wrong');
  expect(await scans()).toBe(2);
  expect(await page.evaluate(`[...CSS.highlights.get('onrecord-quote')].includes(window.__first)`)).toBe(true);
});

test('client-side navigation (pushState) triggers a fresh analysis', async ({ context, server, worker }) => {
  server.routes.set('/spa.html', {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html><body><main><article id="a"><h1>First story</h1>
<p>“The bridge reopens on Monday,” Mayor Ines Varga said after the inspection.</p></article></main>
<button id="go">Next story</button>
<script>document.getElementById('go').onclick = () => {
  history.pushState({}, '', '/spa/second');
  const a = document.getElementById('a');
  a.replaceChildren();
  const h = document.createElement('h1'); h.textContent = 'Second story'; a.append(h);
  const p = document.createElement('p'); p.textContent = '“The budget is balanced for the first time in a decade,” said Finance Minister Jan Novak.'; a.append(p);
};</script></body></html>`,
  });
  const page = await context.newPage();
  await page.goto(server.url('/spa.html'));
  await ready(page);
  await page.click('#go');
  await expect.poll(async () => (await highlightTexts(page, 'onrecord-quote')).join(' '), { timeout: 8000 }).toContain('The budget is balanced');
  const summaries = await worker.evaluate(async () => Object.values(await chrome.storage.session.get(null)).map((s) => (s as { url: string }).url));
  expect(summaries.some((u) => u?.endsWith('/spa/second'))).toBe(true);
});
