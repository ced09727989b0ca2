/**
 * A reply's phrasal verb before a quote (issue 13): "Brask shot back, “…”", "fired back:", "hit back". The speech
 * lexicon holds no "shot", so the quote stayed unknown; the subject left of the verb is the speaker, also after a
 * leading "Asked whether …" clause. "back" must close the verb phrase right at the quote. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const INTRO = 'Odo Brask, a ferry captain, spoke at the pier on Monday.';
const speakerOf = (paragraph: string, quote: string) => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, INTRO, paragraph] }).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};
type Row = [string, string, string, string | null];

describe('a reply verb with "back" before the quote', () => {
  test.each<Row>([
    ['"shot back" and a comma', 'Brask shot back, “The board sank the ferry, and everyone knows it.”', 'sank', 'Odo Brask'],
    ['"fired back" and a colon', 'Brask fired back: “The board sank the ferry.”', 'sank', 'Odo Brask'],
    ['after a leading question clause', 'Asked whether the board should resign, Brask shot back: “That would be nice.”', 'nice', 'Odo Brask'],
    ['an honorific before the surname', 'Asked whether the board should resign, Mr. Brask hit back: “That would be nice.”', 'nice', 'Odo Brask'],
    ['a pronoun for the person', 'Brask waited. Then he shot back, “The board sank the ferry, and everyone knows it.”', 'sank', 'Odo Brask'],
    [
      'a reply earlier in the sentence does not take over',
      'Brask shot back at the board on Monday, and Ilse Moravec said “the ferry will not sail before the spring tides.”',
      'spring tides',
      'Ilse Moravec',
    ],
    ['a thing that fires back is no speaker', 'The old harbour battery fired back, “Boom, boom, boom went the guns across the bay.”', 'guns', null],
  ])('%s', (_label, paragraph, quote, expected) => {
    expect(speakerOf(paragraph, quote)).toBe(expected);
  });
});
