/** The .txt reader: blank lines separate paragraphs; with no blank line in the body, single newlines do. */
import { describe, expect, test } from 'vitest';
import { parseTextArticle } from '../../src/core/index';

describe('paragraph layout of .txt articles', () => {
  test.each<[string, string, string[]]>([
    [
      'blank lines, hard-wrapped paragraphs',
      'Ferry Fares Frozen\n\nThe council froze fares\non Tuesday.\n\nRiders cheered.',
      ['Ferry Fares Frozen', 'The council froze fares on Tuesday.', 'Riders cheered.'],
    ],
    [
      'single newlines and no blank line at all',
      'Ferry Fares Frozen\nThe council froze fares.\nRiders cheered.',
      ['Ferry Fares Frozen', 'The council froze fares.', 'Riders cheered.'],
    ],
    [
      'a blank line after the headline only',
      'Ferry Fares Frozen\n\nThe council froze fares.\nRiders cheered.\n',
      ['Ferry Fares Frozen', 'The council froze fares.', 'Riders cheered.'],
    ],
    [
      'CRLF line ends and a byte-order mark',
      '\uFEFFFerry Fares Frozen\r\nThe council froze fares.\r\nRiders cheered.',
      ['Ferry Fares Frozen', 'The council froze fares.', 'Riders cheered.'],
    ],
    ['empty lines holding spaces count as blank', 'Head\n \nOne\nstill one.\n\t\nTwo.', ['Head', 'One still one.', 'Two.']],
  ])('%s', (_name, text, paragraphs) => {
    expect(parseTextArticle(text).paragraphs).toEqual(paragraphs);
  });
});
