/**
 * Surnames that the lexicon also reads as the end of a place (issue 13): "Hall", "Park", "Church", "Lane" after
 * a known given name are part of the person's name, so the person is registered and credited; the same words
 * after a word that is no given name still close the name of a venue or a building. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';
import { speakerOf } from './testing-speakers';

const HEADLINE = 'Harbour town notes';
const analyse = (paragraphs: string[]) => analyzeArticle({ paragraphs: [HEADLINE, ...paragraphs] });
type Row = [string, string[], string, string | null];

describe('a place word as a surname after a given name', () => {
  test.each<Row>([
    ['in the middle of a full name, after the verb', ['“The tide is turning fast,” said Nadia Hall Quenby, a tide scholar.'], 'tide', 'Nadia Hall Quenby'],
    [
      'in the middle of a full name, before the verb',
      ['Nadia Hall Quenby, a tide scholar, said the quay was “a shrinking place.”'],
      'shrinking',
      'Nadia Hall Quenby',
    ],
    ['as the surname itself, with an appositive', ['“The tide is turning fast,” said Olga Church, a tide scholar.'], 'tide', 'Olga Church'],
    ['as the surname, met again alone', ['Susan Lane runs the lock.', '“The gates stick in winter,” Lane said.'], 'gates', 'Lane'],
    ['a venue with no given name stays the venue', ['“The hall was full,” Carnegie Hall said in a statement.'], 'hall was', 'Carnegie Hall'],
    ['a street after a full name is no longer a person', ['“The hall was full,” said Piet Hall Street, a resident.'], 'hall was', null],
  ])('%s', (_label, paragraphs, quote, expected) => {
    expect(speakerOf(paragraphs, quote)).toBe(expected);
  });
});

describe('who is registered', () => {
  test.each<[string, string[], string[]]>([
    ['the full name with its middle place word', ['Nadia Hall Quenby, a tide scholar, said the quay was sinking.'], ['Nadia Hall Quenby']],
    ['no person in a city building', ['Lund City Hall said the quay was sinking.'], []],
    ['a given name before a state word is the whole name, not half of it', ['The songwriter Kate York joined late.'], ['Kate York']],
    ['the state itself is no person', ['New York sued the port authority.'], []],
  ])('%s', (_label, paragraphs, expected) => {
    expect(analyse(paragraphs).people.map((p) => p.name)).toEqual(expected);
  });
});
