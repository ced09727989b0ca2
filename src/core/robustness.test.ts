import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';
import { adversarialParagraph } from './adversarial';
import type { ArticleInput } from './types';

describe('bad input never throws and gives sane output', () => {
  test.each<[string, unknown]>([
    ['empty article', { paragraphs: [] }],
    ['no paragraphs field', {}],
    ['null', null],
    ['non-string paragraphs', { paragraphs: [null, 42, { a: 1 }, 'Fine “text,” she said.'] }],
    ['binary-looking text', { paragraphs: ['\u0000\u0001\uFFFD“\u0002”\u0003'.repeat(100)] }],
    ['only quote marks', { paragraphs: ['“”“”""\'\'‘’«»„“'.repeat(200)] }],
    ['mismatched marks', { paragraphs: ['“open ‘inner » close „ mixed" end'] }],
    ['lone surrogates', { paragraphs: ['\uD800 “quoted \uDC00 text,” said Sen. Ann Lee'] }],
  ])('%s', (_name, input) => {
    const a = analyzeArticle(input as ArticleInput);
    for (const q of a.quotes) {
      const paragraphs = (input as ArticleInput).paragraphs as unknown[];
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(String(paragraphs[q.paragraph]).length);
    }
    expect(Array.isArray(a.officials)).toBe(true);
  });

  test('a 1 MB adversarial paragraph completes with in-bounds quotes', () => {
    const paragraph = adversarialParagraph(1_000_000);
    expect(paragraph.length).toBeGreaterThanOrEqual(1_000_000);
    const a = analyzeArticle({ paragraphs: [paragraph] });
    for (const q of a.quotes) {
      expect(paragraph.slice(q.start, q.end)).toBe(q.text);
      expect(q.end).toBeLessThanOrEqual(paragraph.length);
    }
    // Thousands of unmatched openers yield at most one run-on quote, not thousands of fragments.
    expect(a.quotes.length).toBeLessThan(50);
  });

  test('the same input gives the same output', () => {
    const input = { paragraphs: ['Sen. Ann Lee met Gov. Tom Roe.', '“We agree,” she said. “Mostly,” he added.'] };
    expect(JSON.stringify(analyzeArticle(input))).toBe(JSON.stringify(analyzeArticle(input)));
  });
});
