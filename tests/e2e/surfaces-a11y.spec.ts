/**
 * Every extension page with axe, in both colour schemes, with no violation of any impact (aria-prohibited-attr
 * included): welcome, settings, the empty library, a person's timeline, the popup's list and Compare. And the
 * settings page lists a switched-off site and switches it back on.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { saveAllQuotes } from './support/saves';
import { SEED_000, SEED_003, seedPage } from './support/seed-pages';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any surface in ${scheme} mode`, async ({ context, server, extensionId, tabIdOf, openPopup, openLibrary }) => {
    const ext = (path: string) => `chrome-extension://${extensionId}/${path}`;
    for (const path of ['src/welcome/index.html', 'src/settings/index.html']) {
      const p = await context.newPage();
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(ext(path));
      await expect(p.locator('h1')).toBeVisible();
      expect(await violations(p), path).toEqual([]);
      await p.close();
    }
    const empty = await openLibrary();
    await empty.emulateMedia({ colorScheme: scheme });
    await expect(empty.getByTestId('library-empty')).toBeVisible();
    expect(await violations(empty), 'empty library').toEqual([]);
    await empty.close();

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
    await saveAllQuotes(context, await tabIdOf(first));
    const second = await context.newPage();
    await second.goto(server.url('/seeds/b.html'));
    await expect.poll(() => second.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
    const popup = await openPopup(second);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('related-item').first()).toBeVisible();
    expect(await violations(popup), 'popup').toEqual([]);
    await popup
      .getByRole('button', { name: /^Compare/ })
      .first()
      .click();
    await expect(popup.getByTestId('compare')).toBeVisible();
    expect(await violations(popup), 'compare').toEqual([]);

    const lib = await openLibrary();
    await lib.emulateMedia({ colorScheme: scheme });
    await expect(lib.getByTestId('library-quote').first()).toBeVisible();
    expect(await violations(lib), 'library').toEqual([]);
    await lib.getByRole('tab', { name: 'People' }).click();
    await lib.getByTestId('person').first().click();
    await expect(lib.getByTestId('timeline')).toBeVisible();
    await lib.getByTestId('timeline-point').first().focus();
    expect(await violations(lib), 'timeline').toEqual([]);
  });
}

test('settings: a site switched off is listed, and Switch back on turns it on again', async ({ context, server, extensionId, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url('/basic/foundation.html'));
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  const popup = await openPopup(page);
  await popup.getByTestId('site-toggle').uncheck();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/src/settings/index.html`);
  const host = new URL(page.url()).hostname;
  await expect(settings.getByTestId('sites-off')).toContainText(host);
  await settings.getByRole('button', { name: `Switch OnRecord back on for ${host}` }).click();
  await expect(settings.getByTestId('sites-off')).not.toContainText(host);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  // The palette choice is kept.
  await settings.getByTestId('palette-colourblind').check();
  await settings.reload();
  await expect(settings.getByTestId('palette-colourblind')).toBeChecked();
});
