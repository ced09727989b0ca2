import { describe, expect, test } from 'vitest';
import { findQuoteSpans } from './quotes';

const texts = (paragraphs: string[]) => findQuoteSpans(paragraphs).map((s) => paragraphs[s.paragraph]!.slice(s.start, s.end));

describe('findQuoteSpans', () => {
  test.each([
    ['curly double', '“We will win,” she said.', ['We will win,']],
    ['a curly quote mistyped shut with a straight mark after its comma', '“We will win," she said. Then she left.', ['We will win,']],
    [
      'straight marks inside a curly quote that are not its close',
      '“Type =F("a","b") in the cell and see,” he said.',
      ['Type =F("a","b") in the cell and see,'],
    ],
    ['a curly quote mistyped shut with a straight mark after a word', 'Voters would “never back the levy" this year, Ida Vell said.', ['never back the levy']],
    [
      'a straight mark after a word before a later curly close',
      '“The sign said CLOSED" all week, and then,” he said.',
      ['The sign said CLOSED" all week, and then,'],
    ],
    [
      'a curly quote shut straight before its speaker',
      '“It was a fair deal for the town" Vell said. "Then it was not."',
      ['It was a fair deal for the town', 'Then it was not.'],
    ],
    ['straight double', 'He said, "I don\'t know," and left.', ["I don't know,"]],
    ['curly single', 'Biden Says He Has ‘No Immediate Plans’ to Contact Putin', ['No Immediate Plans']],
    ['straight single', "'It's fine,' she said.", ["It's fine,"]],
    ['guillemets', '«Non», dit-il.', ['Non']],
    ['German marks', '„Wir schaffen das“, sagte Merkel.', ['Wir schaffen das']],
    ['reversed guillemets', '»Ja«, sagte er.', ['Ja']],
    ['Polish marks', '„To nie jest kryzys”, powiedział.', ['To nie jest kryzys']],
    ['nested', '“He told me, ‘we will not retreat,’ and I believed him,” she said.', ['He told me, ‘we will not retreat,’ and I believed him,']],
    ['apostrophes only', "Russia's don'ts of the '90s, rock 'n' roll and the Joneses' dog", []],
    ['an elision typed with an opening mark', 'How ‘bout the ferry? Vell said it was ‘fine’ and ran ‘til noon.', ['fine']],
    ['a Dutch article before a name', '"It is late," said Anouk in \'t Veld, an envoy. "Very late."', ['It is late,', 'Very late.']],
    ['a quoted single letter is still a quote', "He drew a 'T' on the map.", ['T']],
    ['curly apostrophes only', 'Russia’s don’ts of the ’90s and the Joneses’ dog', []],
    ['apostrophes inside single quotes', "'They don't want rock 'n' roll,' he said.", ["They don't want rock 'n' roll,"]],
    ['possessive before the closer', '‘the union’s boss’ said so', ['the union’s boss']],
    ['inches are not quotes', 'He is 5\'9" tall and "very fast".', ['very fast']],
    ['doubled apostrophes as double marks', "''We won,'' Ms. Vell said. ''Twice.''", ['We won,', 'Twice.']],
    ['a single quote inside doubled apostrophes', "''Call it 'brisk,''' said Oro Dane.", ["Call it 'brisk,'"]],
    ['doubled apostrophes opening a single quote', "'''Brisk' was his word,'' she said.", ["'Brisk' was his word,"]],
    ['a doubled apostrophe after a plural is no mark', "the Joneses'' dog", []],
    ['a doubled closer typed after a space that follows a comma', "''The pier stays open, '' said Ivo Marek. ''Fine.''", ['The pier stays open, ', 'Fine.']],
    [
      'a doubled closer typed after a single closer and spaces',
      "''Nobody liked 'the floating pier,'  '' she said, and left.",
      ["Nobody liked 'the floating pier,'  "],
    ],
    ['a doubled opener after a comma and a space still opens', "He said, ''We won.''", ['We won.']],
    [
      'a straight close typed after a space that follows the punctuation',
      '"He called the pier \'a floating promise,\' " said Ivo Marek. "Fine."',
      ["He called the pier 'a floating promise,' ", 'Fine.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(texts([text])).toEqual(expected);
  });

  test('a quote left open runs on into the paragraph that reopens it', () => {
    const spans = findQuoteSpans(['“First part opens', '“and continues here.”', 'After.']);
    expect(spans.map((s) => [s.paragraph, s.closed, s.continued])).toEqual([
      [0, false, false],
      [1, true, true],
    ]);
  });

  test.each([
    ['at the paragraph start', '" Sorry folks, the bridge stays shut," the mayor said.', ['Sorry folks, the bridge stays shut,']],
    ['after a colon and a space', 'She wrote: " We tried twice," and hung up.', ['We tried twice,']],
    ['beside a quote that closes normally', 'He said " Never again," then "maybe."', ['Never again,', 'maybe.']],
  ])('a straight opening mark followed by a space still opens: %s', (_name, text, expected) => {
    expect(texts([text]).map((t) => t.trim())).toEqual(expected);
  });

  test.each([
    ['after a comma, before the speaker', '“We will sail at noon,“ said Oro Dane. “Not before.”', ['We will sail at noon,', 'Not before.']],
    ['after a question mark', 'Ida Vell was blunt. “Why would we pay?“ she asked.', ['Why would we pay?']],
    ['after a word, before the sentence goes on', 'The town called the toll “a tax on tides“ in its letter.', ['a tax on tides']],
    ['at the paragraph end', 'She was firm. “The pier stays shut.“', ['The pier stays shut.']],
    ['shutting a straight opener', '"We tried twice,“ said Ivo Marek.', ['We tried twice,']],
  ])('an opening curly mark typed where the quote closes shuts it: %s', (_name, text, expected) => {
    expect(texts([text])).toEqual(expected);
  });

  test.each([
    ['after a space it opens a new quote', 'He said “foo and then “bar,” she said.', ['bar,']],
    ['after a space it opens, even typed with a space after it', 'He said “foo and then “ bar,” she said.', [' bar,']],
    ['after a dash it opens', 'Her reply—“We will not go”—came late.', ['We will not go']],
    ['before a word it opens', 'They chanted “Ferry“Now” all night.', ['Now']],
  ])('an opening curly mark that is no close: %s', (_name, text, expected) => {
    expect(texts([text])).toEqual(expected);
  });

  test.each([
    ['between a full stop and a capital it opens', 'The crew left town."We tried," said Ivo Marek.', ['We tried,']],
    ['between a full stop and a lower-case word it does not', 'It was late."and then the bell rang.', []],
    ['with a quote open it is that quote’s business', '"We left at noon." Then "we ate."', ['We left at noon.', 'we ate.']],
  ])('a straight opening mark with no space before it: %s', (_name, text, expected) => {
    expect(texts([text])).toEqual(expected);
  });

  test('an unmatched opener does not swallow later quotes', () => {
    expect(texts(['He said “foo and then “bar,” she said.'])).toEqual(['bar,']);
  });
});
