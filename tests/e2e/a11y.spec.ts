/** axe-core on the popup, the compare view and the library page: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { saveTabQuotes } from '../support/as-popup';
import { test, expect } from './fixtures';
import { SEED_000, SEED_003, seedPage } from './support/seed-pages';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  // axe really ran: it checked rules and found most of them passing.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, compare and library pass axe in ${scheme} mode`, async ({ context, server, tabIdOf, openPopup, openLibrary }) => {
    server.routes.set('/seeds/a.html', {
      type: 'text/html; charset=utf-8',
      body: seedPage(SEED_003, { outlet: 'First Outlet', published: '2022-02-22T18:00:00Z' }),
    });
    server.routes.set('/seeds/b.html', {
      type: 'text/html; charset=utf-8',
      body: seedPage(SEED_000, { outlet: 'Second Outlet', published: '2023-02-02T12:00:00Z' }),
    });
    const first = await context.newPage();
    await first.goto(server.url('/seeds/a.html'));
    await expect.poll(() => first.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
    const firstTab = await tabIdOf(first);
    await saveTabQuotes(context, firstTab, 6);
    const second = await context.newPage();
    await second.goto(server.url('/seeds/b.html'));
    await expect.poll(() => second.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
    const popup = await openPopup(second);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('page-quote').first()).toBeVisible();
    await expect(popup.getByTestId('related-item').first()).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup
      .getByTestId('related-item')
      .first()
      .getByRole('button', { name: /Compare/ })
      .click();
    await expect(popup.getByTestId('compare')).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);
    const library = await openLibrary();
    await library.emulateMedia({ colorScheme: scheme });
    await expect(library.getByTestId('library-quote').first()).toBeVisible();
    expect(await seriousViolations(library)).toEqual([]);
    await library.getByRole('tab', { name: 'People' }).click();
    await library.getByTestId('person').first().click();
    await expect(library.getByTestId('timeline')).toBeVisible();
    expect(await seriousViolations(library)).toEqual([]);
  });
}
