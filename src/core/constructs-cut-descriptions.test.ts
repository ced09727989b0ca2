/**
 * A description that ends on a preposition, an article or a conjunction was cut before its head noun: it is
 * no speaker, so the quote's speaker is unknown rather than a fragment. Whole descriptions still speak.
 * Invented sentences (issue 13, "a wrong name is worse than no name").
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from './testing-speakers';

type Row = [string, string[], string, string | null];

describe('descriptions cut short are no speakers', () => {
  test.each<Row>([
    ['ending on "to"', ['The pact would let ministers from both harbours to claim a “clean win” before winter.'], 'clean win', null],
    [
      'stopping inside a name',
      ['According to a 2019 survey by Ada Brell of the Tidal Institute, editors now “share one desk across four papers.”'],
      'one desk',
      null,
    ],
  ])('%s', (_label, paragraphs, quote, expected) => {
    expect(speakerOf(paragraphs, quote)).toBe(expected);
  });

  test.each<Row>([
    ['a description with its head noun', ['A spokesperson for the port said the quay was “closed for repairs.”'], 'closed for', 'A spokesperson for the port'],
    ['a role ending in a place', ['“We will reopen in May,” said the head of the harbour board.'], 'reopen', 'the head of the harbour board'],
    [
      'the subject of the sentence, not a fragment before it',
      ['Use rose “sharply” against the same cohort in other towns, the authors wrote.'],
      'sharply',
      'the authors',
    ],
    ['a description before a capitalised day', ['The ruling “leaves the quay closed,” the order released Friday said.'], 'quay closed', 'the order released'],
    ['a document in full', ['According to a survey of harbour pilots, most now “work two shifts a day.”'], 'two shifts', 'a survey of harbour pilots'],
  ])('kept: %s', (_label, paragraphs, quote, expected) => {
    expect(speakerOf(paragraphs, quote)).toBe(expected);
  });
});
