/**
 * Closing marks typed with the wrong glyph. A curly quote shut with a straight mark (“…too" Ida said) is a typo
 * that reading past would turn into a quote swallowing the rest of the paragraph; the scanner asks here whether
 * a straight mark it cannot otherwise place is that close.
 */
import { isAlnumAt, isSpaceAt } from './chars';

/** Where the next curly closer and opener stand from a position, cached so a paragraph is searched once. */
export class CurlyAhead {
  private closeAt = -2;
  private openAt = -2;
  constructor(private readonly text: string) {}

  /** Is there a curly ” after i, before any new “? Then that mark, not a straight one at i, closes the quote. */
  curlyCloseFirst(i: number): boolean {
    if (this.closeAt !== -1 && this.closeAt < i) this.closeAt = this.text.indexOf('”', i);
    if (this.openAt !== -1 && this.openAt < i) this.openAt = this.text.indexOf('“', i);
    return this.closeAt >= 0 && (this.openAt < 0 || this.closeAt < this.openAt);
  }
}

/**
 * “…definitely not support" him / “…out of business, too" Ida said: inside an open curly quote, a straight mark
 * right after a letter and before a space is the quote's mistyped close, unless a curly closer still follows
 * before the next opener (then the straight mark is some other use of the glyph).
 */
export function straightClosesCurlyAfterWord(text: string, i: number, ahead: CurlyAhead): boolean {
  if (!isAlnumAt(text, i - 1) || !(i + 1 >= text.length || isSpaceAt(text, i + 1))) return false;
  return !ahead.curlyCloseFirst(i + 1);
}

/**
 * “…out of business,“ Ida said / “…we won.“ at a paragraph's end: an opening curly mark glued to the word or
 * punctuation before it, with a space, a punctuation mark or the paragraph's end after it, is the quote's
 * mistyped close. An opener stands before a word (“Yes”) or after a space ( “Yes”), never glued after one.
 */
export function openerTypedAsCloser(text: string, i: number): boolean {
  if (i === 0 || isSpaceAt(text, i - 1) || OPENER_BEFORE.has(text.charCodeAt(i - 1))) return false;
  return i + 1 >= text.length || isSpaceAt(text, i + 1) || CLOSER_AFTER.has(text.charCodeAt(i + 1));
}

/** Glyphs an opening mark may follow without a space: "(“", "—“", "[“". */
const OPENER_BEFORE = new Set([...'([{—–-/“‘"\''].map((c) => c.charCodeAt(0)));
const CLOSER_AFTER = new Set([...'.,;:!?)]}—–'].map((c) => c.charCodeAt(0)));

/** `…left town."We tried`: with no quote open, a straight mark between a full stop and a capital opens one. */
export function openGluedAfterSentence(text: string, i: number): boolean {
  return /[.!?]/.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '');
}
