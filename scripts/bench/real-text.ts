/**
 * Real text for the core bench: PolNeAR's article texts read once each (no repetition, so no word is warm
 * before the bench meets it), and a one-pass regex floor to set the engine's speed against. The data stays on
 * disk outside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTextArticle, type ArticleInput } from '../../src/core/index';

/** The folder of .txt files: a split folder holds them in text/ (PolNeAR's layout); any other folder, directly. */
export function textFolder(dir: string): string {
  return existsSync(join(dir, 'text')) ? join(dir, 'text') : dir;
}

/** Every .txt article of the folder, in name order, as the engine's input; null when there is none. */
export function readTextArticles(dir: string | undefined): { folder: string; articles: ArticleInput[] } | null {
  if (!dir || !existsSync(dir)) return null;
  const folder = textFolder(dir);
  const names = readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0) return null;
  return { folder, articles: names.map((n) => parseTextArticle(readFileSync(join(folder, n), 'utf8'))) };
}

/** `--polnear DIR` on the command line, else POLNEAR_DIR. */
export function polnearArg(argv: string[], env: Record<string, string | undefined> = process.env): string | undefined {
  const at = argv.indexOf('--polnear');
  return at >= 0 && argv[at + 1] ? argv[at + 1] : env.POLNEAR_DIR || undefined;
}

/**
 * The floor: one regex pass that finds what any quote finder must at least find, quotation marks and words
 * (letters and digits), and nothing else. Returns how many of each it met.
 */
const FLOOR = /["“”«»]|[\p{L}\p{N}]+/gu;
export function floorPass(text: string): { words: number; marks: number } {
  let words = 0;
  let marks = 0;
  FLOOR.lastIndex = 0;
  for (let m = FLOOR.exec(text); m; m = FLOOR.exec(text)) {
    if (m[0].length === 1 && '"“”«»'.includes(m[0])) marks++;
    else words++;
  }
  return { words, marks };
}

/** Words as the bench counts them for words/s: runs of non-space. */
export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every k-th article, k chosen so the sample holds about `maxWords` words (all of them when fewer). */
export function evenSample<T>(items: T[], wordsOf: (t: T) => number, maxWords: number): T[] {
  const total = items.reduce((n, t) => n + wordsOf(t), 0);
  const k = Math.max(1, Math.ceil(total / maxWords));
  return items.filter((_, i) => i % k === 0);
}
