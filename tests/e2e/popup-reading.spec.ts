/**
 * The popup as a reader scans it: quotes in article order with their speakers, each related statement shown
 * once as a best, one empty-state line, buttons named for their quote, keyboard-only saving, Compare → Back
 * back at the same place, and the site switch's text changing at once.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { saveAllQuotes } from './support/saves';
import { SEED_000, SEED_003, seedPage } from './support/seed-pages';

const ready = (page: Page) => expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('quotes in article order with speakers; each related statement a best once; one empty-state line; named buttons', async ({
  context,
  server,
  tabIdOf,
  openPopup,
}) => {
  server.routes.set('/seeds/first.html', {
    type: 'text/html; charset=utf-8',
    body: seedPage(SEED_003, { outlet: 'First Outlet', published: '2022-02-22T18:00:00Z' }),
  });
  server.routes.set('/seeds/second.html', {
    type: 'text/html; charset=utf-8',
    body: seedPage(SEED_000, { outlet: 'Second Outlet', published: '2023-02-02T12:00:00Z' }),
  });
  // Before anything is saved: one "nothing related" line, not one per quote.
  const second = await context.newPage();
  await second.goto(server.url('/seeds/second.html'));
  await ready(second);
  let popup = await openPopup(second);
  await popup.setViewportSize({ width: 420, height: 2400 });
  await expect(popup.getByTestId('page-quote').first()).not.toContainText('Checking your library');
  await expect(popup.getByTestId('no-related')).toHaveCount(1);
  await expect(popup.getByText('Nothing related in your library yet')).toHaveCount(1);
  await popup.close();

  const first = await context.newPage();
  await first.goto(server.url('/seeds/first.html'));
  await ready(first);
  expect(await saveAllQuotes(context, await tabIdOf(first))).toBeGreaterThan(5);
  await second.reload();
  await ready(second);
  popup = await openPopup(second);
  await popup.setViewportSize({ width: 420, height: 2400 });
  const rows = popup.getByTestId('page-quote');
  await expect(rows.first()).toBeVisible();
  const n = await rows.count();
  for (let i = 0; i < n; i++) await expect(rows.nth(i)).not.toContainText('Checking your library');
  // Article order: the rows follow the page's highlights.
  const onPage = ((await second.evaluate(`[...CSS.highlights.get('onrecord-quote')].map((r) => r.toString())`)) as string[]).map(squash);
  const listed = (await rows.locator('blockquote').allInnerTexts()).map(squash);
  expect(listed.length).toBe(onPage.length);
  listed.forEach((text, i) => expect(onPage[i]!.includes(text.slice(0, 30)) || text.includes(onPage[i]!.slice(0, 30)), `row ${i}`).toBe(true));
  // Every row names its speaker (or says the speaker is unclear).
  for (const s of await rows.locator('.speaker').allInnerTexts()) expect(s.trim().length).toBeGreaterThan(0);
  // Each best related statement is shown once; repeats wait behind the disclosure.
  const bests = (await popup.locator('[data-testid="related-list"] [data-testid="related-item"] q').allInnerTexts()).map(squash);
  expect(bests.length).toBeGreaterThan(0);
  expect(new Set(bests).size).toBe(bests.length);
  await expect(popup.getByTestId('no-related')).toHaveCount(0);
  // Save and Compare are icon buttons whose names say which quote they act on: no two the same.
  const names = await popup
    .getByRole('button', { name: /^(Save|Remove from library|Compare)/ })
    .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(n);
  expect(new Set(names).size).toBe(names.length);
});

test('keyboard only: Tab to a Save button and press Enter; Compare and Back keep the scroll position', async ({ context, server, tabIdOf, openPopup }) => {
  server.routes.set('/seeds/first.html', {
    type: 'text/html; charset=utf-8',
    body: seedPage(SEED_003, { outlet: 'First Outlet', published: '2022-02-22T18:00:00Z' }),
  });
  server.routes.set('/seeds/second.html', {
    type: 'text/html; charset=utf-8',
    body: seedPage(SEED_000, { outlet: 'Second Outlet', published: '2023-02-02T12:00:00Z' }),
  });
  const first = await context.newPage();
  await first.goto(server.url('/seeds/first.html'));
  await ready(first);
  expect(await saveAllQuotes(context, await tabIdOf(first))).toBeGreaterThan(5);
  const second = await context.newPage();
  await second.goto(server.url('/seeds/second.html'));
  await ready(second);
  const popup = await openPopup(second);
  await popup.setViewportSize({ width: 420, height: 560 });
  const firstSave = popup.getByTestId('page-quote').first().getByRole('button', { name: /^Save/ });
  await expect(firstSave).toBeEnabled();
  // Tab from the top of the page until the first Save has focus, then Enter.
  for (let i = 0; i < 12 && !(await firstSave.evaluate((b) => b === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(firstSave).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(
    popup
      .getByTestId('page-quote')
      .first()
      .getByRole('button', { name: /^Remove from library/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  // Scroll down to a later quote's related statement, compare, come back. The save reloaded the list: wait
  // until every row in or near view has its library status, so no height changes under the measurement.
  const settled = () =>
    expect
      .poll(() => popup.evaluate(() => [...document.querySelectorAll('.checking')].filter((e) => e.getBoundingClientRect().top < innerHeight + 400).length))
      .toBe(0);
  await settled();
  await popup.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await settled();
  const compare = popup.getByRole('button', { name: /^Compare/ }).last();
  await compare.scrollIntoViewIfNeeded();
  await settled();
  const before = await popup.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(100);
  await compare.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('compare')).toBeVisible();
  await popup.getByRole('button', { name: 'Back' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('compare')).toHaveCount(0);
  expect(await popup.evaluate(() => window.scrollY)).toBe(before);
});

test("the site switch's text changes at once, both ways", async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await ready(page);
  const popup = await openPopup(page);
  const toggle = popup.getByTestId('site-toggle');
  await expect(toggle).toBeChecked();
  // The text is set before the background is even asked: it can be read in the same task as the click.
  const offText = await toggle.evaluate(async (el) => {
    (el as HTMLInputElement).click();
    await Promise.resolve();
    await new Promise((r) => requestAnimationFrame(r));
    return document.querySelector('[data-testid="site-state"]')?.textContent ?? '';
  });
  expect(offText).toContain('OnRecord is off for this site');
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  const onText = await toggle.evaluate(async (el) => {
    (el as HTMLInputElement).click();
    await Promise.resolve();
    await new Promise((r) => requestAnimationFrame(r));
    return document.querySelector('main')?.textContent ?? '';
  });
  expect(onText).not.toContain('OnRecord is off for this site');
  expect(onText).toContain('Switched on');
  await ready(page);
  await expect(popup.getByTestId('quote-count')).toBeVisible();
  await expect(popup.locator('main')).not.toContainText('OnRecord is off for this site');
});
