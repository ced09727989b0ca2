/**
 * The `onrecord` binary as the build makes it (scripts/build/cli.ts): plain JavaScript that runs from a folder
 * with no node_modules anywhere above it, and answers exactly as the TypeScript source run through tsx does.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCli } from '../../scripts/build/cli';

const run = promisify(execFile);
let dir: string;
let bin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-cli-'));
  bin = await buildCli(join(dir, 'cli'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exitAndOutput(argv: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(argv[0]!, argv.slice(1), { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const ARTICLE = resolve('tests/fixtures/articles/001-lavrov-grain-talks.txt');
const PAGE = resolve('tests/fixtures/basic/foundation.html');

describe('the onrecord binary', () => {
  test('starts with a shebang and prints its usage on --help, from a folder without node_modules', async () => {
    const { code, stdout } = await exitAndOutput([bin, '--help'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage:\n {2}onrecord analyze FILE\.\.\./);
    for (const command of ['extract', 'library', 'related']) expect(stdout).toContain(`onrecord ${command} `);
  });

  test.each([
    ['analyze', [ARTICLE, PAGE]],
    ['extract', [PAGE]],
    ['library', [ARTICLE, PAGE]],
  ])('%s gives what the source gives', async (command, files) => {
    const built = await exitAndOutput([bin, command, ...files], dir);
    const source = await exitAndOutput([process.execPath, '--import', 'tsx', 'src/cli/main.ts', command, ...files]);
    expect(built.code).toBe(0);
    expect(source.code).toBe(0);
    // A library export is stamped with the time it was built.
    const unstamp = (s: string) => s.replace(/"(savedAt|exportedAt|seen)": "[^"]+"/g, '"$1": "T"');
    expect(unstamp(built.stdout)).toBe(unstamp(source.stdout));
    expect(JSON.parse(built.stdout)).not.toEqual([]);
  });

  test('a usage error exits 2 with the usage', async () => {
    const { code, stderr } = await exitAndOutput([bin, 'analyse', ARTICLE], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^onrecord: unknown command "analyse"\nusage:/);
  });
});
