/** The analyze CLI (linkedom) and the content script (Chromium) read the fixture pages the same way. */
import { readdirSync } from 'node:fs';
import { loadArticle } from '../../src/cli/articles';
import { tabQuotes } from '../support/as-popup';
import { test, expect } from './fixtures';

const pages = readdirSync('tests/fixtures/pages').filter((f) => f.endsWith('.html') && f !== 'index.html');

test('the CLI and the content script find the same quotes and speakers on every fixture page', async ({ context, server, tabIdOf }) => {
  for (const file of pages) {
    const cli = await loadArticle(`tests/fixtures/pages/${file}`);
    const page = await context.newPage();
    await page.goto(server.url(`/pages/${file}`));
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('onrecord-quote'))).toBe(true);
    const tabId = await tabIdOf(page);
    const listed = { value: await tabQuotes(context, tabId) };
    // A live page adds entries after load; compare what both read from the page as served.
    const browserQuotes = listed.value.quotes.map((q) => [q.text, q.speaker]);
    const cliQuotes = cli.analysis.quotes.map((q) => [q.text, q.speaker]);
    for (const q of cliQuotes) expect(browserQuotes, file).toContainEqual(q);
    expect(browserQuotes.length - cliQuotes.length, `${file}: extra quotes in the browser`).toBeLessThanOrEqual(file.includes('live') ? 5 : 0);
    await page.close();
  }
});
