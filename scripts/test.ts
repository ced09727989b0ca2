/**
 * `npm test`: every check in order — typecheck, lint, formatting (prettier --check), the builds (both browsers and the CLI binary), unit tests,
 * Chromium e2e, Firefox smoke, Firefox lint — stopping at the first failure, and closing with one "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const json = (name: string) => `test-results/${name}.json`;

interface Step {
  name: string;
  cmd: string;
  env?: Record<string, string>;
  report?: string;
  kind?: 'vitest' | 'playwright';
}
const steps: Step[] = [
  { name: 'typecheck', cmd: 'npm run -s typecheck' },
  { name: 'lint', cmd: 'npm run -s lint' },
  { name: 'format', cmd: 'npm run -s format:check' },
  { name: 'build', cmd: 'npm run -s build && npm run -s build:sync-test' },
  { name: 'unit', cmd: `npx vitest run --reporter=default --reporter=json --outputFile.json=${json('unit')}`, report: json('unit'), kind: 'vitest' },
  {
    name: 'e2e (Chromium)',
    cmd: 'npx playwright test --reporter=list,json',
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: json('e2e') },
    report: json('e2e'),
    kind: 'playwright',
  },
  {
    name: 'Firefox smoke',
    cmd: `npx vitest run --config tests/firefox/vitest.config.ts --reporter=default --reporter=json --outputFile.json=${json('firefox')}`,
    report: json('firefox'),
    kind: 'vitest',
  },
  { name: 'Firefox lint', cmd: 'npm run -s lint:firefox' },
];

function counts(step: Step): { passed: number; failed: number } {
  if (!step.report || !existsSync(step.report)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(step.report, 'utf8'));
  if (step.kind === 'vitest') return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 };
  return { passed: r.stats?.expected ?? 0, failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) };
}

let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n▶ ${step.name}`);
  const run = spawnSync(step.cmd, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const c = counts(step);
  passed += c.passed;
  failed += c.failed;
  if (run.status !== 0) {
    console.log(`\n✗ ${step.name} failed`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
