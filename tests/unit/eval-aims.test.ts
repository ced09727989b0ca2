/** The project's own annotated set holds the accuracy the engine aims for. */
import { expect, test } from 'vitest';
import { analyzeArticle } from '../../src/core/index';
import { loadOwnSet } from '../support/corpus';
import { addTally, metrics, scoreArticle, type Tally } from '../support/evaluate';

test('quote precision and recall >= 0.97, speaker accuracy >= 0.95 on the own set', () => {
  const set = loadOwnSet();
  expect(set.length).toBeGreaterThanOrEqual(40);
  const total: Tally = { found: 0, required: 0, predicted: 0, correctPredicted: 0, speakerRight: 0 };
  for (const a of set) addTally(total, scoreArticle(a.file, analyzeArticle(a.input), a.expected).tally);
  const m = metrics(total);
  expect(m.precision).toBeGreaterThanOrEqual(0.97);
  expect(m.recall).toBeGreaterThanOrEqual(0.97);
  expect(m.speaker).toBeGreaterThanOrEqual(0.95);
});
