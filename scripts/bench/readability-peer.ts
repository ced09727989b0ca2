/**
 * The Reader View peer: `@mozilla/readability`'s parse() of a clone of the page's document, timed in the page
 * itself (same browser, same page, same run as the content script it is set against). Evaluated over CDP, so a
 * page whose CSP blocks scripts (the benchmark pages) still runs it; the page's own scripts stay blocked.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { median } from './stats';

const SOURCE = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

/** Each run parses a fresh clone (parse() rewrites the document it is given); the clone itself is not timed. */
const TIME_RUNS = (runs: number) => `(() => {
  const times = [];
  let chars = 0;
  for (let i = 0; i < ${runs}; i++) {
    const doc = document.cloneNode(true);
    const t0 = performance.now();
    const article = new Readability(doc).parse();
    times.push(performance.now() - t0);
    chars = article && article.textContent ? article.textContent.length : 0;
  }
  return { times, chars };
})()`;

/** Median ms of Readability's parse() on this page (after one run that compiles it), and the text it kept. */
export async function readabilityMs(page: Page, runs = 5): Promise<{ ms: number; chars: number }> {
  // A string, not a function: the bench's transpiler would add helpers the page does not have.
  await page.evaluate(`${SOURCE}\n;globalThis.Readability = Readability;`);
  await page.evaluate(TIME_RUNS(1));
  const { times, chars } = (await page.evaluate(TIME_RUNS(runs))) as { times: number[]; chars: number };
  return { ms: median(times), chars };
}
