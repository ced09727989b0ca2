/**
 * Character tests by code unit. The engine asks them of nearly every character of a page; ASCII answers
 * with comparisons, and only other scripts pay for a Unicode property regex.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u00a0]/u;

/** 1 for the ASCII letters and digits, by code: the tokenizer's inner loop reads it directly. */
export const ASCII_ALNUM = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));
const isAsciiAlnum = (c: number) => ASCII_ALNUM[c] === 1;

/**
 * Classes of non-ASCII code units, learnt on first sight: real news is full of curly quotes and dashes, and a
 * property regex per character (plus the one-character string it tests) cost more than the tokenizer's loop.
 * The tests are by code unit, as the regexes were (a lone surrogate is no letter), so the answers are the same.
 * Allocated on first use, not at import.
 */
const KNOWN = 1;
const ALNUM = 2;
const WORD = 4;
const SPACE_BIT = 8;
let classes: Uint8Array | null = null;

function classOf(c: number): number {
  classes ??= new Uint8Array(65536);
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER_OR_DIGIT.test(ch) ? ALNUM : 0) | (WORD_CHAR.test(ch) ? WORD : 0) | (SPACE.test(ch) ? SPACE_BIT : 0);
    classes[c] = k;
  }
  return k;
}

/** A letter or digit at i (false out of range). */
export function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return c === c && (classOf(c) & ALNUM) !== 0; // c !== c: NaN, out of range
}

/** A letter, digit or combining mark at i: a character that continues a word. */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return c === c && (classOf(c) & WORD) !== 0;
}

/** White space at i; out of range counts as space, as the edges of a paragraph do. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return true;
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (classOf(c) & SPACE_BIT) !== 0;
}

/** An ASCII digit at i. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
