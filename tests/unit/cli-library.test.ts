import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { SEEDS_DIR } from '../support/corpus';

const exec = promisify(execFile);
async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await exec('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const S000 = join(SEEDS_DIR, '000_043f2efe8aa7ef4f.txt');
const S003 = join(SEEDS_DIR, '003_4de56059baa7d6b9.txt');
const dir = mkdtempSync(join(tmpdir(), 'onrecord-lib-'));
const LIB = join(dir, 'lib.json');

describe('cli library and related', () => {
  beforeAll(async () => {
    const { code, stdout } = await cli(['library', S003]);
    expect(code).toBe(0);
    writeFileSync(LIB, stdout);
  });

  test('library prints a versioned export with every quote saved', async () => {
    const lib = JSON.parse((await cli(['library', S003, S000])).stdout);
    expect(lib).toMatchObject({ format: 'onrecord-library', version: 1 });
    expect(lib.quotes.length).toBeGreaterThan(15);
    // Biden in both seeds is one person.
    expect(lib.people.filter((p: { name: string }) => /Biden/.test(p.name))).toHaveLength(1);
  });

  test('related --article --quote ranks Psaki on diplomacy for Biden’s “no immediate plans”', async () => {
    const { code, stdout } = await cli(['related', '--library', LIB, '--article', S000, '--quote', 'no immediate plans to contact', '--limit', '3']);
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<{ text: string; speaker: string; source: { url: string }; score: number; reasons: string[] }>;
    expect(results).toHaveLength(3);
    expect(results.some((r) => r.speaker === 'Jen Psaki' && /diplomacy|leader to leader/.test(r.text))).toBe(true);
    expect(results[0]).toMatchObject({ source: { url: expect.stringContaining('003_4de56059baa7d6b9.txt') } });
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[2]!.score);
  });

  test('related --text works without an article', async () => {
    const { code, stdout } = await cli(['related', '--library', LIB, '--text', 'We remain open to talks with Russia', '--speaker', 'Antony Blinken']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].speaker).toBeTruthy();
  });

  test.each([
    [['related'], 2, /needs --library/],
    [['related', '--library', LIB], 2, /--article FILE --quote/],
    [['related', '--library', LIB, '--text', 'x', '--limit', 'lots'], 2, /--limit/],
    [['related', '--library', join(dir, 'missing.json'), '--text', 'x'], 1, /ENOENT|no such file/],
    [['related', '--library', S000, '--text', 'x'], 1, /not valid JSON/],
    [['related', '--library', LIB, '--article', S000, '--quote', 'words nobody said'], 1, /no quote contains/],
    [['frobnicate'], 2, /unknown command/],
    [['library'], 2, /at least one FILE/],
  ])('%j fails clearly', async (args, code, message) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
