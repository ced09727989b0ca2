/**
 * `npm start`: serves the demo news pages on 127.0.0.1 and opens Chromium with the built extension.
 * With a DISPLAY it stays open for the reader; without one it visits each page, writes screenshots of
 * the page and the popup into demo-output/, prints what it found, and exits.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../tests/support/chromium';
import { asPopup } from '../tests/support/as-popup';
import { startStaticServer, type StaticServer } from '../tests/support/static-server';
import { shootSurfaces } from './surfaces';

const OUT = resolve('demo-output');
const PAGES = 'tests/fixtures/pages';
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

let context: BrowserContext | undefined;
let server: StaticServer | undefined;

async function shutdown(code: number): Promise<never> {
  await context?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

interface Found {
  quotes: Array<{ key: string; text: string; speaker: string | null; speakerTitle: string | null; official: boolean }>;
  officials: string[];
}

async function tabSummary(page: Page, ctx: BrowserContext): Promise<{ tabId: number; quoteCount: number; paragraphCount: number } | null> {
  const worker = ctx.serviceWorkers()[0]!;
  for (let i = 0; i < 100; i++) {
    const found = await worker.evaluate(async (url) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url: string; tabId: number; quoteCount: number; paragraphCount: number }>;
      return Object.values(all).find((s) => s.url === url) ?? null;
    }, page.url());
    if (found) return found;
    await page.waitForTimeout(100);
  }
  return null;
}

async function demoPage(ctx: BrowserContext, extensionId: string, file: string, url: string): Promise<{ tabId: number | null; quotes: number }> {
  const slug = file.replace(/\.html$/, '');
  const page = await ctx.newPage();
  await page.goto(url);
  const summary = await tabSummary(page, ctx);
  // The background records the summary before the page has anchored its highlights: wait for them.
  await page.waitForFunction(`CSS.highlights.has('onrecord-quote')`, null, { timeout: 10_000 }).catch(() => undefined);
  // Show the first highlighted quote, not the masthead.
  await page.evaluate(`(() => {
    const first = [...(CSS.highlights.get('onrecord-quote') ?? [])][0];
    if (first) window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY - 220);
  })()`);
  await page.screenshot({ path: join(OUT, `${slug}.png`) });
  // Hover the first quote so the card shows, as a reader would see it.
  const box = (await page.evaluate(`(() => {
    const first = [...(CSS.highlights.get('onrecord-quote') ?? [])][0];
    const rect = first && first.getClientRects()[0];
    return rect ? { x: rect.left + 12, y: rect.top + rect.height / 2 } : null;
  })()`)) as { x: number; y: number } | null;
  if (box) {
    await page.mouse.move(box.x, box.y + 300);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `${slug}-card.png`) });
  }
  const listed = summary ? await asPopup<{ quotes: Found['quotes'] }>(ctx, 'getTabQuotes', { tabId: summary.tabId }) : null;
  const quotes = listed?.ok ? listed.value.quotes : [];
  const officials = [...new Set(quotes.filter((q) => q.official && q.speaker).map((q) => `${q.speaker}${q.speakerTitle ? ` (${q.speakerTitle})` : ''}`))];
  const found: Found = { quotes, officials };
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${summary?.tabId ?? ''}`);
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: join(OUT, `${slug}-popup.png`) });
  await popup.close();
  console.log(`\n${slug}`);
  console.log(`  ${summary?.paragraphCount ?? '?'} paragraphs, ${found.quotes.length} quotes; officials quoted: ${found.officials.join(', ') || 'none'}`);
  for (const q of found.quotes.slice(0, 4)) {
    const text = q.text.length > 80 ? `${q.text.slice(0, 77)}…` : q.text;
    console.log(`  “${text}” — ${q.speaker ?? 'speaker not identified'}`);
  }
  console.log(`  screenshots: ${join(OUT, `${slug}.png`)}, ${join(OUT, `${slug}-card.png`)}, ${join(OUT, `${slug}-popup.png`)}`);
  // The demo reader saves every quote as they go, so later pages on the same story show related statements.
  if (summary) {
    for (const q of found.quotes) await asPopup(ctx, 'saveTabQuote', { tabId: summary.tabId, key: q.key });
    console.log(`  saved its ${found.quotes.length} quotes to the demo library`);
  }
  // The page stays open: the popup screenshots of the longest article need its tab.
  return { tabId: summary?.tabId ?? null, quotes: found.quotes.length };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  server = await startStaticServer('tests/fixtures', Number(process.env.PORT ?? 0));
  const launched = await launchWithExtension({ headless: !headed });
  context = launched.context;
  const pages = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .sort();
  console.log(`OnRecord demo: ${pages.length} news pages served at ${server.url('/pages/')}`);
  if (headed) {
    const page = await context.newPage();
    await page.goto(server.url('/pages/index.html'));
    console.log('Chromium is open with OnRecord loaded. Press Ctrl-C to stop.');
    context.on('close', () => void shutdown(0));
    return;
  }
  let longest = { tabId: null as number | null, quotes: -1 };
  for (const file of pages) {
    const read = await demoPage(context, launched.extensionId, file, server.url(`/pages/${file}`));
    if (read.quotes > longest.quotes) longest = read;
  }
  const shots = await shootSurfaces(
    context,
    launched.extensionId,
    OUT,
    { url: '', tabPage: null, tabId: longest.tabId },
    server.url(`/pages/${pages[1] ?? pages[0]}`),
  );
  console.log(`\nDone: screenshots of ${pages.length} pages, their hover cards and popups in ${OUT}, and of each surface:`);
  for (const s of shots) console.log(`  ${s}`);
  await shutdown(0);
}

main().catch((e) => {
  console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`);
  void shutdown(1);
});
