/**
 * People named after a quote are no other reading of a speaker named right at the verb before it (issue 13):
 * "Brask stated that “…” under Moravec and Ormond" credits Brask. A speech verb after the quote in the same
 * sentence makes them readings again ("…, Moravec told Ormond"), and so does a speaker phrase that stands away
 * from its verb. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const INTRO = 'Odo Brask, a ferry captain, Ilse Moravec, the harbour master, and Piet Ormond, a pilot, met on Monday.';
const speakerOf = (paragraph: string, quote: string) => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, INTRO, paragraph] }).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};
type Row = [string, string, string, string | null];

describe('names after a quote read before it', () => {
  test.each<Row>([
    ['two names after the quote are its objects', 'Brask stated that the board was “a sinking ship” under Moravec and Ormond.', 'sinking', 'Odo Brask'],
    ['after a second verb too', 'Brask stated that the board had become “a sinking ship” and blamed Moravec and Ormond.', 'sinking', 'Odo Brask'],
    ['a speech verb after the quote makes them readings', 'Brask stated that the board was “a sinking ship” by now, Moravec told Ormond.', 'sinking', null],
    [
      'a subject away from its verb keeps them as readings',
      'Brask, the captain, stated that the board was “a sinking ship” under Moravec and Ormond.',
      'sinking',
      null,
    ],
    [
      'a lead clause before the subject is no reading either',
      'After Moravec and Ormond spoke, Brask stated that the board was “a sinking ship.”',
      'sinking',
      'Odo Brask',
    ],
  ])('%s', (_label, paragraph, quote, expected) => {
    expect(speakerOf(paragraph, quote)).toBe(expected);
  });
});
