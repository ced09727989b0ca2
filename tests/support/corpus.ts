/** Loads annotated articles: the seeds from ../shared, the project's own articles and pages. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseTextArticle, type ArticleInput } from '../../src/core/index';
import { htmlToArticle } from '../../src/cli/read-article';
import type { Expected } from './evaluate';

export const SEEDS_DIR = process.env.ONRECORD_SEEDS ?? join(process.cwd(), '..', 'shared', 'seeds');

export interface Annotated {
  file: string;
  input: ArticleInput;
  expected: Expected;
}

export function loadSeeds(): Annotated[] {
  const all = JSON.parse(readFileSync(join(SEEDS_DIR, 'expected.json'), 'utf8')) as { articles: Record<string, Expected> };
  return Object.entries(all.articles).map(([name, expected]) => ({
    file: name,
    input: parseTextArticle(readFileSync(join(SEEDS_DIR, name), 'utf8')),
    expected,
  }));
}

export function loadOwnSet(): Annotated[] {
  const out: Annotated[] = [];
  for (const dir of ['tests/fixtures/articles', 'tests/fixtures/pages']) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const m = /^(.*)\.(txt|html)$/.exec(name);
      if (!m || !existsSync(join(dir, `${m[1]}.expected.json`))) continue;
      const raw = readFileSync(join(dir, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${m[1]}.expected.json`), 'utf8')) as Expected;
      const input = m[2] === 'html' ? htmlToArticle(raw) : parseTextArticle(raw);
      // Page expectations carry no paragraph numbers; the page's own cases are tagged by its file.
      expected.cases ??= [m[2] === 'html' ? 'page' : 'article'];
      out.push({ file: basename(name), input, expected });
    }
  }
  return out;
}
