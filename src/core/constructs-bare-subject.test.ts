/**
 * A surname the article never introduced in full, opening a main clause before a verb in the past, is the
 * subject a participle's quote goes back to (issue 13): "At the meeting, Vell compared himself to the mayor,
 * saying, “…”". Verbs of being ("Lund was on their minds, with sailors chanting") and "-s" words, which may be
 * plural nouns, name no one. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const speakerOf = (paragraph: string, quote: string) => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, paragraph] }).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};
type Row = [string, string, string, string | null];

describe('a bare surname as the subject of a participle', () => {
  test.each<Row>([
    [
      'after a leading phrase and its comma',
      'At the pier meeting, Vell compared himself to the mayor, saying, “I take no money from the shipyards.”',
      'shipyards',
      'Vell',
    ],
    ['opening the sentence', 'Vell stepped up his attacks on the board, saying, “We have got to fix the quay before the winter.”', 'quay', 'Vell'],
    ['a verb of being is no one acting', 'Lund was on the minds of the crowd, with many sailors chanting “We are Lund” all night.', 'We are Lund', null],
    ['an "-s" word may be a plural noun', 'Harbour news crews filmed the pier, saying “nothing has moved since the storm.”', 'nothing has', null],
    ['a possessive is no subject', 'Vell’s crew cheered the skipper, saying, “We have got to fix the quay before the winter.”', 'quay', null],
  ])('%s', (_label, paragraph, quote, expected) => {
    expect(speakerOf(paragraph, quote)).toBe(expected);
  });
});
