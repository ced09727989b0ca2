/**
 * An appositive whose closing comma is missing (issue 13): "Odo Brask, president of the Lund Pilots Association
 * stated, “…”". Nothing right before the verb reads as its subject, so the known name that opens the sentence,
 * before the only comma, is the speaker. A clause that starts after an earlier quote is no sentence opening.
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const INTRO = 'Odo Brask, a ferry captain, and Ilse Moravec, the harbour master, met on Monday.';
const speakerOf = (paragraph: string, quote: string) => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, INTRO, paragraph] }).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};
type Row = [string, string, string, string | null];

describe('a known name before an appositive left open', () => {
  test.each<Row>([
    [
      'an office of an association, then the verb',
      'Odo Brask, president and chief of Lund Pilots Association stated, “It is not a money problem; it is a tide problem.”',
      'tide problem',
      'Odo Brask',
    ],
    ['a relative clause left open', 'Odo Brask, who has sailed the strait for years wrote, “The strait is no place for a barge.”', 'strait is', 'Odo Brask'],
    [
      'the closed appositive still works',
      'Odo Brask, president of the pilots, stated, “It is not a money problem; it is a tide problem.”',
      'tide problem',
      'Odo Brask',
    ],
    [
      'a clause after an earlier quote is no opening',
      'The pilots denied they had ever “blocked” Moravec, and said he “will be a fine master of the port.”',
      'fine master',
      null,
    ],
    ['two commas: a list, not an appositive', 'Odo Brask, the pilots, the crews and the clerks stated, “We will not sail before spring.”', 'sail before', null],
  ])('%s', (_label, paragraph, quote, expected) => {
    expect(speakerOf(paragraph, quote)).toBe(expected);
  });
});
