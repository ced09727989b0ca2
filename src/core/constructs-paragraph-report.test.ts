/**
 * A paragraph with no quote that ends on a named person's reported speech ("Then, in May, Ames said the tolls
 * would rise.") hands its speaker to a quote standing alone at the head of the next paragraph (issue 13). Another
 * person named in that sentence, a quote of its own, or a weaker verb leaves the quote unknown. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const INTRO = 'Odo Brask runs the ferry line between Lund and the islands.';
const QUOTE = '“That adds up to a lot of money for the islanders over two winters.”';
const speakerOf = (paragraphs: string[]) => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, INTRO, ...paragraphs] }).quotes.find((x) => x.text.includes('adds up'));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};
type Row = [string, string[], string | null];

describe('a standalone quote after a paragraph ending on reported speech', () => {
  test.each<Row>([
    ['a surname and "said" close the paragraph', ['The tolls went up in spring. Then, in June, Brask said the fares would rise again.', QUOTE], 'Odo Brask'],
    ['a full name and "told"', ['The tolls went up in spring. Odo Brask told the council the fares would rise.', QUOTE], 'Odo Brask'],
    ['another person named in that sentence', ['The tolls went up in spring. Brask said Ilse Moravec would raise the fares.', QUOTE], null],
    ['the report is not the last sentence', ['Brask said the fares would rise. The council met on Friday.', QUOTE], null],
    ['a verb that reports more than speech', ['The tolls went up in spring. Brask argued the fares would rise again.', QUOTE], null],
    ['a description is no named reporter', ['The tolls went up in spring. The skipper said the fares would rise again.', QUOTE], null],
  ])('%s', (_label, paragraphs, expected) => {
    expect(speakerOf(paragraphs)).toBe(expected);
  });
});
