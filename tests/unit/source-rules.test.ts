/**
 * Rules the source must keep: no HTML strings into the DOM, no eval, no remote scripts. The boundaries between
 * the parts (core imports nothing outside core, content never touches storage, ...) are lint rules instead:
 * eslint.config.js, proved by lint-boundaries.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}
const source = files('src').map((f) => ({ f, text: readFileSync(f, 'utf8') }));

describe('source rules', () => {
  test.each([
    ['innerHTML', /\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write\(/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['eval', /\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/],
    ['remote scripts', /https?:\/\/[^'"\s]+\.js['"]/],
  ])('no %s in src/', (_name, pattern) => {
    expect(source.filter((s) => pattern.test(s.text)).map((s) => s.f)).toEqual([]);
  });
});
