/**
 * `npm run bench -- cli [--polnear DIR]`: the built `onrecord` binary as a user meets it, a whole process each
 * time. Start-up (`--help`, beside bare `node -e 0` and the tsx-run source), and `analyze` of 80 articles
 * against compromise reading the same files in one process. The articles are the project's own set, repeated
 * to 80 files, or PolNeAR's first 80 train texts when --polnear DIR or POLNEAR_DIR is given (read in place,
 * never copied).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli } from '../build/cli';
import { median } from './stats';

const ARTICLES = 80;
const STARTUP_RUNS = 10;
const ANALYZE_RUNS = 3;

function polnearDir(): string | undefined {
  const i = process.argv.indexOf('--polnear');
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? process.env.POLNEAR_DIR;
}

/** 80 article files: PolNeAR train texts in place, or the own set copied round-robin into a temporary folder. */
function articleFiles(tmp: string): { files: string[]; label: string } {
  const polnear = polnearDir();
  if (polnear) {
    const dir = join(polnear, 'text');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, ARTICLES)
      .map((f) => join(dir, f));
    return { files, label: `PolNeAR train, first ${files.length} texts` };
  }
  const own = readdirSync('tests/fixtures/articles')
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const files = Array.from({ length: ARTICLES }, (_, i) => {
    const to = join(tmp, `${String(i).padStart(2, '0')}-${own[i % own.length]}`);
    copyFileSync(join('tests/fixtures/articles', own[i % own.length]!), to);
    return to;
  });
  return { files, label: `own set (${own.length} articles) repeated to ${ARTICLES} files` };
}

/** Median wall time of a whole process, after one unmeasured run (disk cache); fails loudly if it fails. */
function timeProcess(argv: string[], runs: number): number {
  const once = () => {
    const t0 = performance.now();
    const r = spawnSync(argv[0]!, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} … exited ${r.status}: ${r.stderr.toString().slice(0, 400)}`);
    return ms;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

export async function benchCli(): Promise<Record<string, number>> {
  const bin = await buildCli(resolve('bench-output/cli'));
  const tmp = mkdtempSync(join(tmpdir(), 'onrecord-bench-cli-'));
  try {
    const node = process.execPath;
    const nodeMs = timeProcess([node, '-e', '0'], STARTUP_RUNS);
    const helpMs = timeProcess([node, bin, '--help'], STARTUP_RUNS);
    const tsxHelpMs = timeProcess([node, '--import', 'tsx', 'src/cli/main.ts', '--help'], STARTUP_RUNS);

    const { files, label } = articleFiles(tmp);
    const words = files.reduce((n, f) => n + readFileSync(f, 'utf8').split(/\s+/).filter(Boolean).length, 0);
    const analyzeMs = timeProcess([node, bin, 'analyze', ...files], ANALYZE_RUNS);
    const compromiseMs = timeProcess([node, 'scripts/bench/compromise-cli.mjs', ...files], ANALYZE_RUNS);
    const tsxAnalyzeMs = timeProcess([node, '--import', 'tsx', 'src/cli/main.ts', 'analyze', ...files], ANALYZE_RUNS);

    console.log(`\n## CLI, whole processes (medians: ${STARTUP_RUNS} runs for start-up, ${ANALYZE_RUNS} for analyze, each after one unmeasured run)`);
    console.log(`| run | median |`);
    console.log(`|---|---|`);
    console.log(`| \`node -e 0\` (Node alone) | ${nodeMs.toFixed(0)} ms |`);
    console.log(`| \`onrecord --help\` (built, dist/cli) | ${helpMs.toFixed(0)} ms |`);
    console.log(`| \`npm run cli -- --help\` (tsx, source) | ${tsxHelpMs.toFixed(0)} ms |`);
    console.log(`\nanalyze: ${label}, ${words.toLocaleString('en')} words`);
    console.log(`| run | median | words/s |`);
    console.log(`|---|---|---|`);
    const wps = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString('en');
    console.log(`| \`onrecord analyze\` (built) | ${analyzeMs.toFixed(0)} ms | ${wps(analyzeMs)} |`);
    console.log(`| \`npm run -s analyze\` (tsx, source) | ${tsxAnalyzeMs.toFixed(0)} ms | ${wps(tsxAnalyzeMs)} |`);
    console.log(`| compromise .people() + .quotations(), one process | ${compromiseMs.toFixed(0)} ms | ${wps(compromiseMs)} |`);
    console.log(`start-up: onrecord --help ${helpMs.toFixed(0)} ms (target <= 150 ms), of which Node alone ${nodeMs.toFixed(0)} ms`);
    console.log(
      `ratio: onrecord analyze is ${(compromiseMs / analyzeMs).toFixed(1)}x compromise (target >= 20x); the tsx-run source is ${(compromiseMs / tsxAnalyzeMs).toFixed(1)}x`,
    );
    return { nodeMs, helpMs, tsxHelpMs, analyzeMs, tsxAnalyzeMs, compromiseMs, ratio: compromiseMs / analyzeMs };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
