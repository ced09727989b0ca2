/**
 * `--before REF` for the page, cold and core benches: the extension (and core) as of a git commit, built beside the
 * working tree's, so the bench can time both in one run. The commit is unpacked with `git archive` into a temp
 * folder that borrows this checkout's node_modules, and built there once (kept, by commit, for later runs).
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The ref given after --before, or undefined. */
export function beforeArg(argv: string[] = process.argv): string | undefined {
  const at = argv.indexOf('--before');
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The unpacked source tree of REF (its commit id names it). */
export function beforeTree(ref: string): { dir: string; commit: string } {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `onrecord-before-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`);
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  }
  return { dir, commit };
}

/** dist/chrome of REF, built once. */
export function beforeChromeDist(ref: string): { dist: string; commit: string } {
  const { dir, commit } = beforeTree(ref);
  const dist = join(dir, 'dist/chrome');
  if (!existsSync(join(dist, 'manifest.json'))) execSync('npm run -s build:chrome', { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return { dist, commit };
}
