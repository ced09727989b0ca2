import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { SEEDS_DIR } from '../support/corpus';

const run = promisify(execFile);
const SEED = join(SEEDS_DIR, '003_4de56059baa7d6b9.txt');

async function analyze(files: string[]) {
  try {
    const { stdout } = await run('node', ['--import', 'tsx', 'src/cli/main.ts', 'analyze', ...files], { maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, out: JSON.parse(stdout) as Array<Record<string, unknown>> };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: JSON.parse(err.stdout) as Array<Record<string, unknown>> };
  }
}

describe('analyze CLI', () => {
  test('a text article gives the contract shape', async () => {
    const { code, out } = await analyze([SEED]);
    expect(code).toBe(0);
    const [result] = out as Array<{ file: string; officials: unknown[]; quotes: Array<Record<string, unknown>> }>;
    expect(result!.file).toBe(SEED);
    expect(result!.officials).toContainEqual(expect.objectContaining({ name: 'Jen Psaki', title: 'White House Press Secretary' }));
    const door = result!.quotes.find((q) => q.text === 'the door to diplomacy [with Russia] still remains open')!;
    expect(door).toMatchObject({ speaker: 'Jen Psaki', speakerTitle: 'White House Press Secretary', paragraph: 3 });
  });

  test('an HTML page goes through the page extraction', async () => {
    const { out } = await analyze(['tests/fixtures/pages/capital-ledger-ceasefire-talks.html']);
    const [result] = out as Array<{ title: string; quotes: Array<{ speaker: string }> }>;
    expect(result!.title).toContain('door to dialogue');
    expect(result!.quotes.some((q) => q.speaker === 'Maria Alvarez')).toBe(true);
  });

  test('unreadable and binary files get an error object; the others are still analysed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-cli-'));
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, out } = await analyze([join(dir, 'missing.txt'), binary, SEED, empty]);
    expect(code).not.toBe(0);
    expect(out.map((r) => ('error' in r ? 'error' : 'ok'))).toEqual(['error', 'error', 'ok', 'ok']);
    expect(out[1]!.error).toMatch(/binary/);
  });

  test('500 files in one call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-cli-many-'));
    const files = Array.from({ length: 500 }, (_, i) => join(dir, `a${i}.txt`));
    for (const f of files) copyFileSync(SEED, f);
    const { code, out } = await analyze(files);
    expect(code).toBe(0);
    expect(out.map((r) => r.file)).toEqual(files);
  }, 120_000);
});
