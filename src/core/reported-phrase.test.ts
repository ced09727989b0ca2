import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const found = (paragraph: string, words: string) =>
  analyzeArticle({ paragraphs: ['Harbour levy row grows', 'The council met on Monday to debate the levy.', paragraph] }).quotes.some((q) =>
    q.text.includes(words),
  );

describe('a short quoted phrase in a reported sentence is a statement', () => {
  test.each([
    [
      'a few words after "said" in a long sentence',
      'Several stallholders at the quay market said they were “very worried” about the winter.',
      'very worried',
      true,
    ],
    ['one word after "described"', 'Many of the ferry crews described the new rota as “exhausting” in their letter.', 'exhausting', true],
    ['a phrase after "warned of"', 'Two of the harbour pilots warned of a “long, hard winter” for the fleet.', 'long, hard winter', true],
    [
      'after a characterising verb with its object',
      'Most of the dock workers branded the proposal “daylight robbery” at the meeting.',
      'daylight robbery',
      true,
    ],
    ['after "called" with an object between', 'Several of the fishermen called the new levy “pure greed” on Tuesday.', 'pure greed', true],
    // Not statements: no reporting verb before the marks, or a verb that only gives a name.
    ['a scare quote with no reporting verb', 'The “harbour lobby” met again on Tuesday to plan its next move.', 'harbour lobby', false],
    ['a name given by "called" right before the marks', 'A bakery on the quay now sells a loaf called “Levy Loaf” to tourists.', 'Levy Loaf', false],
    ['a name given by "dubbed the"', 'The angry skippers, already dubbed the “quay rebels” in town, met again.', 'quay rebels', false],
    ['a label after "labelled"', 'Under the scheme, labelled “Fair Berth” in council papers, fees would rise.', 'Fair Berth', false],
    ['a reporting verb in an earlier sentence', 'The skippers said nothing more. The “quay rebels” then left the hall.', 'quay rebels', false],
  ])('%s', (_name, paragraph, words, expected) => {
    expect(found(paragraph, words)).toBe(expected);
  });
});
