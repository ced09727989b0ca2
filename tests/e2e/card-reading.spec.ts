/**
 * The hover card as a reader meets it: it waits for the pointer to rest, it never covers the line being
 * read nor the two after it (also after scrolling), the keyboard moves focus into it and steps through the
 * page's quotes with "N of M", and an official's saved statements link to their library page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cardFrame, clickInCard, hoverOfficial, readCard } from './support/card';
import { saveAllQuotes } from './support/saves';

const PAGE = '/pages/capital-ledger-ceasefire-talks.html';
const ready = (page: Page) => expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
type Rect = { top: number; left: number; right: number; bottom: number };

/** In the page: when the trusted pointer last moved, and when the card's host was first shown after it. */
const WATCH = `(() => {
  window.__arrived = 0; window.__shown = 0;
  document.addEventListener('mousemove', (e) => { if (e.isTrusted) { window.__arrived = e.timeStamp; window.__shown = 0; } }, true);
  new MutationObserver(() => {
    const host = document.querySelector('onrecord-card');
    if (host && /display:block/.test(host.getAttribute('style').replace(/\\s/g, '')) && !window.__shown) window.__shown = performance.now();
  }).observe(document.documentElement, { subtree: true, attributes: true, childList: true });
})()`;

/** The n-th quote's `line`-th line box, scrolled to the viewport's `at` fraction; and the next two lines of text below it. */
const LINES = (index: number, line: number) => `(() => {
  const range = [...CSS.highlights.get('onrecord-quote')][${index}];
  const merge = (rects) => {
    const lines = [];
    for (const r of rects) {
      if (r.width === 0 || r.height === 0) continue;
      const mid = (r.top + r.bottom) / 2;
      const same = lines.find((l) => mid >= l.top && mid <= l.bottom);
      if (same) { same.left = Math.min(same.left, r.left); same.right = Math.max(same.right, r.right); same.top = Math.min(same.top, r.top); same.bottom = Math.max(same.bottom, r.bottom); }
      else lines.push({ top: r.top, left: r.left, right: r.right, bottom: r.bottom });
    }
    return lines.sort((a, b) => a.top - b.top);
  };
  const own = merge([...range.getClientRects()]);
  const hovered = own[Math.min(${line}, own.length - 1)];
  // Every line of text on the page, to find the two that follow the hovered one.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const rects = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    const r = document.createRange(); r.selectNodeContents(n);
    for (const b of r.getClientRects()) if (b.top >= hovered.bottom - 2 && b.top < hovered.bottom + 400) rects.push(b);
  }
  const next = merge(rects).filter((l) => l.top >= hovered.bottom - 2).slice(0, 2);
  return { hovered, next, point: { x: hovered.left + Math.min(20, (hovered.right - hovered.left) / 2), y: (hovered.top + hovered.bottom) / 2 } };
})()`;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const hostRect = (page: Page) => page.locator('onrecord-card').evaluate((h) => h.getBoundingClientRect().toJSON() as Rect);

async function hoverLine(page: Page, index: number, line: number, scrollTo: number) {
  await page.evaluate(
    `(() => { const r = [...CSS.highlights.get('onrecord-quote')][${index}]; window.scrollBy(0, r.getClientRects()[0].top - innerHeight * ${scrollTo}); })()`,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const at = (await page.evaluate(LINES(index, line))) as { hovered: Rect; next: Rect[]; point: { x: number; y: number } };
  await page.mouse.move(at.point.x + 300, at.point.y + 500);
  await page.mouse.move(at.point.x, at.point.y, { steps: 3 });
  return at;
}

test('the card waits for the pointer to rest, then opens, never covering the hovered line or the next two', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(server.url(PAGE));
  await ready(page);
  await page.evaluate(WATCH);
  const count = (await page.evaluate(`[...CSS.highlights.get('onrecord-quote')].length`)) as number;
  // Quotes near the top, middle and bottom of the viewport; the first line and a later one.
  const cases = [
    { index: 0, line: 0, scrollTo: 0.15 },
    { index: 1, line: 0, scrollTo: 0.5 },
    { index: 2, line: 1, scrollTo: 0.85 },
    { index: Math.min(3, count - 1), line: 0, scrollTo: 0.05 },
    { index: count - 1, line: 0, scrollTo: 0.6 },
  ];
  for (const c of cases) {
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    const at = await hoverLine(page, c.index, c.line, c.scrollTo);
    await expect.poll(() => readCard(page)).not.toBeNull();
    // The intent delay: shown no sooner than ~200 ms after the pointer came to rest (a lower bound, slowness only adds).
    const waited = (await page.evaluate('window.__shown - window.__arrived')) as number;
    expect(waited, `quote ${c.index}`).toBeGreaterThanOrEqual(180);
    const rect = await hostRect(page);
    for (const line of [at.hovered, ...at.next])
      expect(overlaps(rect, line), `quote ${c.index} line ${JSON.stringify(line)} card ${JSON.stringify(rect)}`).toBe(false);
    const view = page.viewportSize()!;
    expect(rect.top >= 0 && rect.left >= 0 && rect.bottom <= view.height && rect.right <= view.width).toBe(true);
  }
  // It follows scrolling, still clear of the hovered line.
  const at = await hoverLine(page, 1, 0, 0.55);
  await expect.poll(() => readCard(page)).not.toBeNull();
  await page.mouse.wheel(0, 60);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const moved = (await page.evaluate(LINES(1, 0))) as { hovered: Rect };
  expect(moved.hovered.top).toBeLessThan(at.hovered.top);
  if (await page.locator('onrecord-card').isVisible()) expect(overlaps(await hostRect(page), moved.hovered)).toBe(false);
});

test('keyboard only: the command moves focus into the card, which steps through the quotes as "N of M" and saves', async ({
  context,
  server,
  worker,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(server.url(PAGE));
  await ready(page);
  const tabId = await tabIdOf(page);
  const total = (await page.evaluate(`[...CSS.highlights.get('onrecord-quote')].length`)) as number;
  const command = (type: string) => worker.evaluate(([id, t]) => chrome.tabs.sendMessage(id as number, { type: t, payload: null }), [tabId, type] as const);
  await command('focusNextQuote');
  await expect.poll(() => readCard(page)).toContain(`1 of ${total}`);
  // Focus is in the card: the page sees only its host focused, the frame has Save focused.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('ONRECORD-CARD');
  await expect.poll(() => cardFrame(page)!.evaluate(() => document.activeElement?.className ?? '')).toMatch(/save|next/);
  // Arrow keys inside the card step; the previous-quote command steps back.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readCard(page)).toContain(`2 of ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readCard(page)).toContain(`3 of ${total}`);
  await command('focusPreviousQuote');
  await expect.poll(() => readCard(page)).toContain(`2 of ${total}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => readCard(page)).toContain(`${total} of ${total}`);
  expect(await page.evaluate(`[...(CSS.highlights.get('onrecord-focus') ?? [])].length`)).toBe(1);
  // The save command saves the quote stepped to, and the card, still open, says so.
  expect(await command('saveFocusedQuote')).toMatchObject({ ok: true, value: { created: true } });
  await expect.poll(() => readCard(page)).toContain('Saved');
  // Escape closes it from inside.
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
});

test("an official's saved statements link to that person's page in the library", async ({ context, server, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(server.url(PAGE));
  await ready(page);
  expect(await saveAllQuotes(context, await tabIdOf(page))).toBeGreaterThan(0);
  await hoverOfficial(page, 'Maria Alvarez');
  await expect.poll(() => readCard(page)).toMatch(/Maria Alvarez .*[1-9]\d* saved statements?/);
  const opened = context.waitForEvent('page');
  await clickInCard(page, 'person-link');
  const library = await opened;
  await library.waitForLoadState();
  expect(library.url()).toMatch(/\/src\/library\/index\.html#person=/);
  await expect(library.getByRole('heading', { level: 2 })).toHaveText('Maria Alvarez');
});

test('every keyboard command has its key: Chromium silently drops a suggested key it refuses', async ({ worker }) => {
  // Chromium 156 refused Alt+Shift+W for "previous quote" without a word, leaving the command with no key.
  // (A key pressed through the DevTools protocol never reaches the browser's shortcuts, so the steps above send
  // the commands' messages; this checks that the browser bound each command to the key the README names.)
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const keys = Object.fromEntries(commands.filter((c) => c.name !== '_execute_action').map((c) => [c.name, c.shortcut]));
  expect(keys).toEqual({ 'next-quote': 'Alt+Shift+Q', 'previous-quote': 'Alt+Shift+Comma', 'save-focused-quote': 'Alt+Shift+S' });
});
