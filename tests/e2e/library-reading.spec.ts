/**
 * The library as a reader uses it: a welcome when empty, cards with headline, outlet, date and a link to the
 * source, exact totals beyond a page, tabs by the WAI-ARIA pattern, Import in a dialog, and a person's
 * timeline whose points are reachable by keyboard, readable on focus and linked to their quote.
 */
import { test, expect } from './fixtures';
import { saveAllQuotes, saveRequest } from './support/saves';
import { asPopup } from '../support/as-popup';

test('empty: a welcome that says what to do first; Import opens a dialog', async ({ openLibrary }) => {
  const lib = await openLibrary();
  await expect(lib.getByTestId('library-empty')).toContainText('Open a news article');
  await expect(lib.getByText('No saved quotes match')).toHaveCount(0);
  await lib
    .getByTestId('library-empty')
    .getByRole('button', { name: /Import/ })
    .click();
  await expect(lib.getByRole('dialog', { name: 'Import a library' })).toBeVisible();
  await lib.keyboard.press('Escape');
  await expect(lib.getByRole('dialog')).toHaveCount(0);
});

test('cards show headline (linked), outlet and date; totals are exact beyond a page', async ({ context, openLibrary }) => {
  for (let i = 0; i < 60; i++) expect((await asPopup(context, 'saveQuote', saveRequest(i))).ok).toBe(true);
  const lib = await openLibrary();
  await expect(lib.getByTestId('result-count')).toHaveText('1–25 of 60 quotes');
  const card = lib.getByTestId('library-quote').first();
  await expect(card.locator('a.headline')).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1\/news\/\d+\.html$/);
  await expect(card.locator('a.headline')).toHaveText(/Council meeting \d/);
  await expect(card).toContainText('Test Gazette');
  await expect(card).toContainText('2026');
  // A filter whose first page stops early is counted afterwards, exactly.
  await lib.getByRole('textbox', { name: 'Speaker' }).fill('Varga');
  await expect(lib.getByTestId('result-count')).toHaveText('1–25 of 30 quotes');
  await lib.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(lib.getByTestId('result-count')).toHaveText('1–25 of 60 quotes');
});

test('keyboard only: tabs answer the arrow keys, and a timeline point reads out on focus and leads to its quote', async ({
  context,
  server,
  tabIdOf,
  openLibrary,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('/pages/capital-ledger-ceasefire-talks.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  expect(await saveAllQuotes(context, await tabIdOf(page))).toBeGreaterThan(2);
  const lib = await openLibrary();
  const quotesTab = lib.getByRole('tab', { name: 'Quotes' });
  const peopleTab = lib.getByRole('tab', { name: 'People' });
  await expect(quotesTab).toHaveAttribute('aria-selected', 'true');
  await expect(peopleTab).toHaveAttribute('tabindex', '-1');
  await quotesTab.focus();
  await lib.keyboard.press('ArrowRight');
  await expect(peopleTab).toBeFocused();
  await expect(peopleTab).toHaveAttribute('aria-selected', 'true');
  await lib.keyboard.press('Home');
  await expect(quotesTab).toBeFocused();
  await lib.keyboard.press('End');
  await expect(peopleTab).toBeFocused();
  // Into the panel and onto the first person, by keyboard (past Export, Import and the panel itself).
  const person = lib.getByTestId('person').first();
  await expect(person).toBeVisible();
  for (let i = 0; i < 8 && !(await person.evaluate((b) => b === document.activeElement)); i++) await lib.keyboard.press('Tab');
  await expect(person).toBeFocused();
  await lib.keyboard.press('Enter');
  await expect(lib.getByTestId('timeline')).toBeVisible();
  const points = lib.getByTestId('timeline-point');
  expect(await points.count()).toBeGreaterThan(0);
  await points.first().focus();
  const label = (await points.first().getAttribute('aria-label')) ?? '';
  await expect(lib.getByTestId('timeline-tip')).toContainText(label.split(': ').slice(1).join(': ').slice(0, 30));
  const href = (await points.first().getAttribute('href')) ?? '';
  await lib.keyboard.press('Enter');
  await expect(lib.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
  expect(new URL(lib.url()).hash).toBe(href);
});
