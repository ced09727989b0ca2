/** The running example: the seeds in ../shared must pass completely. */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/core/index';
import { loadSeeds } from '../support/corpus';
import { scoreArticle } from '../support/evaluate';

describe.each(loadSeeds().map((s) => [s.file, s] as const))('seed %s', (_file, seed) => {
  const analysis = analyzeArticle(seed.input);
  const score = scoreArticle(seed.file, analysis, seed.expected);

  test('every required quote is found', () => {
    expect(score.missed.map((q) => q.id)).toEqual([]);
  });
  test('every quote has its speaker', () => {
    expect(score.wrongSpeaker.map((w) => `${w.expected.id}: ${w.got}`)).toEqual([]);
  });
  test('no extra quotes', () => {
    expect(score.extra).toEqual([]);
  });
  test('every official is found with a title', () => {
    expect(score.officialsMissed).toEqual([]);
    expect(score.titlesWrong).toEqual([]);
  });
  test('no journalist or author is labelled an official', () => {
    expect(score.othersAsOfficials).toEqual([]);
  });
});
