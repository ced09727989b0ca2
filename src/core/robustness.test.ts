/**
 * Bad input never throws and gives sane output. Each case runs through tryAnalyzeArticle and must come back ok:
 * an exception inside any stage is a bug and fails the case (it is never turned into an empty analysis).
 */
import { describe, expect, test } from 'vitest';
import { tryAnalyzeArticle } from './analyze';
import { adversarialParagraph } from './adversarial';
import type { Analysis, ArticleInput } from './types';

function analyzeOk(input: unknown): Analysis {
  const result = tryAnalyzeArticle(input as ArticleInput);
  if (!result.ok) expect.fail(result.error);
  return result.value;
}

describe('bad input never throws and gives sane output', () => {
  test.each<[string, unknown, number]>([
    ['empty article', { paragraphs: [] }, 0],
    ['no paragraphs field', {}, 0],
    ['null', null, 0],
    ['non-string paragraphs', { paragraphs: [null, 42, { a: 1 }, 'Fine “text,” she said.'] }, 0],
    ['binary-looking text', { paragraphs: ['\u0000\u0001\uFFFD“\u0002”\u0003'.repeat(100)] }, 0],
    ['only quote marks', { paragraphs: ['“”“”""\'\'‘’«»„“'.repeat(200)] }, 0],
    ['mismatched marks', { paragraphs: ['“open ‘inner » close „ mixed" end'] }, 0],
    // A paragraph ending in a colon introduces the next one's quote; here its last sentence holds no word.
    ['a colon after the last word', { paragraphs: ['“We sail,” he said, “at dawn.” : ', '“Ready.”'] }, 0],
    // A title run into the word before it ("HarbourSen.") starts before the clause the pronoun reader scans.
    ['a title fused to the word before', { paragraphs: ["HarbourSen. Ilka Dunmore “the,' Port Minister Ilka Dunmore said. ?” said he said "] }, 0],
    ['lone surrogates', { paragraphs: ['\uD800 “quoted \uDC00 text,” said Sen. Ann Lee'] }, 1],
    // A real attributed quote among the junk: every stage must have run for it to come out.
    ['a normal quote after junk paragraphs', { paragraphs: [null, '\u0000', '“The pier reopens Monday,” said Mayor Ines Varga.'] }, 1],
  ])('%s', (_name, input, atLeast) => {
    const a = analyzeOk(input);
    for (const q of a.quotes) {
      const paragraphs = (input as ArticleInput).paragraphs as unknown[];
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(String(paragraphs[q.paragraph]).length);
    }
    expect(Array.isArray(a.officials)).toBe(true);
    expect(a.quotes.filter((q) => q.speaker !== null).length).toBeGreaterThanOrEqual(atLeast);
  });

  test('a 1 MB adversarial paragraph completes with in-bounds quotes', () => {
    const paragraph = adversarialParagraph(1_000_000);
    expect(paragraph.length).toBeGreaterThanOrEqual(1_000_000);
    const a = analyzeOk({ paragraphs: [paragraph] });
    for (const q of a.quotes) {
      expect(paragraph.slice(q.start, q.end)).toBe(q.text);
      expect(q.end).toBeLessThanOrEqual(paragraph.length);
    }
    // Thousands of unmatched openers yield at most one run-on quote, not thousands of fragments.
    expect(a.quotes.length).toBeLessThan(50);
  });

  test('the same input gives the same output', () => {
    const input = { paragraphs: ['Sen. Ann Lee met Gov. Tom Roe.', '“We agree,” she said. “Mostly,” he added.'] };
    expect(JSON.stringify(analyzeOk(input))).toBe(JSON.stringify(analyzeOk(input)));
  });
});
