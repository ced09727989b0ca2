/** The page bench's table and target lines, for one build's rows. */
import { median } from './stats';

const TARGET_MS = 5;

export interface PageRow {
  page: string;
  big: boolean;
  textKb: number;
  quotes: number;
  engineMedian: number;
  selfMedian: number;
  inclMedian: number;
  inclMax: number;
  cpuMedian: number;
  cpuMax: number;
  startupMedian: number;
  highlightAt: number;
  longTasks: number;
  longestTask: number;
  longestTaskScriptMs: number;
  longestScriptInTask: number;
  /** Readability's parse() of a clone of the same page, median of 5 in the warm-up load. */
  readabilityMs: number;
  /** Thread time of the script's evaluation and the page's microtasks, from a trace with the profiler off (median). */
  traceOnlyMedian: number;
  /** The most content-script CPU time inside one task of the page's thread, over all loads (from the trace). */
  maxTaskMs: number;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export function printPageRows(rows: PageRow[]): void {
  console.log(
    `| page | text | quotes | content script CPU time (median / max) | profiler off: thread time from a trace (median) | Readability.js parse() of a clone (median of 5) | content script / Readability | sampled wall time, with callees (median / max) | of it, own code | of it, script start-up | highlights at (from navigation) | engine in the background (not on the page's thread) | long tasks > 50 ms (all loads) | longest long task (content script in it) | most content script in one long task |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.textKb.toFixed(0)} KB | ${r.quotes} | ${ms(r.cpuMedian)} / ${ms(r.cpuMax)} | ${Number.isNaN(r.traceOnlyMedian) ? '' : ms(r.traceOnlyMedian)} | ${ms(r.readabilityMs)} | ${(r.cpuMedian / r.readabilityMs).toFixed(2)}x | ${ms(r.inclMedian)} / ${ms(r.inclMax)} | ${ms(r.selfMedian)} | ${ms(r.startupMedian)} | ${ms(r.highlightAt)} | ${ms(r.engineMedian)} | ${r.longTasks} | ${r.longestTask ? `${ms(r.longestTask)} (${ms(r.longestTaskScriptMs)})` : 'none'} | ${ms(r.longestScriptInTask)} |`,
    );
  }
}

export function summarizePages(
  label: string,
  rows: PageRow[],
  runs: number,
  firstLoad: { first: number; next: number } | undefined,
): { articleMedian: number; traceOnly: number; ratio: number; bigOver50: boolean } {
  const articles = rows.filter((r) => !r.big);
  const articleMedian = median(articles.map((r) => r.cpuMedian));
  const articleWall = median(articles.map((r) => r.inclMedian));
  const ratio = median(articles.map((r) => r.cpuMedian / r.readabilityMs));
  const traceOnly = median(articles.map((r) => r.traceOnlyMedian));
  if (articles.length > 0) {
    console.log(
      `${label}: article-sized pages, profiler off: median thread time of the script's evaluation and the page's microtasks ${ms(traceOnly)} (trace only; the page's own scripts are none)`,
    );
    console.log(
      `${label}: article-sized pages: median content-script CPU time ${ms(articleMedian)} (sampled wall time ${ms(articleWall)}) vs the ${TARGET_MS} ms target: ${articleMedian <= TARGET_MS ? 'meets' : `misses (x${(articleMedian / TARGET_MS).toFixed(1)})`}`,
    );
    console.log(
      `${label}: article-sized pages: content script / Readability.js, median of the per-page ratios ${ratio.toFixed(2)}x (Readability median ${ms(median(articles.map((r) => r.readabilityMs)))}) vs the 0.5x target: ${ratio <= 0.5 ? 'meets' : 'misses'}`,
    );
  }
  const b = rows.find((r) => r.big);
  const bigOver50 = !!b && b.longestScriptInTask > 50;
  if (b) {
    console.log(
      `${label}: 2 MB page: the most content-script CPU time in one task of the page's thread (trace, all ${runs} loads) ${ms(b.maxTaskMs)} vs the 30 ms target: ${b.maxTaskMs <= 30 ? 'meets' : 'misses'}${articles.length ? `; on the article pages at most ${ms(Math.max(...articles.map((r) => r.maxTaskMs)))}` : ''}`,
    );
    console.log(
      `${label}: 2 MB page: ${b.longestTask > 50 ? `long tasks up to ${ms(b.longestTask)}` : 'no long task over 50 ms'}; content script in one task at most ${ms(b.longestScriptInTask)}: ${bigOver50 ? 'the content script DOES block the page for more than 50 ms' : 'the content script never blocks for 50 ms'}`,
    );
  }
  if (firstLoad)
    console.log(
      `${label}: first page of a fresh browser (nothing of the content script compiled yet), median of 6 launches: ${ms(firstLoad.first)} of thread time in the script's evaluation and the page's microtasks; the next load of the same page: ${ms(firstLoad.next)} (trace only, no profiler)`,
    );
  return { articleMedian, traceOnly, ratio, bigOver50 };
}
