/** `npm run bench`: speed and memory figures, as medians and ratios (never asserted in tests). */
import { benchColdStart } from './bench/cold-start';
import { benchCli } from './bench/cli';
import { benchCore } from './bench/core';
import { benchExport } from './bench/export';
import { benchFlood } from './bench/flood';
import { benchPage } from './bench/page';
import { benchPages } from './bench/pages';
import { benchStorage } from './bench/storage';
import { benchSync } from './bench/sync';
import { benchUi } from './bench/ui';

// `npm run bench -- page storage` runs those sections only; no names runs them all but `pages` (it needs a DIR) and `export` (minutes at 100,000 quotes).
const SECTIONS = {
  core: benchCore,
  cli: benchCli,
  page: benchPage,
  storage: benchStorage,
  ui: benchUi,
  export: benchExport,
  flood: benchFlood,
  pages: () => benchPages(),
  cold: benchColdStart,
  sync: benchSync,
} as const;
// Section names only: a DIR (holds a '/') and `--flag VALUE` pairs (`core --polnear DIR`) are the sections' own.
const only = process.argv.slice(2).filter((a, i, all) => !a.includes('/') && !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const unknown = only.filter((name) => !Object.hasOwn(SECTIONS, name));
if (unknown.length > 0) {
  console.error(`unknown bench section ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const wants = (name: string) => (only.length === 0 && name !== 'pages' && name !== 'export') || only.includes(name);

async function main() {
  console.log(`# OnRecord bench on ${process.platform}/${process.arch}, node ${process.version}`);
  const started = Date.now();
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (!wants(name)) continue;
    const t0 = Date.now();
    await run();
    console.log(`(${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  console.log(`\nbench done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
