/**
 * A tab's flood of library look-ups against another tab's highlights. A 3,000-quote page is open with a
 * 2,000-quote library; its popup asks about every quote at once (60 look-ups of 50, all in flight, far more
 * than the real popup, which asks for what comes into view). Meanwhile an ordinary article opens in another
 * tab: the time from navigation to its first highlight, against the same load with no flood, as medians.
 * Each flood is answered cold: a save before it empties the background's cache of statuses.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/support/chromium';
import { asPopup, tabQuotes } from '../../tests/support/as-popup';
import { quotePage } from '../../tests/support/flood-page';
import { startStaticServer } from '../../tests/support/static-server';
import { ensureChromeBuild, exportOf, freshArticle, saveRequestOf } from './library-fill';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_FLOOD_RUNS ?? 7);

async function highlightMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.has('onrecord-quote'), null, { timeout: 120_000, polling: 10 });
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}

async function flood(context: BrowserContext, tabId: number, keys: string[]): Promise<() => Promise<number>> {
  const pages = Array.from({ length: 60 }, (_, i) => Array.from({ length: 50 }, (_, j) => keys[(i * 50 + j) % keys.length]!));
  const t0 = Date.now();
  const all = Promise.all(pages.map((k) => asPopup(context, 'lookupTabQuotes', { tabId, keys: k })));
  return async () => {
    await all;
    return Date.now() - t0;
  };
}

export async function benchFlood(): Promise<void> {
  ensureChromeBuild();
  console.log('\n## Flood: a 3,000-quote page asks about every quote at once; another tab opens an article');
  const server = await startStaticServer('tests/fixtures');
  server.routes.set('/flood/busy.html', { type: 'text/html; charset=utf-8', body: quotePage(3000) });
  const { context } = await launchWithExtension();
  try {
    const filled = await asPopup(context, 'importLibrary', { data: exportOf(0, 2000) });
    if (!filled.ok) throw new Error(filled.error);
    const busy: Page = await context.newPage();
    await busy.goto(server.url('/flood/busy.html'));
    await busy.waitForFunction(() => CSS.highlights.has('onrecord-quote'), null, { timeout: 120_000 });
    const tabId = await findTab(context, server.url('/flood/busy.html'));
    const { quotes } = await tabQuotes(context, tabId);
    const article = server.url('/basic/foundation.html');
    await highlightMs(context, article); // warm-up
    const quiet: number[] = [];
    const loaded: number[] = [];
    const floods: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      quiet.push(await highlightMs(context, article));
      // A save before each flood empties the background's status cache: every flood is answered cold.
      const art = freshArticle(i);
      const saved = await asPopup(context, 'saveQuote', saveRequestOf(art, art.quotes[0]!));
      if (!saved.ok) throw new Error(saved.error);
      const done = await flood(
        context,
        tabId,
        quotes.map((q) => q.key),
      );
      loaded.push(await highlightMs(context, article));
      floods.push(await done());
    }
    const q = median(quiet);
    const l = median(loaded);
    console.log('| | median | runs |\n|---|---|---|');
    console.log(`| article highlighted, no flood | ${q.toFixed(0)} ms | ${quiet.join(', ')} |`);
    console.log(`| article highlighted, during the flood | ${l.toFixed(0)} ms | ${loaded.join(', ')} |`);
    console.log(`| the flood's 3,000 look-ups answered | ${median(floods).toFixed(0)} ms | ${floods.join(', ')} |`);
    console.log(`Delay the flood adds to the other tab: ${(l - q).toFixed(0)} ms (target ≤ 200 ms).`);
  } finally {
    await context.close();
    await server.close();
  }
}

/** The tab id of a page, from the tab summaries its content script made (the bench has no "tabs" permission). */
async function findTab(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  for (let i = 0; i < 200; i++) {
    const id = await worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId?: number }>;
      return Object.values(all).find((s) => s?.url === u)?.tabId ?? -1;
    }, url);
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab summary for ${url}`);
}
