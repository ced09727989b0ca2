/** The running example end to end: save one seed article's quotes, read the other, compare. Both ways. */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { saveAllQuotes } from './support/saves';
import { SEED_000, SEED_003, seedPage } from './support/seed-pages';

const ARTIFACTS = 'test-results/screenshots';
mkdirSync(ARTIFACTS, { recursive: true });

async function openSeed(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  return page;
}

for (const [savedFirst, readSecond, quote, related, label] of [
  [SEED_003, SEED_000, 'I have no immediate plans to contact Mr. Putin', /door to diplomacy|leader to leader/, 'biden-after-psaki'],
  [
    SEED_000,
    SEED_003,
    'the door to diplomacy [with Russia] still remains open',
    /no immediate plans to contact|prepared to speak with Mr. Putin/,
    'psaki-after-biden',
  ],
] as const) {
  test(`popup: ${label}`, async ({ context, server, tabIdOf, openPopup, openLibrary }) => {
    server.routes.set('/seeds/first.html', {
      type: 'text/html; charset=utf-8',
      body: seedPage(savedFirst, { outlet: 'First Outlet', published: '2022-02-22T18:00:00Z' }),
    });
    server.routes.set('/seeds/second.html', {
      type: 'text/html; charset=utf-8',
      body: seedPage(readSecond, { outlet: 'Second Outlet', published: '2023-02-02T12:00:00Z' }),
    });
    const first = await openSeed(context, server.url('/seeds/first.html'));
    expect(await saveAllQuotes(context, await tabIdOf(first))).toBeGreaterThan(5);
    const second = await openSeed(context, server.url('/seeds/second.html'));
    const popup = await openPopup(second);
    await popup.setViewportSize({ width: 520, height: 900 });
    const item = popup.getByTestId('page-quote').filter({ hasText: quote });
    await expect(item).toHaveCount(1);
    // Statuses come as quotes come into view: wait for this one's before looking at its related statements.
    await expect(item).not.toContainText('Checking your library');
    // The best related statement shows at once; the rest are one click away.
    const more = item.locator('details summary');
    if (await more.count()) await more.click();
    await expect(item.getByTestId('related-item').filter({ hasText: related }).first()).toBeVisible();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-${label}.png`, fullPage: true });
    await item
      .getByTestId('related-item')
      .filter({ hasText: related })
      .first()
      .getByRole('button', { name: /Compare/ })
      .click();
    await expect(popup.getByTestId('compare-current')).toContainText(quote);
    await expect(popup.getByTestId('compare-other')).toContainText(related);
    await expect(popup.getByTestId('compare')).toContainText('First Outlet');
    await expect(popup.getByTestId('compare')).toContainText(/apart/);
    await popup.screenshot({ path: `${ARTIFACTS}/compare-${label}.png`, fullPage: true });
    // The library holds the first article's statements, the related one among them.
    const library = await openLibrary();
    await library.setViewportSize({ width: 1200, height: 900 });
    await expect(library.getByTestId('library-quote').filter({ hasText: related }).first()).toBeVisible();
    expect(await library.getByTestId('library-quote').count()).toBeGreaterThan(5);
    await library.screenshot({ path: `${ARTIFACTS}/library-${label}.png`, fullPage: true });
  });
}
