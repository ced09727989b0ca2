/**
 * People named in a clause that leads the sentence are no other reading of who spoke (issue 13): in "After
 * Okoye and Lund shook hands, harbour chief Ada Brun called it “…”" the subject of the main clause holds the
 * verb. A viewpoint phrase with no verb ("Unlike Okoye, Brun …") still counts its names. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const INTRO = 'Mayor Ivo Lund and Councillor Bram Okoye toured the pier with harbour chief Ada Brun.';
const read = (sentence: string, quote: string) => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, INTRO, sentence] }).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : { speaker: q.speaker, rivals: q.evidence?.rivals ?? null };
};
type Row = [string, string, string, { speaker: string | null; rivals: number | null }];

describe('names in a leading clause', () => {
  test.each<Row>([
    [
      'a subordinate clause with its own verb, then a title and the name',
      'Minutes after Okoye and Lund shook hands on the deal, harbour chief Ada Brun described the deal they signed as "the worst bargain in a decade" on the radio.',
      'worst bargain',
      { speaker: 'Ada Brun', rivals: 0 },
    ],
    [
      'a leading clause, then the bare surname',
      'After Okoye and Lund left the quay, Brun described the plan they drew up as "a bridge of paper" to reporters.',
      'bridge of paper',
      { speaker: 'Ada Brun', rivals: 0 },
    ],
    [
      'a viewpoint phrase without a verb keeps its names as rivals',
      'Unlike Okoye and Lund, Brun called the pier "a gift to the sea" on the radio.',
      'gift to the sea',
      { speaker: 'Ada Brun', rivals: 2 },
    ],
    [
      'names after the verb are still counted',
      'Brun called the plan "a bridge of paper" before Okoye and Lund could answer.',
      'bridge of paper',
      { speaker: 'Ada Brun', rivals: 2 },
    ],
  ])('%s', (_label, sentence, quote, expected) => {
    expect(read(sentence, quote)).toEqual(expected);
  });
});
