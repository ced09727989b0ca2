/**
 * What the reader corrects is what every view shows, and two people who share a surname stay two people
 * in the extension (the CLI's side of the same rule is tests/unit/person-paths.test.ts). Invented articles.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { asPopup, saveTabQuotes, tabQuotes } from '../support/as-popup';
import { test, expect } from './fixtures';
import { hoverQuote, readCard } from './support/card';
import { saveRequest } from './support/saves';

const article = (headline: string, published: string, paragraphs: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${headline}</title><meta property="article:published_time" content="${published}"><meta property="og:site_name" content="Harbour Ledger"></head>
<body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

const FERRY = article('Ferry pilot extended for a second winter', '2026-02-03T09:00:00Z', [
  'The harbour council voted on Monday to keep the free ferry running through a second winter.',
  '“We will keep the boats running until the bridge opens,” said Tomas Rell, the council’s transport chair, after the vote.',
  'Opponents said the cost had doubled since the pilot began, and asked for an audit before any further extension.',
]);

async function openArticle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  return page;
}

test('a corrected speaker shows in the card, after a reload, and in the popup', async ({ context, server, tabIdOf, openPopup }) => {
  server.routes.set('/news/ferry.html', { type: 'text/html; charset=utf-8', body: FERRY });
  const page = await openArticle(context, server.url('/news/ferry.html'));
  const tabId = await tabIdOf(page);
  expect((await tabQuotes(context, tabId)).quotes[0]?.speaker).toBe('Tomas Rell');
  const [saved] = await saveTabQuotes(context, tabId, 1);
  if (!saved?.ok) throw new Error(`save failed: ${saved?.ok === false ? saved.error : 'no reply'}`);
  const fixed = await asPopup(context, 'setQuoteSpeaker', { id: saved.value.id, name: 'Ilse Marrow', title: 'Harbour Master' });
  expect(fixed.ok).toBe(true);

  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toContain('Ilse Marrow');
  expect(await readCard(page)).not.toContain('Tomas Rell');

  await page.reload();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toContain('Ilse Marrow');

  const popup = await openPopup(page);
  const item = popup.getByTestId('page-quote').filter({ hasText: 'keep the boats running' });
  await expect(item.getByTestId('saved-speaker')).toContainText('Ilse Marrow');
});

test('two people who share a surname stay two people', async ({ context, server, tabIdOf }) => {
  // A reporter named in full in one article; an opposition leader of the same surname in another, then "Vance" alone.
  server.routes.set('/news/a.html', {
    type: 'text/html; charset=utf-8',
    body: article('Storm closes the coast road', '2026-01-10T08:00:00Z', [
      '“The road will stay shut until the engineers have seen the cliff,” said Mina Vance, a Harbour Ledger correspondent, reporting from the closure.',
      'Drivers were sent inland through the valley towns.',
    ]),
  });
  server.routes.set('/news/b.html', {
    type: 'text/html; charset=utf-8',
    body: article('Opposition demands a vote on the port', '2026-01-12T08:00:00Z', [
      'Opposition leader Vance Joon-ho called for a vote on the port sale on Tuesday.',
      '“No government should sell the port without asking the people who work in it,” Vance said.',
      'The ruling party said a vote would come in the spring.',
    ]),
  });
  for (const path of ['/news/a.html', '/news/b.html']) {
    const page = await openArticle(context, server.url(path));
    const replies = await saveTabQuotes(context, await tabIdOf(page));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.ok)).toBe(true);
  }
  const people = await asPopup<Array<{ name: string }>>(context, 'listPeople', null);
  if (!people.ok) throw new Error(people.error);
  const names = people.value.map((p) => p.name);
  expect(names).toContain('Mina Vance');
  expect(names.some((n) => n.includes('Joon-ho'))).toBe(true);
  expect(names.filter((n) => /Vance/.test(n))).toHaveLength(2);
});

const peopleNow = async (context: BrowserContext) => {
  const r = await asPopup<Array<{ name: string; quoteCount?: number }>>(context, 'listPeople', null);
  if (!r.ok) throw new Error(r.error);
  return r.value.map((p) => `${p.name}: ${p.quoteCount ?? 0}`).sort();
};

test('merge and split show at once on the person page, and each has Undo', async ({ context, openLibrary }) => {
  for (let i = 0; i < 4; i++) expect((await asPopup(context, 'saveQuote', saveRequest(i))).ok).toBe(true);
  const before = await peopleNow(context);
  expect(before).toEqual(['Ines Varga: 2', 'Tom Baird: 2']);
  const lib = await openLibrary();
  await lib.getByRole('tab', { name: 'People' }).click();
  await lib.getByTestId('person').filter({ hasText: 'Ines Varga' }).click();
  const page = lib.locator('.person-page');
  await page.getByLabel(/Merge/).selectOption({ label: 'Tom Baird' });
  await page.getByRole('button', { name: /^Merge/ }).click();
  // The page shows the merged person's four statements without a reload.
  await expect(page.locator('.results blockquote')).toHaveCount(4);
  expect(await peopleNow(context)).toEqual(['Ines Varga: 4']);
  await page.getByTestId('people-undo').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => peopleNow(context)).toEqual(before);
  await expect(page.locator('.results blockquote')).toHaveCount(2);

  await page.getByRole('checkbox').first().check();
  await page.getByLabel(/name/i).last().fill('Ana Varga');
  await page.getByRole('button', { name: /^Split/ }).click();
  await expect(page.locator('.results blockquote')).toHaveCount(1);
  expect(await peopleNow(context)).toEqual(['Ana Varga: 1', 'Ines Varga: 1', 'Tom Baird: 2']);
  await page.getByTestId('people-undo').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => peopleNow(context)).toEqual(before);
});

test('deleting the ticked statements on the person page shows at once and has Undo', async ({ context, openLibrary }) => {
  for (let i = 0; i < 4; i++) expect((await asPopup(context, 'saveQuote', saveRequest(i))).ok).toBe(true);
  const before = await peopleNow(context);
  const texts = async () => {
    const r = await asPopup<{ items: Array<{ text: string }> }>(context, 'searchQuotes', { limit: 50, offset: 0 });
    if (!r.ok) throw new Error(r.error);
    return r.value.items.map((q) => q.text).sort();
  };
  const all = await texts();
  const lib = await openLibrary();
  await lib.getByRole('tab', { name: 'People' }).click();
  await lib.getByTestId('person').filter({ hasText: 'Ines Varga' }).click();
  const page = lib.locator('.person-page');
  await expect(page.locator('.results blockquote')).toHaveCount(2);
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.getByTestId('delete-picked').click();
  await expect(page.locator('.results blockquote')).toHaveCount(0);
  await expect(page.getByTestId('people-undo')).toContainText('2 quotes deleted');
  expect(await texts()).toHaveLength(all.length - 2);
  await page.getByTestId('people-undo').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.results blockquote')).toHaveCount(2);
  expect(await texts()).toEqual(all);
  expect(await peopleNow(context)).toEqual(before);
});

test("the library's Delete has Undo", async ({ context, openLibrary }) => {
  for (let i = 0; i < 3; i++) expect((await asPopup(context, 'saveQuote', saveRequest(i))).ok).toBe(true);
  const lib = await openLibrary();
  const cards = lib.locator('.results .result');
  await expect(cards).toHaveCount(3);
  const first = (await cards.first().locator('blockquote').textContent()) ?? '';
  await cards
    .first()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(cards).toHaveCount(2);
  await expect(lib.locator('.results blockquote', { hasText: first })).toHaveCount(0);
  await lib.getByRole('status').filter({ hasText: 'Quote deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(cards).toHaveCount(3);
  await expect(lib.locator('.results blockquote', { hasText: first })).toHaveCount(1);
});

test("the popup's Remove has Undo", async ({ context, server, tabIdOf, openPopup }) => {
  server.routes.set('/news/ferry2.html', { type: 'text/html; charset=utf-8', body: FERRY });
  const page = await openArticle(context, server.url('/news/ferry2.html'));
  const [saved] = await saveTabQuotes(context, await tabIdOf(page), 1);
  expect(saved?.ok).toBe(true);
  const popup = await openPopup(page);
  const item = popup.getByTestId('page-quote').filter({ hasText: 'keep the boats running' });
  await expect(item).not.toContainText('Checking your library');
  await item.getByRole('button', { name: /Remove|Unsave/ }).click();
  await expect.poll(async () => (await peopleNow(context)).includes('Tomas Rell: 1')).toBe(false);
  await item.getByTestId('popup-undo').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => peopleNow(context)).toEqual(['Tomas Rell: 1']);
});
