/**
 * A word's facts as the patterns decide them, on a table of edge cases and on generated words: the guard for any
 * speed change to learn() (character tests before the patterns were tried; they failed this test when broken).
 */
import { describe, expect, it } from 'vitest';
import { factsAt, W } from './words';

const POSSESSIVE = /['’]s$/;
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
const ARABIC_ARTICLE = /^(al|el|ad|as|ash|at|bin|ibn|abu|d)[-'’]\p{Lu}/u;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** What the patterns say of a word (as the engine read it before the character tests). */
function oracle(word: string) {
  const visible = word.replace(INVISIBLE, '');
  const text = visible !== word && visible.length > 0 ? visible : word;
  const possessive = text.length > 2 && POSSESSIVE.test(text);
  const bare = possessive ? text.slice(0, -2) : text;
  return {
    possessive,
    bare,
    bareLower: bare.toLowerCase(),
    initials: INITIALS.test(text),
    arabic: text.length > 3 && ARABIC_ARTICLE.test(text),
    digit: /\d/.test(bare),
  };
}

const TABLE = [
  'Putin’s',
  "Putin's",
  'boss’s',
  "it's",
  "'s",
  's',
  'as',
  'J.D',
  'U.S',
  'F',
  'f',
  'J.d',
  'JD',
  '𝐀',
  '𝐀.𝐁',
  'É.Z',
  'Ö',
  'al-Amin',
  "d'Estaing",
  'd’Estaing',
  'ibn-Saud',
  'el-sisi',
  'abu-Bakr',
  'ash-Sharif',
  'al-',
  'alamin',
  'Alexan\u00addra',
  '\u00ad',
  'co\u200bop',
  'G7',
  'Area51',
  '2024',
  'Élysée',
  'ÉLYSÉE',
  'iPhone',
  'McCain’s',
];

/** Words from an alphabet of the characters the tests turn on. */
function generated(n: number, seed = 7): string[] {
  const alphabet = ['a', 'l', 'd', 's', 'A', 'J', 'É', '.', "'", '’', '-', '1', '\u00ad', '𝐀', 'b', 'n', 'i'];
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 7) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''));
}

function expectPatternFacts(word: string): void {
  const facts = factsAt(word, 0, word.length);
  const want = oracle(word);
  expect({ word, possessive: facts.possessive, bare: facts.bare, bareLower: facts.bareLower, initials: (facts.flags & W.initials) !== 0 }).toEqual({
    word,
    possessive: want.possessive,
    bare: want.bare,
    bareLower: want.bareLower,
    initials: want.initials,
  });
  // A lower-case word is a name word only with an Arabic article; no word with a digit is one.
  if (!facts.cap && (facts.flags & W.name) !== 0) expect(want.arabic).toBe(true);
  if (want.digit) expect(facts.flags & W.name).toBe(0);
}

describe('word facts', () => {
  it.each(TABLE.map((w) => [w]))('%j: as the patterns say', (word) => expectPatternFacts(word));

  it('3,000 generated words: as the patterns say', () => {
    for (const word of generated(3000)) expectPatternFacts(word);
  });

  it('an Arabic article makes a lower-case word a name word', () => {
    for (const word of ['al-Amin', "d'Estaing", 'ibn-Saud']) expect(factsAt(word, 0, word.length).flags & W.name).toBe(W.name);
    expect(factsAt('alamin', 0, 6).flags & W.name).toBe(0);
  });

  it('the same facts for a word read again after 60,000 others (slots shared), inside a longer text too', () => {
    // Far more spellings than the cache has slots, short and long, so slots collide and so do some hashes of
    // whole words: a slot's word must not answer for another word, read alone or inside a sentence.
    const words = Array.from({ length: 60_000 }, (_, i) => (i % 3 === 0 ? 'Quv' : i % 3 === 1 ? 'brelmont' : 'z') + i.toString(36));
    const first = words.map((w) => factsAt(w, 0, w.length));
    const wrong = words.filter((w, i) => {
      const again = factsAt(`the ${w} said`, 4, 4 + w.length);
      return again.text !== w || again.flags !== first[i]!.flags || again.lower !== w.toLowerCase();
    });
    expect(wrong).toEqual([]);
  });
});
