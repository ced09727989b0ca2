/**
 * Content-script cost per page in Chromium with the extension loaded: CPU time in the content script from a
 * DevTools CPU profile (self, and with the DOM and built-in calls it makes), long tasks seen by the page's own
 * PerformanceObserver, and when the quote highlights appear. Fixture pages plus a generated 2 MB article.
 * `--before REF` also builds the extension as of REF and loads it in a second browser in the same run, the two
 * taking turns load by load, so the before and after figures share the machine's load. `--profile` prints where
 * the content script's time goes, per page.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_DIST, launchWithExtension } from '../../tests/support/chromium';
import { startStaticServer, type StaticServer } from '../../tests/support/static-server';
import { beforeArg, beforeChromeDist } from './build-before';
import { ensureChromeBuild } from './library-fill';
import { benchFirstLoad, tracedLoad } from './page-first-load';
import { INIT, loadOnce, SAMPLING_US, type Load } from './page-load';
import { printPageRows, summarizePages, type PageRow } from './page-report';
import { bigArticlePage } from './news-gen';
import { addSpots, moduleStarts, printSpots, type SpotSums } from './profile-spots';
import { median } from './stats';

const RUNS = 9;
const PROFILE = process.argv.includes('--profile');

interface Variant {
  label: string;
  dist: string;
  context: BrowserContext;
  worker: Worker;
  scriptUrl: string;
  profileDir: string;
  rows: PageRow[];
}

/**
 * The content script's thread time from a trace alone, profiler off (the sampling profiler costs the page's
 * thread time of its own, which the CPU figure above includes): its evaluation plus the page's microtasks.
 */
async function traceOnlyMs(v: Variant, server: StaticServer, path: string): Promise<number | null> {
  const page = await v.context.newPage();
  try {
    await page.goto(server.url('/__blank.html'));
    const cdp = await v.context.newCDPSession(page);
    const ms = await tracedLoad(cdp, server.url(path), v.scriptUrl, 'window.__onrecordBench && window.__onrecordBench.highlightAt !== null');
    await cdp.detach();
    return ms;
  } finally {
    await page.close();
  }
}

function rowOf(p: { name: string; big: boolean }, warm: Load, loads: Load[], traced: number[]): PageRow {
  const tasks = loads.flatMap((l) => l.longTasks);
  const longest = tasks.reduce((a, t) => (t.duration > a.duration ? t : a), { duration: 0, scriptMs: 0 });
  const med = (k: keyof Load) => median(loads.map((l) => l[k] as number));
  const max = (k: keyof Load) => Math.max(...loads.map((l) => l[k] as number));
  return {
    readabilityMs: warm.readability?.ms ?? NaN,
    maxTaskMs: max('maxTaskMs'),
    page: p.name,
    big: p.big,
    textKb: loads[0]!.textKb,
    quotes: loads[0]!.quotes,
    engineMedian: med('engineMs'),
    selfMedian: med('selfMs'),
    inclMedian: med('inclMs'),
    inclMax: max('inclMs'),
    cpuMedian: med('cpuMs'),
    cpuMax: max('cpuMs'),
    startupMedian: med('startupMs'),
    highlightAt: med('highlightAt'),
    longTasks: tasks.length,
    traceOnlyMedian: traced.length ? median(traced) : NaN,
    longestTask: longest.duration,
    longestTaskScriptMs: longest.scriptMs,
    longestScriptInTask: Math.max(0, ...tasks.map((t) => t.scriptMs)),
  };
}

function printProfile(v: Variant, name: string, loads: Load[]): void {
  const spots: SpotSums = { own: new Map(), leaf: new Map(), module: new Map(), stacks: new Map() };
  const starts = moduleStarts(readFileSync(join(v.dist, 'src/content/index.js'), 'utf8'));
  for (const l of loads) addSpots(spots, l.profile, v.scriptUrl, starts, l.tasks);
  printSpots(`${v.label}: ${name}`, spots, loads.length);
}

export async function benchPage(): Promise<{ rows: PageRow[]; articleMedian: number; bigOver50: boolean }> {
  ensureChromeBuild();
  const ref = beforeArg();
  const before = ref ? beforeChromeDist(ref) : null;
  const server = await startStaticServer('tests/fixtures/pages');
  const big = bigArticlePage(2 * 1024 * 1024);
  server.routes.set('/__blank.html', { type: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>blank</title>' });
  server.routes.set('/generated/big-2mb.html', { type: 'text/html; charset=utf-8', body: big.html });
  const pages = readdirSync('tests/fixtures/pages')
    .filter((n) => n.endsWith('.html') && n !== 'index.html')
    .sort()
    .map((n) => ({ name: n.replace(/\.html$/, ''), path: `/${n}`, big: false }));
  pages.push({ name: `generated ${(big.textBytes / 1048576).toFixed(1)} MB article`, path: '/generated/big-2mb.html', big: true });
  // PAGE_ONLY=word keeps the pages whose name holds it (a quick profile of one page).
  const chosen = pages.filter((p) => !process.env.PAGE_ONLY || p.name.includes(process.env.PAGE_ONLY));
  const builds = [
    { label: 'after (this tree)', dist: CHROME_DIST },
    ...(before ? [{ label: `before (${before.commit.slice(0, 7)})`, dist: before.dist }] : []),
  ];
  const variants: Variant[] = [];
  try {
    for (const b of builds) {
      const { context, worker, extensionId, profileDir } = await launchWithExtension({ dist: b.dist });
      await context.addInitScript(INIT);
      variants.push({ ...b, context, worker, profileDir, scriptUrl: `chrome-extension://${extensionId}/src/content/index.js`, rows: [] });
    }
    for (const p of chosen) {
      const settle = p.big ? 2000 : 500;
      const warm = new Map<Variant, Load>();
      const loads = new Map<Variant, Load[]>(variants.map((v) => [v, []]));
      for (const v of variants) warm.set(v, await loadOnce(v.context, v.worker, server, p.path, v.scriptUrl, settle, true)); // warm-up: only the peer's time counts
      // Turn about, starting with a different build each round, so neither always runs first.
      for (let i = 0; i < RUNS; i++) {
        for (let k = 0; k < variants.length; k++) {
          const v = variants[(i + k) % variants.length]!;
          loads.get(v)!.push(await loadOnce(v.context, v.worker, server, p.path, v.scriptUrl, settle));
        }
      }
      const traced = new Map<Variant, number[]>(variants.map((v) => [v, []]));
      for (let i = 0; i < (p.big ? 0 : RUNS); i++) {
        for (let k = 0; k < variants.length; k++) {
          const v = variants[(i + k) % variants.length]!;
          const ms = await traceOnlyMs(v, server, p.path);
          if (ms !== null) traced.get(v)!.push(ms);
        }
      }
      for (const v of variants) {
        v.rows.push(rowOf(p, warm.get(v)!, loads.get(v)!, traced.get(v)!));
        if (PROFILE) printProfile(v, p.name, loads.get(v)!);
      }
    }
  } finally {
    for (const v of variants) {
      await v.context.close();
      rmSync(v.profileDir, { recursive: true, force: true });
    }
  }
  const firstPaths = chosen.filter((p) => !p.big).map((p) => p.path);
  const firstLoads = new Map<string, { first: number; next: number }>();
  try {
    for (const b of builds) if (firstPaths.length > 0) firstLoads.set(b.label, await benchFirstLoad(server, firstPaths, 6, b.dist));
  } finally {
    await server.close();
  }
  console.log(
    `\n## Page: content-script cost in Chromium (median of ${RUNS} loads after a warm-up; CPU profile sampled every ${SAMPLING_US} µs, with a trace of the page's tasks)`,
  );
  console.log(
    "CPU time: each profile sample in the content script (with its DOM and built-in callees) counts for the share of its task that the page's thread actually ran (thread time / wall time, from the trace). Sampled time is wall time: on this 2-core machine the page's thread is often descheduled mid-task.",
  );
  const summaries = variants.map((v) => {
    console.log(`\n### ${v.label}`);
    printPageRows(v.rows);
    return summarizePages(v.label, v.rows, RUNS, firstLoads.get(v.label));
  });
  if (summaries.length === 2) {
    const [a, b] = summaries as [(typeof summaries)[0], (typeof summaries)[0]];
    console.log(
      `\nbefore -> after, same run (load taken in turns): article-page median CPU ${b.articleMedian.toFixed(1)} -> ${a.articleMedian.toFixed(1)} ms (x${(a.articleMedian / b.articleMedian).toFixed(2)}); profiler off (trace only) ${b.traceOnly.toFixed(1)} -> ${a.traceOnly.toFixed(1)} ms (x${(a.traceOnly / b.traceOnly).toFixed(2)}); content script / Readability ${b.ratio.toFixed(2)}x -> ${a.ratio.toFixed(2)}x`,
    );
  }
  const mine = variants[0]!.rows;
  return { rows: mine, articleMedian: summaries[0]!.articleMedian, bigOver50: summaries[0]!.bigOver50 };
}
