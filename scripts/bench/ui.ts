/**
 * Extension pages as a reader meets them: the popup over a news page with 10,000 saved quotes (navigation
 * start to its quotes in the DOM, then to every listed quote's look-up and related results), and the library's search over 100,000 quotes
 * (a term entered to the result list showing matches for it). Libraries are imported, not measured.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../../tests/support/chromium';
import { startStaticServer } from '../../tests/support/static-server';
import { beforeArg, beforeChromeDist } from './build-before';
import { ensureChromeBuild, fillLibrary } from './library-fill';
import { median } from './stats';

const POPUP_LIBRARY = 10_000;
const SEARCH_LIBRARY = Number(process.env.BENCH_UI_SEARCH_SIZE ?? 100_000);
const NEWS_PAGE = '/capital-ledger-ceasefire-talks.html';
const OPENS = Number(process.env.BENCH_UI_OPENS ?? 7);
/** Common to rare in the generated quotes; the last two match fewer than a page or nothing. */
const TERMS = ['ourselves', 'no plan to', 'ceasefire', 'door is open', 'reservoir', 'yarford', 'spoken to ana okafor', 'zeppelin'];
const POPUP_TARGET = 100;
const SEARCH_TARGET = 100;

/**
 * Records when the popup first shows its page quotes, and when every listed quote's library look-up is in
 * (no "checking" left), with the related items shown then. The popup renders the quotes before the look-ups.
 */
const POPUP_INIT = `(() => {
  const b = (window.__onrecordBench = { renderedAt: null, settledAt: null, quotes: 0, related: 0 });
  new MutationObserver(() => {
    const quotes = document.querySelectorAll('[data-testid="page-quote"]');
    if (quotes.length === 0) return;
    if (b.renderedAt === null) {
      b.renderedAt = performance.now();
      b.quotes = quotes.length;
    }
    if (b.settledAt === null && document.querySelector('[data-testid="page-quote"] .checking') === null) {
      b.settledAt = performance.now();
      b.related = document.querySelectorAll('[data-testid="related-item"]').length;
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function tabIdOf(library: Page, url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const id = await library.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId?: number }>;
      return Object.values(all).find((s) => s.url === u)?.tabId ?? -1;
    }, url);
    if (id >= 0) return id;
    await library.waitForTimeout(100);
  }
  throw new Error(`ui bench: no tab summary for ${url}`);
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number) {
  const popup = await context.newPage();
  await popup.addInitScript(POPUP_INIT);
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  type Seen = { renderedAt: number | null; settledAt: number | null; quotes: number; related: number };
  // Functions, not strings: the extension pages' CSP forbids eval. Closed only once its look-ups are in, so
  // the next open does not share the worker with this one's (a reader does not reopen within 100 ms).
  await popup.waitForFunction(() => (window as unknown as { __onrecordBench: Seen }).__onrecordBench.settledAt !== null, null, { timeout: 60_000 });
  const seen = await popup.evaluate(() => {
    // Where the wait goes: the document parsed, its module scripts run, then the messages and the render.
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const b = (window as unknown as { __onrecordBench: Seen }).__onrecordBench as Seen & { renderedAt: number; settledAt: number };
    return { ...b, parsedAt: nav?.domInteractive ?? 0, scriptsAt: nav?.domContentLoadedEventEnd ?? 0 };
  });
  await popup.close();
  return seen;
}

/**
 * Enters `term` at once (a paste, or the last keystroke once earlier searches are done) and waits until every
 * listed quote contains it, or the empty-result message shows; '' waits for the list to leave `previous`.
 * Timed inside the page.
 */
function search(library: Page, term: string, previous = ''): Promise<{ ms: number; shown: number }> {
  return library.evaluate(
    ([t, prev]) =>
      new Promise<{ ms: number; shown: number }>((resolve) => {
        const box = document.querySelector('[data-testid="search-text"]') as HTMLInputElement;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const items = [...document.querySelectorAll('[data-testid="library-quote"] blockquote')].map((b) => (b.textContent ?? '').toLowerCase());
          const done =
            t === ''
              ? items.length > 0 && !items.every((x) => x.includes(prev))
              : items.length > 0
                ? items.every((x) => x.includes(t))
                : document.querySelector('.empty') !== null;
          if (!done) return;
          observer.disconnect();
          resolve({ ms: performance.now() - t0, shown: items.length });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        box.value = t;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [term, previous] as const,
  );
}

export interface UiResult {
  popupMedian: number;
  popupMax: number;
  /** Navigation start to every listed quote's look-up in (related results shown). */
  settledMedian: number;
  related: number;
  searchQuotes: number;
  searchMedian: number;
  searches: Array<{ term: string; ms: number; shown: number }>;
}

/** A browser with `dist` loaded, its library filled with the popup's 10,000 quotes, and the news page open. */
async function popupSetup(server: { url(path: string): string }, dist?: string) {
  const launched = await launchWithExtension({ dist });
  const library = await launched.context.newPage();
  await library.goto(`chrome-extension://${launched.extensionId}/src/library/index.html`);
  await fillLibrary(library, 0, POPUP_LIBRARY);
  const news = await launched.context.newPage();
  await news.goto(server.url(NEWS_PAGE));
  await news.waitForFunction(() => CSS.highlights.has('onrecord-quote'));
  const tabId = await tabIdOf(library, news.url());
  const open = () => openPopup(launched.context, launched.extensionId, tabId);
  await open(); // warm-up, not counted
  return { ...launched, library, open };
}

/**
 * `--before REF`: the popup of REF's build too, in its own browser with the same library, the opens taking
 * turns, so the two medians come from one run under one load.
 */
async function popupBefore(
  server: { url(path: string): string },
  ref: string,
  after: () => Promise<{ renderedAt: number; parsedAt: number; scriptsAt: number }>,
): Promise<void> {
  const { dist, commit } = beforeChromeDist(ref);
  const before = await popupSetup(server, dist);
  try {
    const times = { before: [] as number[], after: [] as number[] };
    const phases = { before: [] as Array<[number, number, number]>, after: [] as Array<[number, number, number]> };
    for (let i = 0; i < OPENS; i++) {
      const first = i % 2 === 0 ? 'before' : 'after';
      for (const which of [first, first === 'before' ? 'after' : 'before'] as const) {
        const seen = await (which === 'before' ? before.open() : after());
        times[which].push(seen.renderedAt);
        phases[which].push([seen.parsedAt, seen.scriptsAt - seen.parsedAt, seen.renderedAt - seen.scriptsAt]);
      }
    }
    const [b, a] = [median(times.before), median(times.after)];
    console.log(`\n## UI: popup first render, ${commit.slice(0, 8)} (before) and this tree, opens taking turns`);
    // The document's parse comes before any of OnRecord's code: its medians say how alike the two builds' conditions were.
    console.log('| build | opens (ms) | median | medians: document parsed, then its module scripts run, then the list in the DOM |');
    console.log('|---|---|---|---|');
    const phase = (which: 'before' | 'after') => ([0, 1, 2] as const).map((k) => `${median(phases[which].map((p) => p[k])).toFixed(0)}`).join(' + ') + ' ms';
    console.log(`| before ${commit.slice(0, 8)} | ${times.before.map((x) => x.toFixed(0)).join(', ')} | ${b.toFixed(0)} ms | ${phase('before')} |`);
    console.log(`| this tree | ${times.after.map((x) => x.toFixed(0)).join(', ')} | ${a.toFixed(0)} ms | ${phase('after')} |`);
    console.log(`after / before: ${(a / b).toFixed(2)}`);
  } finally {
    await before.context.close();
    rmSync(before.profileDir, { recursive: true, force: true });
  }
}

export async function benchUi(): Promise<UiResult> {
  ensureChromeBuild();
  const server = await startStaticServer('tests/fixtures/pages');
  const { context, profileDir, library, open } = await popupSetup(server);
  try {
    const opens: Array<Awaited<ReturnType<typeof openPopup>>> = [];
    for (let i = 0; i < OPENS; i++) opens.push(await open());
    const ref = beforeArg();
    if (ref) await popupBefore(server, ref, open);

    await fillLibrary(library, POPUP_LIBRARY, SEARCH_LIBRARY);
    await library.reload();
    await library.getByTestId('library-quote').first().waitFor({ timeout: 60_000 });
    await search(library, 'families'); // warm-up, not counted
    await search(library, '', 'families');
    const searches = [];
    for (const term of TERMS) {
      searches.push({ term, ...(await search(library, term)) });
      await search(library, '', term);
    }

    const popupMs = opens.map((o) => o.renderedAt);
    const result: UiResult = {
      popupMedian: median(popupMs),
      popupMax: Math.max(...popupMs),
      settledMedian: median(opens.map((o) => o.settledAt)),
      related: opens[0]!.related,
      searchQuotes: SEARCH_LIBRARY,
      searchMedian: median(searches.map((s) => s.ms)),
      searches,
    };
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    console.log(`\n## UI: popup over ${NEWS_PAGE.slice(1)} with ${POPUP_LIBRARY.toLocaleString('en')} saved quotes (${OPENS} opens after a warm-up)`);
    console.log('| popup: navigation start to its quotes in the DOM | median | max | page quotes | look-ups in (median) | related items shown then |');
    console.log('|---|---|---|---|---|---|');
    console.log(
      `| ${popupMs.map((x) => x.toFixed(0)).join(', ')} ms | ${ms(result.popupMedian)} | ${ms(result.popupMax)} | ${opens[0]!.quotes} | ${ms(result.settledMedian)} | ${result.related} |`,
    );
    // Chromium parses even an empty extension page in about this long before any script of ours runs.
    const phase = (f: (o: Awaited<ReturnType<typeof openPopup>>) => number) => ms(median(opens.map(f)));
    console.log(
      `medians: document parsed ${phase((o) => o.parsedAt)}, then its module scripts run ${phase((o) => o.scriptsAt - o.parsedAt)}, then the list in the DOM ${phase((o) => o.renderedAt - o.scriptsAt)}`,
    );
    console.log(
      `popup median ${ms(result.popupMedian)} vs the ${POPUP_TARGET} ms target: ${result.popupMedian <= POPUP_TARGET ? 'meets' : `misses (x${(result.popupMedian / POPUP_TARGET).toFixed(1)})`}`,
    );
    console.log(
      `\n## UI: library search over ${SEARCH_LIBRARY.toLocaleString('en')} quotes (term entered at once; until the list shows only matches, or "no results")`,
    );
    console.log('| search text | time to results | quotes shown |');
    console.log('|---|---|---|');
    for (const s of searches) console.log(`| "${s.term}" | ${ms(s.ms)} | ${s.shown} |`);
    console.log(
      `search median ${ms(result.searchMedian)} over ${searches.length} searches vs the ${SEARCH_TARGET} ms target: ${result.searchMedian <= SEARCH_TARGET ? 'meets' : `misses (x${(result.searchMedian / SEARCH_TARGET).toFixed(1)})`}; slowest ${ms(Math.max(...searches.map((s) => s.ms)))}`,
    );
    return result;
  } finally {
    await context.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
