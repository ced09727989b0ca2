/**
 * Full names that real news introduces without a title or a speech verb beside them (issue 13): after a
 * preposition with a relative "who", or before a long appositive that holds a place with commas of its own.
 * Invented sentences; every article starts with a headline so that the first sentence is read as prose.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';
import { speakerOf } from './testing-speakers';

const HEADLINE = 'Harbour town notes';
const analyse = (paragraphs: string[]) => analyzeArticle({ paragraphs: [HEADLINE, ...paragraphs] });
const peopleOf = (paragraphs: string[]) => {
  const a = analyse(paragraphs);
  return [...a.people, ...a.officials].map((p) => p.name);
};
type Row = [string, string[], string, string | null];

describe('names introduced by the words around them', () => {
  test.each<Row>([
    [
      'after a preposition, a relative "who" marks a person',
      ['The new toll is hostile to Ingrid Salo, who runs the ferry line.', 'Salo mocked the toll as “a paper bridge.”'],
      'paper bridge',
      'Ingrid Salo',
    ],
    [
      'after "of", "whose" does too',
      ['The toll was the idea of Bram Osterhout, whose firm built the pier.', 'Osterhout called the critics “dreamers.”'],
      'dreamers',
      'Bram Osterhout',
    ],
    [
      'after "with", a speech verb\'s participle marks a person',
      ['The board was quick to answer, with Ingrid Salo tweeting that the toll was unfair.', 'Salo later mocked the toll as “a paper bridge.”'],
      'paper bridge',
      'Ingrid Salo',
    ],
    [
      'a long appositive with a place that holds a comma',
      ['Brann Eskeland, a 40-year-old baker from Lund, North Tarn, says the toll is “a trap.”'],
      'a trap',
      'Brann Eskeland',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });

  test.each<[string, string[], string]>([
    ['an inverted speech verb before a surname', ['Mayor Tomas Vell toured the pier.', 'Stated Vell: the pier stays.', 'Vell left.'], 'Stated Vell'],
    ['a place after "with", then a participle that reports nothing', ['The ferry sails with Port Ellery rising behind it.'], 'Port Ellery'],
    ['a place after a preposition, then "which"', ['The ferry runs to Port Ellery, which has no pier.'], 'Port Ellery'],
    ['a place after a preposition, then "who" far off', ['The ferry runs to Port Ellery in the north. Who pays is unclear.'], 'Port Ellery'],
  ])('%s is no person', (_name, paragraphs, name) => {
    expect(peopleOf(paragraphs)).not.toContain(name);
  });
});
