/**
 * A short quoted phrase in a clause's predicate is the clause subject's, whatever the verb (issue 13): the
 * subject may be followed by a bracket, a comma-closed aside or an adverb before its verb. Invented sentences;
 * every article starts with a headline so that the first sentence is read as prose.
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from './testing-speakers';

type Row = [string, string[], string, string | null];

describe('the clause subject of a quoted phrase, past what stands before its verb', () => {
  test.each<Row>([
    ['a party bracket', ['Gov. Ada Reyes (R) blamed the ferry board’s “timid plans.”'], 'timid', 'Ada Reyes'],
    ['a comma-closed aside', ['Mayor Tomas Vell, for his part, is labelling the toll “a tax on tides.”'], 'tax on tides', 'Tomas Vell'],
    ['an adverb the lexicon lists', ['Councillor Ilka Dunmore further summed up the budget as “thin.”'], 'thin', 'Ilka Dunmore'],
    ['a bracket, then an aside', ['Rep. Orla Finch (D-Tarn), with some relish, mocked the “paper bridge.”'], 'paper bridge', 'Orla Finch'],
    [
      'a speech verb after the quote does not take the phrase away',
      ['Councillor Ilka Dunmore talked up her “harbour-first plan,” promising to visit every pier.'],
      'harbour-first',
      'Ilka Dunmore',
    ],
    [
      'a name inside a relative clause is no subject',
      ['The old pilot, who once admired Mayor Tomas Vell (R), a harbour man, mocked the plan as “a mess.”'],
      'a mess',
      null,
    ],
    [
      'a name after a preposition and a title is no subject',
      ['A letter from Gov. Ada Reyes (R), the harbour chief, mocked the “paper bridge.”'],
      'paper bridge',
      null,
    ],
    ['a possessive is no subject', ['Mayor Tomas Vell’s aide, for her part, mocked the “paper bridge.”'], 'paper bridge', null],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

// One adverb test (adverbs.ts) on both sides of a subject: the reader leftwards from a verb and the one rightwards from a name.
describe('the same adverbs stand between a subject and its verb, read from either side', () => {
  test.each<Row>([
    [
      'a listed adverb without "-ly", read rightwards',
      ['Councillor Ilka Dunmore earlier mocked the toll as “a tax on tides.”'],
      'tax on tides',
      'Ilka Dunmore',
    ],
    ['"now" is no part of a description before the verb', ['The harbour now says the fares are “too high.”'], 'too high', 'The harbour'],
    [
      'a noun ending in "-ly" is no adverb: the name only qualifies it',
      ['Councillor Ilka Dunmore spoke at the pier.', 'The Dunmore family mocked the “paper bridge.”'],
      'paper bridge',
      null,
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('people named between the verb and its quote are its objects, not rival speakers', () => {
  test.each<Row>([
    ['two objects of "called"', ['Councillor Ilka Dunmore called both Mayor Tomas Vell and Rep. Orla Finch “reckless.”'], 'reckless', 'Ilka Dunmore'],
    [
      'two objects of a verb the lexicon does not know',
      ['Councillor Ilka Dunmore scolded Mayor Tomas Vell and Rep. Orla Finch for their “paper bridge.”'],
      'paper bridge',
      'Ilka Dunmore',
    ],
    [
      'the passive: the person after "by" may be the one who spoke',
      ['Mayor Tomas Vell was asked by Councillor Ilka Dunmore and Rep. Orla Finch whether the toll was “fair.”'],
      'fair',
      null,
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a leading subordinate clause reports no one', () => {
  test.each<Row>([
    [
      'a question asked in the leading clause',
      ['After Councillor Ilka Dunmore asked the mayor about the ferry, Mayor Tomas Vell replied, “Nobody rides it at night.”'],
      'Nobody rides',
      'Tomas Vell',
    ],
    [
      'a speech verb in the leading clause',
      ['When Rep. Orla Finch questioned the toll, Mayor Tomas Vell said that it was “fair and temporary.”'],
      'fair and temporary',
      'Tomas Vell',
    ],
    ['a report inside a report is still unsure', ['Rep. Orla Finch said Mayor Tomas Vell called the toll “fair and temporary.”'], 'fair and temporary', null],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a plain predicate: its objects and what follows the quote are no rival speakers', () => {
  const cast = ['Mayor Tomas Vell spoke on Monday.', 'Councillor Ilka Dunmore met him later.'];
  test.each<Row>([
    ['an object before "as"', [...cast, 'Vell further summed up Dunmore as “terrible,” and left.'], 'terrible', 'Tomas Vell'],
    ['a name after the quote', [...cast, 'Vell drew his “paper bridge” on the day Dunmore resigned.'], 'paper bridge', 'Tomas Vell'],
    ['a bare copula: the quote describes the subject', [...cast, 'Vell is the “kind” man who once saved Dunmore’s pier.'], 'kind', null],
    ['another clause opens before the quote', [...cast, 'Vell sent it after Dunmore published “Tide Tables” in May.'], 'Tide Tables', null],
    ['a source after "from"', [...cast, 'Vell is taking heat from Dunmore over the “paper bridge.”'], 'paper bridge', null],
    ['the name does not lead its clause', [...cast, 'Many fear Vell will unravel the “harbour deal” that Dunmore drew.'], 'harbour deal', null],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a paragraph that ends in a colon introduces the next one', () => {
  test.each<Row>([
    [
      'an inverted speech verb',
      ['Mayor Tomas Vell toured the pier on Monday.', 'Stated Vell:', '“The pier stays open, whatever the tide does.”'],
      'pier stays open',
      'Tomas Vell',
    ],
    [
      'a verb the lexicon does not know before "the following statement"',
      ['After the storm, Mayor Tomas Vell issued the following statement:', '“We grieve with every family on the harbour tonight.”'],
      'We grieve',
      'Tomas Vell',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a full stop where the comma belongs', () => {
  const cast = ['Mayor Tomas Vell toured the pier on Monday.', 'Councillor Ilka Dunmore came along.'];
  test.each<Row>([
    ['subject, then verb', [...cast, '“The pier stays open, whatever the tide does.” Vell said.'], 'pier stays', 'Tomas Vell'],
    ['verb, then subject', [...cast, '“The pier stays open, whatever the tide does.” Said Dunmore.'], 'pier stays', 'Ilka Dunmore'],
    ['a sentence with more in it is its own', [...cast, '“The pier stays open, whatever the tide does.” Vell said the tide was kind.'], 'pier stays', null],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a pronoun bound to the subject of its own sentence', () => {
  test.each<Row>([
    [
      'she, past a man named in between',
      [
        'Mayor Tomas Vell and Mr. Bram Okoye toured the pier.',
        'Senator Ada Morrow, who campaigned with Mr. Vell, said Mr. Okoye must reach voters in what she called a “restless mood.”',
      ],
      'restless mood',
      'Ada Morrow',
    ],
    [
      'he, past a woman named in between',
      [
        'Councillor Ilka Dunmore and Rep. Orla Finch toured the pier.',
        'Mayor Tomas Vell said Ms. Dunmore and Ms. Finch had backed him, in what he called “a show of nerve.”',
      ],
      'show of nerve',
      'Tomas Vell',
    ],
    [
      'not past someone of the same gender',
      ['Senator Ada Morrow said Ms. Ilka Dunmore had spoken to voters in what she called a “restless mood.”'],
      'restless mood',
      null,
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('names inside the subject’s own long insertion are no rivals', () => {
  test.each<Row>([
    [
      'a relative clause of more than a dozen words, closed by a comma before the verb',
      [
        'Mayor Tomas Vell and Rep. Orla Finch toured the pier.',
        'Councillor Bram Okoye, who thinks Mayor Vell and Rep. Finch have stalled the pier for years on end now, mocked the plan as “a paper bridge.”',
      ],
      'paper bridge',
      'Bram Okoye',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});
