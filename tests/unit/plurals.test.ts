/**
 * Counts say "1 statement" and "2 statements": every count string has its "one" form (key + "One") and is
 * looked up through tPlural (Intl.PluralRules), never through t() with the number. Read from the source,
 * so a new count string without its singular fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pluralKey } from '../../src/shared/plural';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}
const source = files('src').map((f) => ({ f, text: readFileSync(f, 'utf8') }));

/** Count strings whose noun does not change with the number, or whose number is never one. */
const NO_SINGULAR: Record<string, string> = {
  libraryResultsMore: '"25+ quotes": at least a page of them',
  popupMoreRelated: '"1 more related": no noun',
  popupRelatedAbove: '"1 related, shown above": no noun',
  libraryRange: 'a range of one page past the first: the total is more than a page',
  popupTooMany: 'shown only when more quotes were found than are listed',
  libraryCounting: 'a range, while counting',
  libraryPage: '"Page 2": no noun',
};

describe('plurals', () => {
  // A number placeholder right before a noun: "$COUNT$ quotes", "$N$ days", "$TOTAL$ quoted statements".
  const counted = Object.entries(messages)
    .filter(([k, v]) => !k.endsWith('One') && /\$(COUNT|N|TOTAL|SHOWN)\$\+? \p{L}/u.test(v.message))
    .map(([k]) => k);

  test.each(counted.filter((k) => !(k in NO_SINGULAR)))('%s has its "one" form', (key) => {
    expect(messages[`${key}One`]?.message, `${key}: "${messages[key]!.message}"`).toBeDefined();
  });

  test.each(['popupQuotes', 'popupOfficials', 'popupParagraphs'])('the popup count noun %s has its "one" form', (key) => {
    expect(messages[`${key}One`]).toBeDefined();
  });

  test('a string that has a "one" form is never looked up with t()', () => {
    const plural = Object.keys(messages).filter((k) => messages[`${k}One`] !== undefined);
    const misuses = source.flatMap(({ f, text }) => plural.filter((k) => new RegExp(`\\bt\\(\\s*'${k}'`).test(text)).map((k) => `${f}: t('${k}')`));
    expect(misuses).toEqual([]);
  });

  test('every key tPlural names exists', () => {
    const named = source.flatMap(({ text }) => [...text.matchAll(/tPlural\([^,]+,\s*'(\w+)',\s*'(\w+)'\)/g)].flatMap((m) => [m[1]!, m[2]!]));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((k) => messages[k] === undefined)).toEqual([]);
  });

  test.each([
    [1, 'libraryStatementsOne', 'libraryStatements', '1 statement'],
    [2, 'libraryStatementsOne', 'libraryStatements', '2 statements'],
    [0, 'libraryResultsOne', 'libraryResults', '0 quotes'],
    [1, 'timeDaysOne', 'timeDays', '1 day'],
    [1, 'timeMonthsOne', 'timeMonths', '1 month'],
    [12000, 'libraryExportingOne', 'libraryExporting', 'Exporting… 12,000 quotes written'],
    [1, 'cardSavedStatementsOne', 'cardSavedStatements', '1 saved statement'],
  ])('%i with "%s"/"%s" reads %s', (n, one, other, want) => {
    // As the browser's getMessage fills a message: its $NAME$ placeholder from the first substitution.
    const fill = (key: string, sub: string) => messages[key]!.message.replace(/\$[A-Z]+\$/g, sub);
    expect(fill(pluralKey(n, one, other, 'en'), new Intl.NumberFormat('en').format(n))).toBe(want);
  });
});
