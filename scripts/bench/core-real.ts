/**
 * `npm run bench -- core --polnear DIR` (or POLNEAR_DIR): the core on real news read once each, side by side in
 * one run with compromise and with a one-pass regex floor, and its first pass in a fresh process. Without the
 * data, the own corpus once (no repetition), and the table says so.
 */
import nlp from 'compromise';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ArticleInput } from '../../src/core/index';
import { countWords, evenSample, floorPass, polnearArg, readTextArticles } from './real-text';
import { median, timeMedian } from './stats';
import { beforeArg, beforeTree } from './build-before';
import { buildCoreBundle } from './build-core';

const COMPROMISE_WORDS = 60_000; // compromise reads ~10k words/s: an even sample keeps its runs to seconds
const COLD_RUNS = 3;
/** Fresh processes per build when set against --before: a first pass swings with the machine's load, so more. */
const BEFORE_COLD_RUNS = 7;

type Analyze = (input: ArticleInput) => unknown;

const textOf = (a: ArticleInput) => a.paragraphs.join('\n\n');

function runCompromise(articles: ArticleInput[]): void {
  for (const a of articles) {
    const doc = nlp(textOf(a));
    doc.people().out('array');
    doc.quotations().out('array');
  }
}

interface ColdPass {
  importMs: number;
  passMs: number;
}

/** The first pass of a fresh node process per run (its own JIT, caches and lexicon), median of runs. */
function coldPass(bundle: string, dir: string | undefined): ColdPass {
  const runs = Array.from({ length: COLD_RUNS }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/core-cold.ts', bundle, ...(dir ? [dir] : [])], { encoding: 'utf8' });
    return JSON.parse(out) as ColdPass;
  });
  return { importMs: median(runs.map((r) => r.importMs)), passMs: median(runs.map((r) => r.passMs)) };
}

/** Passes of `run` for a second (and at least two), to warm the engine up again after another one ran. */
function rewarm(run: () => void): void {
  const until = performance.now() + 1000;
  for (let i = 0; i < 2 || performance.now() < until; i++) run();
}

export async function benchRealText(bundle: string, analyze: Analyze, own: ArticleInput[]): Promise<Record<string, number>> {
  const dir = polnearArg(process.argv);
  const real = readTextArticles(dir);
  const articles = real?.articles ?? own;
  const source = real
    ? `PolNeAR text from ${real.folder}`
    : `no PolNeAR data${dir ? ` at ${dir}` : ' (give --polnear DIR or POLNEAR_DIR)'}: FALLING BACK to the own corpus`;
  const text = articles.map(textOf).join('\n\n');
  const words = countWords(text);

  const coldMs = coldPass(bundle, real ? dir : undefined);
  const runCore = (set: ArticleInput[]) => () => set.forEach((a) => analyze(a));
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) runCore(articles)();
  const coreMs = timeMedian(runCore(articles), 7);
  floorPass(text);
  const floorMs = timeMedian(() => floorPass(text), 15);
  const sample = evenSample(articles, (a) => countWords(textOf(a)), COMPROMISE_WORDS);
  const sampleWords = countWords(sample.map(textOf).join('\n\n'));
  runCompromise(sample.slice(0, 5));
  const compromiseMs = timeMedian(() => runCompromise(sample), 3);
  // compromise's runs leave the core cold again (its sample ran 1.45x slower straight after them, and as fast
  // as before once warmed), so the core is warmed again before its side of the ratio, as compromise was.
  rewarm(runCore(articles));
  const coreSampleMs = timeMedian(runCore(sample), 15);

  const wps = (w: number, ms: number) => w / (ms / 1000);
  const fmt = (x: number) => Math.round(x).toLocaleString('en');
  const coreWps = wps(words, coreMs);
  const floorWps = wps(words, floorMs);
  const coldWps = wps(words, coldMs.passMs);
  const ratio = wps(sampleWords, coreSampleMs) / wps(sampleWords, compromiseMs);
  console.log(`\n## Core engine on real text, each article once: ${source} (${articles.length} articles, ${fmt(words)} words)`);
  console.log('| engine | median time | words/s | against compromise | share of the floor |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| OnRecord core, warmed (median of 7 passes) | ${coreMs.toFixed(0)} ms | ${fmt(coreWps)} | ${ratio.toFixed(0)}x (on the sample below) | ${((100 * coreWps) / floorWps).toFixed(1)}% |`,
  );
  console.log(
    `| OnRecord core, first pass of a fresh process (median of ${COLD_RUNS} processes; the bundle's import apart: ${coldMs.importMs.toFixed(0)} ms) | ${coldMs.passMs.toFixed(0)} ms | ${fmt(coldWps)} | | ${((100 * coldWps) / floorWps).toFixed(1)}% |`,
  );
  console.log(
    `| compromise .people() + .quotations() (every ${Math.round(articles.length / sample.length)}th article: ${sample.length} articles, ${fmt(sampleWords)} words; median of 3) | ${compromiseMs.toFixed(0)} ms | ${fmt(wps(sampleWords, compromiseMs))} | 1x | |`,
  );
  console.log(
    `| OnRecord core on that sample (median of 15, warmed again after compromise) | ${coreSampleMs.toFixed(1)} ms | ${fmt(wps(sampleWords, coreSampleMs))} | ${ratio.toFixed(0)}x | |`,
  );
  console.log(`| floor: one regex pass, quote marks and words (median of 15) | ${floorMs.toFixed(1)} ms | ${fmt(floorWps)} | | 100% |`);
  const before = beforeArg();
  if (before) await compareBefore(before, { bundle, analyze, articles, sample, words, sampleWords, dir: real ? dir : undefined, compromiseMs });
  console.log(
    `targets: >= 100x compromise (${ratio >= 100 ? 'meets' : 'misses'}), >= 1M words/s warmed (${coreWps >= 1e6 ? 'meets' : 'misses'}), first pass >= 0.5M words/s (${coldWps >= 5e5 ? 'meets' : 'misses'})`,
  );
  return { realWps: coreWps, realColdWps: coldWps, realRatio: ratio, realFloorShare: coreWps / floorWps };
}

interface Run {
  bundle: string;
  analyze: Analyze;
  articles: ArticleInput[];
  sample: ArticleInput[];
  words: number;
  sampleWords: number;
  dir: string | undefined;
  compromiseMs: number;
}

/**
 * `--before REF`: the core as of REF, bundled from its tree, timed in the same run as this tree's: cold passes in
 * fresh processes taking turns, warmed passes alternating in this process, both against the same compromise time.
 */
async function compareBefore(ref: string, now: Run): Promise<void> {
  const { dir: tree, commit } = beforeTree(ref);
  const oldBundle = await buildCoreBundle(tree, 'core-before');
  const old = (await import(oldBundle)) as { analyzeArticle: Analyze };
  const cold = { now: [] as ColdPass[], old: [] as ColdPass[] };
  for (let i = 0; i < BEFORE_COLD_RUNS; i++) {
    // Turn about: neither build always runs first.
    const first = i % 2 === 0;
    if (first) cold.now.push(coldPass(now.bundle, now.dir));
    cold.old.push(coldPass(oldBundle, now.dir));
    if (!first) cold.now.push(coldPass(now.bundle, now.dir));
  }
  const pass = (analyze: Analyze, set: ArticleInput[]) => () => set.forEach((a) => analyze(a));
  const warmUntil = performance.now() + 2000;
  // Both builds, in turns: this tree's was warm before compromise ran, and is cold again after it.
  while (performance.now() < warmUntil) {
    pass(old.analyzeArticle, now.articles)();
    pass(now.analyze, now.articles)();
  }
  const warm = { now: [] as number[], old: [] as number[], nowSample: [] as number[], oldSample: [] as number[] };
  for (let i = 0; i < 7; i++) {
    warm.now.push(timeMedian(pass(now.analyze, now.articles), 1));
    warm.old.push(timeMedian(pass(old.analyzeArticle, now.articles), 1));
    warm.nowSample.push(timeMedian(pass(now.analyze, now.sample), 1));
    warm.oldSample.push(timeMedian(pass(old.analyzeArticle, now.sample), 1));
  }
  const wps = (w: number, ms: number) => Math.round(w / (ms / 1000)).toLocaleString('en');
  const kb = (file: string) => `${Math.round(statSync(file).size / 1024)} KB`;
  const row = (label: string, file: string, c: ColdPass[], w: number[], s: number[]) =>
    `| ${label} | ${kb(file)} | ${median(c.map((r) => r.importMs)).toFixed(1)} ms | ${wps(now.words, median(c.map((r) => r.passMs)))} | ${wps(now.words, median(w))} | ${(now.compromiseMs / median(s)).toFixed(0)}x |`;
  console.log(
    `\n### Before (${commit.slice(0, 7)}) and after, same run (cold: ${BEFORE_COLD_RUNS} rounds of ${COLD_RUNS} fresh processes each, in turns; warmed: 7 alternating passes each)`,
  );
  console.log(
    '| core | bundle | import of the bundle in a fresh process | first pass of a fresh process, words/s | warmed, words/s | against compromise (same sample, same compromise time) |',
  );
  console.log('|---|---|---|---|---|---|');
  console.log(row(`before (${commit.slice(0, 7)})`, oldBundle, cold.old, warm.old, warm.oldSample));
  console.log(row('after (this tree)', now.bundle, cold.now, warm.now, warm.nowSample));
}
