/**
 * `npm run bench -- pages DIR`: the article-extraction benchmark's pages (DIR, or AEB_DIR) served from 127.0.0.1 with
 * their scripts blocked, loaded in Chromium with the built extension. Per page, the paragraphs and quotes the content
 * script found beside what `cli extract`/`analyze` find on the same HTML, extension errors in the console, and the
 * renderer's script time (page scripts are blocked, so it is the content script's).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { analyzeArticle } from '../../src/core/index';
import { extractArticle, toArticleInput } from '../../src/content/extract';
import { htmlDocument } from '../../src/cli/read-article';
import { readHtml } from '../../src/cli/extract-files';
import { launchWithExtension } from '../../tests/support/chromium';
import { asPopup } from '../../tests/support/as-popup';
import { startStaticServer } from '../../tests/support/static-server';
import { ensureChromeBuild } from './library-fill';
import { readabilityMs } from './readability-peer';
import { median } from './stats';

/** Page scripts never run: the content script reads the page as served (content scripts are exempt from the page's CSP). */
const NO_SCRIPTS = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
const SETTLE_MS = 10_000;

interface Seen {
  paragraphs: string[];
  tabId: number;
}
interface Row {
  key: string;
  onlyCli: number;
  hiddenInBrowser: number;
  onlyBrowser: number;
  blocksAgree: boolean;
  quotesAgree: boolean;
  browser: number;
  cli: number;
  browserQuotes: number;
  cliQuotes: number;
  scriptMs: number;
  readabilityMs: number;
  errors: string[];
}

/** Records, in the service worker, the article text every content script sends for analysis. */
const RECORD = `(() => {
  globalThis.__benchArticles = new Map();
  chrome.runtime.onMessage.addListener((m, sender) => {
    if (m && m.type === 'analyzePage' && sender.tab) globalThis.__benchArticles.set(m.payload.location, { paragraphs: m.payload.article.paragraphs, tabId: sender.tab.id });
  });
})()`;

function cliRead(html: string) {
  const input = toArticleInput(extractArticle(htmlDocument(html)));
  return { paragraphs: input.paragraphs, quotes: analyzeArticle(input).quotes.map((q) => q.text) };
}

/** The renderer's script time from navigation on: metrics count from Performance.enable, so it is sent first. */
async function scriptClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    await cdp.detach();
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

export async function benchPages(dir = process.argv.slice(2).find((a) => a.includes('/')) ?? process.env.AEB_DIR): Promise<void> {
  if (!dir) throw new Error('bench pages needs the benchmark directory: npm run bench -- pages DIR (or AEB_DIR=DIR)');
  ensureChromeBuild();
  const keys = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .sort();
  const limit = Number(process.env.PAGES_LIMIT ?? keys.length);
  // PAGES_ONLY=prefix,prefix re-runs a few pages, e.g. the ones a full run listed as different.
  const only = process.env.PAGES_ONLY?.split(',');
  const server = await startStaticServer(join(dir, 'html'));
  const htmls = new Map<string, string>();
  for (const key of keys.slice(0, limit).filter((k) => !only || only.some((o) => k.startsWith(o)))) {
    const html = await readHtml(join(dir, 'html', `${key}.html.gz`));
    htmls.set(key, html);
    server.routes.set(`/${key}.html`, { type: 'text/html; charset=utf-8', body: NO_SCRIPTS + html });
  }
  const { context, worker, profileDir } = await launchWithExtension();
  const errors: string[] = [];
  worker.on('console', (m) => void (m.type() === 'error' && errors.push(`service worker: ${m.text()}`)));
  // Nothing leaves 127.0.0.1: images, fonts and styles from the pages' own hosts are not fetched.
  await context.route(
    (url) => !url.href.startsWith(server.origin),
    (route) => route.abort(),
  );
  await worker.evaluate(RECORD);
  const rows: Row[] = [];
  try {
    for (const [key, html] of htmls) rows.push(await loadPage(context.newPage.bind(context), worker, server.url(`/${key}.html`), key, html, errors));
  } finally {
    await context.close();
    await server.close();
    (await import('node:fs')).rmSync(profileDir, { recursive: true, force: true });
  }
  report(rows);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Worker = Awaited<ReturnType<typeof launchWithExtension>>['worker'];

async function browserQuotes(context: BrowserContext, tabId: number, expected: number): Promise<string[]> {
  let quotes: string[] = [];
  // The engine answers in the background: wait until the page lists as many quotes as the CLI found, or settles.
  for (let i = 0, stable = 0; i < 50 && stable < 5; i++) {
    const listed = await asPopup<{ quotes: Array<{ text: string }> }>(context, 'getTabQuotes', { tabId }).catch(() => null);
    const next = listed?.ok ? listed.value.quotes.map((q) => q.text) : [];
    stable = next.length === quotes.length ? stable + 1 : 0;
    quotes = next;
    if (quotes.length === expected && stable > 0) break;
    await sleep(100);
  }
  return quotes;
}

/**
 * How many of these paragraphs the page's CSS hides in the browser: the innermost element holding each one's start
 * is not rendered (linkedom has no styles, so the CLI reads it).
 */
async function countHidden(page: Page, texts: string[]): Promise<number> {
  // A string, not a function: the bench's transpiler would add helpers the page does not have.
  return (await page.evaluate(`((probes) => {
    let hidden = 0;
    for (const probe of probes) {
      const start = probe.replace(/\\s+/g, ' ').slice(0, 40);
      let holder = null;
      for (const el of document.body.querySelectorAll('*')) if ((el.textContent || '').replace(/\\s+/g, ' ').includes(start)) holder = el;
      if (holder && !holder.checkVisibility({ visibilityProperty: true })) hidden++;
    }
    return hidden;
  })(${JSON.stringify(texts.map((t) => t.slice(0, 200)))})`)) as number;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function loadPage(newPage: () => Promise<Page>, worker: Worker, url: string, key: string, html: string, errors: string[]): Promise<Row> {
  const page = await newPage();
  const before = errors.length;
  page.on('console', (m) => {
    // Only the extension's own errors: CSP reports of the blocked page scripts are expected.
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) errors.push(`${key}: ${m.text()}`);
  });
  const scriptMs = await scriptClock(page);
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  let seen: Seen | null = null;
  for (const t0 = Date.now(); !seen && Date.now() - t0 < SETTLE_MS; await sleep(100)) {
    seen = (await worker.evaluate((u) => (globalThis as unknown as { __benchArticles: Map<string, Seen> }).__benchArticles.get(u) ?? null, url)) as Seen | null;
  }
  const cli = cliRead(html);
  const quotes = seen ? await browserQuotes(page.context(), seen.tabId, cli.quotes.length) : [];
  const ms = await scriptMs();
  // The Reader View peer on the same page, after the script clock is read, so it does not count there.
  const peer = await readabilityMs(page).catch(() => ({ ms: NaN, chars: 0 }));
  const paragraphs = seen?.paragraphs ?? [];
  const onlyCli = cli.paragraphs.filter((p) => !paragraphs.includes(p));
  const hiddenInBrowser = onlyCli.length > 0 ? await countHidden(page, onlyCli) : 0;
  await page.close();
  return {
    key,
    onlyCli: onlyCli.length,
    hiddenInBrowser,
    onlyBrowser: paragraphs.filter((p) => !cli.paragraphs.includes(p)).length,
    blocksAgree: sameList(paragraphs, cli.paragraphs),
    quotesAgree: sameList([...quotes].sort(), [...cli.quotes].sort()),
    browser: paragraphs.length,
    cli: cli.paragraphs.length,
    browserQuotes: quotes.length,
    cliQuotes: cli.quotes.length,
    scriptMs: ms,
    readabilityMs: peer.ms,
    errors: errors.slice(before),
  };
}

function report(rows: Row[]): void {
  const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  const both = rows.filter((r) => r.blocksAgree && r.quotesAgree).length;
  console.log(`\n## Benchmark pages in Chromium (scripts blocked): content script against cli extract/analyze, ${rows.length} pages`);
  console.log(`| paragraphs identical | quotes identical | both | extension errors | renderer script time (median / max) |`);
  console.log('|---|---|---|---|---|');
  const ms = rows.map((r) => r.scriptMs);
  console.log(
    `| ${pct(rows.filter((r) => r.blocksAgree).length)} | ${pct(rows.filter((r) => r.quotesAgree).length)} | ${pct(both)} | ${rows.reduce((n, r) => n + r.errors.length, 0)} | ${median(ms).toFixed(1)} ms / ${Math.max(...ms).toFixed(1)} ms |`,
  );
  const differ = rows.filter((r) => !r.blocksAgree || !r.quotesAgree);
  if (differ.length > 0) console.log('\npages that differ (paragraphs browser/cli, quotes browser/cli):');
  for (const r of differ) {
    console.log(
      `  ${r.key.slice(0, 12)} paragraphs ${r.browser}/${r.cli} quotes ${r.browserQuotes}/${r.cliQuotes}; only the CLI's ${r.onlyCli} (hidden by the page's CSS in the browser: ${r.hiddenInBrowser}), only the browser's ${r.onlyBrowser}`,
    );
  }
  for (const r of rows) for (const e of r.errors) console.log(`  error ${e}`);
  console.log(`\n## Benchmark pages: content script against Readability.js parse() of a clone of the same page (median of 5), same run`);
  console.log('| page | content script (renderer script time) | Readability.js | ratio |');
  console.log('|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.key.slice(0, 12)} | ${r.scriptMs.toFixed(1)} ms | ${r.readabilityMs.toFixed(1)} ms | ${(r.scriptMs / r.readabilityMs).toFixed(2)}x |`);
  const ratios = rows.map((r) => r.scriptMs / r.readabilityMs).filter((x) => Number.isFinite(x));
  console.log(
    `median: content script ${median(ms).toFixed(1)} ms, Readability.js ${median(rows.map((r) => r.readabilityMs).filter(Number.isFinite)).toFixed(1)} ms, median per-page ratio ${median(ratios).toFixed(2)}x (target <= 0.5x: ${median(ratios) <= 0.5 ? 'meets' : 'misses'})`,
  );
}
