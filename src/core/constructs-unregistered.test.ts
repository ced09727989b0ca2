/**
 * Speakers the people registry never introduced, read where only a speaker can stand beside a quote's verb
 * (issue 13): an outlet or a group between the quote and its verb, and a full name closing an inverted
 * attribution behind words the title lexicon does not know. Invented sentences, one table per family.
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from './testing-speakers';

type Row = [string, string[], string, string | null];

describe('a capitalised source between the quote and its verb', () => {
  test.each<Row>([
    ['an outlet in two words', ['“The ferry will not run before spring,” Harbour Watch reported.'], 'ferry', 'Harbour Watch'],
    ['an outlet with its article, and a time after the verb', ['“The quay is sinking,” the Tidewire Gazette reported Monday.'], 'quay', 'the Tidewire Gazette'],
    ['a group, then "in a statement"', ['“Our crews stay on shore,” Coastal Pilots Guild said in a statement.'], 'crews', 'Coastal Pilots Guild'],
    ['a full name nobody introduced', ['“This is a folly,” Alvar Quist wrote on his blog.'], 'folly', 'Alvar Quist'],
    ['a surname that is also a common word', ['“We sail at noon,” Marten Wiles, a skipper, told us.', '“The wind is wrong,” West said.'], 'wind', 'West'],
    ['the bare sentence after a full stop', ['“The nets are empty.” Fisheries Board added.'], 'nets', 'Fisheries Board'],
    ['a clause opener is no source', ['“The nets are empty,” But Vell said nothing.'], 'nets', null],
    ['a name suffix alone is no source', ['“The nets are empty,” Jr added.'], 'nets', null],
    ['a party word alone is no source', ['“The nets are empty,” Independent said.'], 'nets', null],
    ['a possessive owns the speaker, who goes unnamed', ['“The nets are empty,” Harbour Watch’s editor said.'], 'nets', null],
  ])('%s', (_label, paragraphs, quote, expected) => {
    expect(speakerOf(paragraphs, quote)).toBe(expected);
  });
});

describe('a full name closing an inverted attribution', () => {
  test.each<Row>([
    ['behind a union and a hyphenated office', ['“We lost the vote,” said United Dock Workers Secretary-Treasurer Ilse Moravec.'], 'vote', 'Ilse Moravec'],
    [
      'behind a former office and a joined one',
      ['“He knows the harbour,” said former Lund Gov. and Harbour Board Chairman Piet Ormond.'],
      'harbour',
      'Piet Ormond',
    ],
    ['in apposition to a description', ['“We are worn out,” said another harbour pilot, Ada Kellner.'], 'worn', 'Ada Kellner'],
    ['a description alone stays a description', ['“We are worn out,” said another harbour pilot.'], 'worn', 'another harbour pilot'],
    ['a capitalised group with its article is kept as written', ['“We are worn out,” said the Harbour Authority.'], 'worn', 'the Harbour Authority'],
    ['a preposition ends the phrase: the place is no speaker', ['“We are worn out,” said a pilot in Lund Harbour.'], 'worn', 'a pilot'],
  ])('%s', (_label, paragraphs, quote, expected) => {
    expect(speakerOf(paragraphs, quote)).toBe(expected);
  });
});
