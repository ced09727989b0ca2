/**
 * Two people share a surname (issue 13): "Smith said" goes to the one of them who spoke or led a sentence in
 * the last paragraphs, when only one did; a namesake named only inside another's phrase ("the mother of pilot
 * Sean Vell") leads no sentence. When both did, or both lead it together ("Greta Vell and Sean Vell"), the
 * surname alone stays unknown. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { speakerOf } from './testing-speakers';

type Row = [string, string[], string, string | null];

describe('a surname two people share', () => {
  test.each<Row>([
    [
      'the one who led the last sentence',
      ['Greta Vell, mother of the drowned pilot Sean Vell, rejected the board’s account.', '“They lied to us at the quay,” Vell said.'],
      'lied to us',
      'Greta Vell',
    ],
    [
      'before the verb as well',
      ['Greta Vell, mother of the drowned pilot Sean Vell, rejected the board’s account.', 'Vell said the board was “hiding the logbooks.”'],
      'logbooks',
      'Greta Vell',
    ],
    [
      'both led sentences: unknown',
      ['Greta Vell rejected the account. Sean Vell, her son, backed the board.', '“They lied to us at the quay,” Vell said.'],
      'lied to us',
      null,
    ],
    [
      'two namesakes joined by "and" share the lead: unknown',
      ['Greta Vell and Sean Vell both sailed that night.', '“They lied to us at the quay,” Vell said.'],
      'lied to us',
      null,
    ],
    [
      'too far back: unknown',
      [
        'Greta Vell, mother of the drowned pilot Sean Vell, rejected the board’s account.',
        'The board met on Monday.',
        'The ferry did not sail.',
        'The quay stayed shut.',
        '“They lied to us at the quay,” Vell said.',
      ],
      'lied to us',
      null,
    ],
  ])('%s', (_label, paragraphs, quote, expected) => {
    expect(speakerOf(paragraphs, quote)).toBe(expected);
  });
});
