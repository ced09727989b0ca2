/** Confidence from evidence: named weights, a threshold below which the speaker is unknown. */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';
import { confidenceOf, THRESHOLD, type Evidence } from './confidence';

const base: Evidence = { cue: 'after', subject: 'name', sayVerb: true, distance: 0, reach: 0, rivals: 0 };

describe('confidenceOf', () => {
  test.each<[string, Partial<Evidence>, 'sure' | 'unsure']>([
    ['a name right after the quote with "said"', {}, 'sure'],
    ['a name before the quote with "said"', { cue: 'before' }, 'sure'],
    ['an unambiguous pronoun after the quote', { subject: 'pronoun' }, 'sure'],
    ['a headline that names no one: the main person is a guess', { cue: 'headline', subject: 'word', sayVerb: false, rivals: 1 }, 'unsure'],
    [
      'a pronoun with a rival antecedent, far from a verb that only characterises',
      { cue: 'before', subject: 'pronoun-rival', sayVerb: false, distance: 20, rivals: 2 },
      'unsure',
    ],
    ['carried across a paragraph from an unsure quote', { cue: 'carry-paragraph', subject: 'inherited', inherited: 0.7 }, 'unsure'],
  ])('%s', (_name, evidence, expected) => {
    const c = confidenceOf({ ...base, ...evidence });
    expect(c >= THRESHOLD ? 'sure' : 'unsure').toBe(expected);
  });

  test('an inherited attribution is never surer than the one it inherits from', () => {
    expect(confidenceOf({ ...base, cue: 'split', subject: 'inherited', inherited: 0.81 })).toBeLessThanOrEqual(0.81);
  });

  test('more rival names and a weaker verb never raise confidence', () => {
    const sure = confidenceOf({ ...base, cue: 'before' });
    expect(confidenceOf({ ...base, cue: 'before', rivals: 2 })).toBeLessThan(sure);
    expect(confidenceOf({ ...base, cue: 'before', sayVerb: false })).toBeLessThan(sure);
  });
});

describe('every quote carries its attribution kind and confidence', () => {
  const article = (paragraphs: string[]) => analyzeArticle({ paragraphs: ['Harbour town notes', ...paragraphs] });
  test.each<[string, string[], string, string]>([
    ['after-verb', ['“The ferry runs at dawn,” said Mayor Ines Varga.'], 'dawn', 'after-verb'],
    ['before-verb', ['Mayor Ines Varga said the ferry would run “at dawn, every day.”'], 'every day', 'before-verb'],
    ['pronoun', ['Mayor Ines Varga met the crew.', '“The ferry runs at dawn,” she said.'], 'dawn', 'pronoun'],
    ['carry-over', ['“The ferry runs at dawn,” said Mayor Ines Varga. “Nobody will be left on the pier.”'], 'Nobody', 'carry-over'],
    ['fallback', ['Councillor Wren Abara has branded the levy a “tax on sunshine.”'], 'sunshine', 'fallback'],
  ])('%s', (_name, paragraphs, quote, kind) => {
    const q = article(paragraphs).quotes.find((x) => x.text.includes(quote))!;
    expect(q.attribution).toBe(kind);
    expect(q.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(q.evidence).not.toBeNull();
  });

  test('below the threshold the speaker is null, whatever the evidence pointed to', () => {
    const a = article([
      'Tomas Berg and Eli Stone met Ana Ruiz and Ida Holm on the pier.',
      'He said they spoke. He argued, they said, that it was “a long night, and a cold one.”',
    ]);
    for (const q of a.quotes) if (q.confidence < THRESHOLD) expect(q.speaker).toBeNull();
  });
});
