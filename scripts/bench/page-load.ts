/**
 * One load of a page in Chromium with the extension, profiled: the content script's CPU time (sampled profile,
 * made CPU time with a trace of the page's tasks), its long tasks, when highlights appear, the engine's time.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import type { StaticServer } from '../../tests/support/static-server';
import {
  clockOffset,
  longestScriptTaskMs,
  scriptCost,
  scriptCpuMs,
  scriptMsWithin,
  scriptThread,
  type CpuProfile,
  type ThreadTask,
  type TraceEvent,
} from './cpu-profile';
import { readabilityMs } from './readability-peer';

export const SAMPLING_US = 100;
const MARKER = '__onrecordBenchMark';

/** Runs in every document before its scripts: long tasks, and the first moment the quote highlight exists. */
export const INIT = `(() => {
  const b = (window.__onrecordBench = { longTasks: [], highlightAt: null });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const poll = setInterval(() => {
    if (CSS.highlights && CSS.highlights.has('onrecord-quote')) { b.highlightAt = performance.now(); clearInterval(poll); }
  }, 2);
  setTimeout(() => clearInterval(poll), 180000);
})();`;
/** A 10 ms busy loop under a known name, so profile samples can be put on the page's clock. */
const MARK = `(function ${MARKER}() { const t = performance.now(); while (performance.now() - t < 10) {} return t; })()`;

const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';

/** The top-level tasks of the thread that evaluated the content script (the page's main thread). */
function pageTasks(events: TraceEvent[], scriptUrl: string): ThreadTask[] {
  const thread = scriptThread(events, scriptUrl);
  return (thread?.events ?? []).filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 0).map((e) => ({ ts: e.ts, dur: e.dur!, tdur: e.tdur ?? e.dur! }));
}

export interface Load {
  profile: CpuProfile;
  tasks: ThreadTask[];
  maxTaskMs: number;
  engineMs: number;
  selfMs: number;
  inclMs: number;
  cpuMs: number;
  startupMs: number;
  highlightAt: number;
  quotes: number;
  textKb: number;
  longTasks: Array<{ duration: number; scriptMs: number }>;
  readability: { ms: number; chars: number } | null;
}

export async function loadOnce(
  context: BrowserContext,
  worker: Worker,
  server: StaticServer,
  path: string,
  scriptUrl: string,
  settleMs: number,
  peer = false,
): Promise<Load> {
  await worker.evaluate(`performance.clearMeasures('onrecord-analyze')`);
  const page = await context.newPage();
  // Same origin first, so the renderer that is profiled is the one that loads the page.
  await page.goto(server.url('/__blank.html'));
  const cdp = await context.newCDPSession(page);
  // A trace of the page's tasks gives each its thread (CPU) time, to turn sampled wall time into CPU time.
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await page.goto(server.url(path), { timeout: 120_000 });
  await page.waitForFunction('window.__onrecordBench.highlightAt !== null', null, { timeout: 120_000 });
  await page.waitForTimeout(settleMs);
  const markAt = (await page.evaluate(MARK)) as number;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Tracing.end');
  await traced;
  const seen = (await page.evaluate(
    `({ ...window.__onrecordBench, quotes: CSS.highlights.get('onrecord-quote').size, text: document.body.innerText.length })`,
  )) as {
    longTasks: Array<{ start: number; duration: number }>;
    highlightAt: number;
    quotes: number;
    text: number;
  };
  await cdp.detach();
  // The peer on the same page, after the profile and the trace, so neither counts it.
  const readability = peer ? await readabilityMs(page) : null;
  await page.close();
  // The engine's own run, in the background (off the page's thread), from its User Timing measure.
  const engineMs = (await worker.evaluate(`performance.getEntriesByName('onrecord-analyze').reduce((a, e) => a + e.duration, 0)`)) as number;
  const cost = scriptCost(profile, scriptUrl);
  const tasks = pageTasks(events, scriptUrl);
  const cpuMs = scriptCpuMs(cost, tasks);
  const maxTaskMs = longestScriptTaskMs(cost, tasks);
  // Without the marker (the sampler missed it on a busy machine) long tasks are counted but not attributed.
  const offset = clockOffset(cost, MARKER, markAt);
  if (offset === null) console.warn(`page bench: clock marker not sampled on ${path}; its long tasks are not attributed this load`);
  return {
    profile,
    tasks,
    readability,
    maxTaskMs,
    engineMs,
    selfMs: cost.selfMs,
    inclMs: cost.inclusiveMs,
    cpuMs,
    startupMs: cost.startupMs,
    highlightAt: seen.highlightAt,
    quotes: seen.quotes,
    textKb: seen.text / 1024,
    longTasks: seen.longTasks.map((t) => ({ duration: t.duration, scriptMs: offset === null ? 0 : scriptMsWithin(cost, offset, t.start, t.duration) })),
  };
}
