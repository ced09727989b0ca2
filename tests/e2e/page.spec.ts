import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { tabQuotes } from '../support/as-popup';
import { test, expect } from './fixtures';
import { clickInCard, highlightTexts, hoverQuote, readCard } from './support/card';

const PAGE = '/pages/capital-ledger-ceasefire-talks.html';
const expected = JSON.parse(readFileSync(`tests/fixtures${PAGE.replace('.html', '.expected.json')}`, 'utf8')) as {
  quotes: Array<{ text: string; speaker: string }>;
};
const stripMarks = (s: string) => s.replace(/^[“"‘']|[”"’']$/g, '');

async function openArticle(page: Page, url: string) {
  // The article as served, captured before any content script can run.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: string }).__before = document.querySelector('article')!.outerHTML;
    });
  });
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
}

async function savedInLibrary(worker: Worker) {
  return worker.evaluate(async () => {
    const req = indexedDB.open('onrecord');
    const db = await new Promise<IDBDatabase>((ok, no) => {
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    const all = db.transaction('quotes').objectStore('quotes').getAll();
    const rows = await new Promise<Array<{ text: string; speaker: string; sourceUrls: string[] }>>((ok) => (all.onsuccess = () => ok(all.result)));
    db.close();
    return rows;
  });
}

test('highlights cover exactly the expected quotes and leave the article DOM unchanged', async ({ context, server }) => {
  const page = await context.newPage();
  await openArticle(page, server.url(PAGE));
  const quotes = (await highlightTexts(page, 'onrecord-quote')).map(stripMarks);
  expect(quotes).toEqual(expected.quotes.map((q) => q.text));
  const officials = await highlightTexts(page, 'onrecord-official');
  expect(officials).toContain('Maria Alvarez');
  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toContain('Maria Alvarez');
  const [before, after] = await page.evaluate(() => [(window as unknown as { __before: string }).__before, document.querySelector('article')!.outerHTML]);
  expect(after).toBe(before);
});

test('the hover card shows speaker, title and quote; Save stores it; Escape closes', async ({ context, server, worker }) => {
  const page = await context.newPage();
  await openArticle(page, server.url(PAGE));
  await hoverQuote(page, 0);
  await expect.poll(() => readCard(page)).toMatch(/Maria Alvarez Secretary of State .*The door to dialogue remains open.*Save/);
  await clickInCard(page, 'save');
  await expect.poll(() => readCard(page)).toContain('Saved');
  const rows = await savedInLibrary(worker);
  // Saved state stays private by default: nothing in the page's highlight registry says which quote was saved.
  expect(await page.evaluate(() => [...CSS.highlights.keys()])).not.toContain('onrecord-saved');
  expect(rows).toEqual([expect.objectContaining({ text: expected.quotes[0]!.text, speaker: 'Maria Alvarez' })]);
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
});

/** Selects `words` inside the paragraph that contains them, as a reader's drag would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.includes(w))!;
    const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(w))!;
    const at = node.textContent!.indexOf(w);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + w.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
}

test("saving a selection inside a quote through the context-menu path takes that quote's speaker, and says so", async ({
  context,
  server,
  worker,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await openArticle(page, server.url(PAGE));
  const tabId = await tabIdOf(page);
  await selectWords(page, 'Open doors are fine, but somebody has to walk through them');
  // Headless Chromium cannot click a context menu: send what the menu's handler sends.
  const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'saveSelection', payload: null }), tabId);
  expect(reply).toMatchObject({ ok: true });
  const rows = await savedInLibrary(worker);
  expect(rows.some((r) => r.speaker === 'Tom Whitaker' && r.text === 'Open doors are fine, but somebody has to walk through them')).toBe(true);
  await expect.poll(() => readCard(page)).toContain('Saved to your library');
});

test('a selection of narrative text is refused, the reader is told why, and nothing is saved', async ({ context, server, worker, tabIdOf }) => {
  const page = await context.newPage();
  await openArticle(page, server.url(PAGE));
  const tabId = await tabIdOf(page);
  for (const [words, why] of [
    ['Whitaker said in a statement', 'not a quoted statement'],
    ['Open doors', 'at least three words'],
  ] as const) {
    await selectWords(page, words);
    const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'saveSelection', payload: null }), tabId);
    expect(reply).toMatchObject({ ok: false });
    await expect.poll(() => readCard(page)).toContain(why);
  }
  expect(await savedInLibrary(worker)).toEqual([]);
});

test('a revisit marks saved quotes as saved, and a quote no longer on the page is an orphan', async ({ context, server, worker, tabIdOf }) => {
  // The reader's opt-in: saved quotes are painted on the page (the page's scripts can then see which).
  await worker.evaluate(() => chrome.storage.local.set({ preferences: { markSaved: true } }));
  const page = await context.newPage();
  await openArticle(page, server.url(PAGE));
  await hoverQuote(page, 1);
  await expect.poll(() => readCard(page)).toContain('Save');
  await clickInCard(page, 'save');
  await expect.poll(async () => (await savedInLibrary(worker)).length).toBe(1);
  await page.close(); // one tab per address, so the tab lookup below is unambiguous
  const fresh = await context.newPage();
  await fresh.goto(server.url(PAGE));
  await expect.poll(async () => (await highlightTexts(fresh, 'onrecord-saved')).map(stripMarks)).toEqual([expected.quotes[1]!.text]);
  // One colour: the saved quote, its marks included, left the quote layer (no yellow marks around green words).
  const quoteLayer = await highlightTexts(fresh, 'onrecord-quote');
  expect(quoteLayer.length).toBeGreaterThan(0);
  expect(quoteLayer.map(stripMarks)).not.toContain(expected.quotes[1]!.text);
  const listPage = async (p: Page) => {
    const tabId = await tabIdOf(p);
    return (await tabQuotes(context, tabId)).orphans.map((o) => o.text);
  };
  expect(await listPage(fresh)).toEqual([]);
  // The same address, edited by the newsroom: the saved quote is gone from it.
  const original = readFileSync(`tests/fixtures${PAGE}`, 'utf8');
  server.routes.set(PAGE, { type: 'text/html; charset=utf-8', body: original.replace(expected.quotes[1]!.text, 'This line was rewritten by the editors.') });
  await fresh.reload();
  await expect.poll(() => fresh.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
  await expect.poll(() => listPage(fresh)).toEqual([expected.quotes[1]!.text]);
});
