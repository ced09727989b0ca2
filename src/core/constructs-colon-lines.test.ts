/**
 * A paragraph that ends in "Name verb:" introduces the next paragraph's quote (issue 13), also when the verb is
 * one the speech lexicon lacks ("echoed:", "continued:"): the name is registered from that line alone, and the
 * quote standing alone below it is theirs. A thing before such a verb ("The chart showed:") names no one.
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from './testing-speakers';

const QUOTE = '“The quay will hold for another winter, and the town should know that.”';
type Row = [string, string[], string | null];

describe('a line ending "Name verb:" above a standalone quote', () => {
  test.each<Row>([
    ['a bare full name and a verb in the past', ['Not everyone on the pier agreed.', 'Odo Brask echoed:', QUOTE], 'Odo Brask'],
    ['an age before the name', ['Not everyone on the pier agreed.', '19-year-old Odo Brask echoed:', QUOTE], 'Odo Brask'],
    ['a time word before the name', ['Not everyone on the pier agreed.', 'Then Odo Brask chimed in:', QUOTE], 'Odo Brask'],
    ['a described speaker and a verb the lexicon lacks', ['Not everyone on the pier agreed.', 'The ferry captain Odo Brask echoed:', QUOTE], 'Odo Brask'],
    ['a speech verb still works', ['Not everyone on the pier agreed.', 'Odo Brask said:', QUOTE], 'Odo Brask'],
    ['a thing before the verb names no one', ['Not everyone on the pier agreed.', 'The harbour survey showed:', QUOTE], null],
    ['the verb must close the line', ['Not everyone on the pier agreed.', 'Odo Brask echoed the point:', QUOTE], null],
  ])('%s', (_label, paragraphs, expected) => {
    expect(speakerOf(paragraphs, 'quay will hold')).toBe(expected);
  });
});
