/**
 * Capitalised words that stand before a name and describe the person instead of naming them: a role
 * ("Coach Tim Harlow", "CEO Dana Vell"), a nationality ("Australian Timothy Weeks") or a hyphenated modifier
 * ("Australian-born Julian Assange", "Singer-songwriter Tom Vane"). Read as part of the name run, they became
 * part of the person's name on real pages, so that person never met the same person named plainly.
 */
import { isKnownGivenName } from './gender';
import { ROLES } from './lexicon';
import type { Token } from './tokens';
import { W } from './words';

/** Second parts of compound modifiers: "Ohio-born", "Lagos-based", "union-backed". */
const MODIFIER_PARTS = new Set('born based bred raised led backed owned run funded appointed elected leading turned minded'.split(' '));
/** Nationality adjectives by their endings: Canadian, Korean, American, Japanese, Danish, Israeli. */
const DEMONYM = /(?:ian|ean|can|ese|ish|[^aeiou]i)$/;
const HYPHEN = /[-\u2010]/;

const isRole = (word: string) => ROLES.has(word) || (word.endsWith('s') && ROLES.has(word.slice(0, -1)));

/** "Singer-guitarists", "Day-by-day", "Lagos-based": a compound whose later parts are lower-case words. */
function isModifierCompound(t: Token): boolean {
  const parts = t.text.split(HYPHEN);
  if (parts.length < 2 || parts.slice(1).some((p) => p === '' || p !== p.toLowerCase())) return false;
  const later = parts.slice(1).map((p) => p.toLowerCase());
  return MODIFIER_PARTS.has(later.at(-1)!) || later.includes('by') || [parts[0]!.toLowerCase(), ...later].some(isRole);
}

/**
 * True when token i describes the person whose name starts at token i + 1. A compound modifier never names
 * anyone. A role word or a nationality does only before a known given name or an initial, or (a role) before
 * a name of two words: "Fan Mengguang" and "Bishop Tutu" keep their first word.
 */
export function describesNameAfter(text: string, tokens: Token[], i: number): boolean {
  const first = tokens[i]!;
  const next = tokens[i + 1];
  if (!first.cap || !spaced(text, first, next) || !isNameStart(next)) return false;
  if (first.word.possessive || isKnownGivenName(first.word.bare)) return false; // "Christian Watts", "Jordan Liles"
  if (isModifierCompound(first)) return true;
  const given = isKnownGivenName(next.word.bare) || (next.flags & W.initials) !== 0;
  if ((first.flags & W.role) !== 0) return given || (spaced(text, next, tokens[i + 2]) && isNameStart(tokens[i + 2]));
  return given && first.lower.length >= 5 && !HYPHEN.test(first.lower) && DEMONYM.test(first.lower);
}

const spaced = (text: string, a: Token, b: Token | undefined): b is Token =>
  b !== undefined && b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
const isNameStart = (t: Token | undefined): t is Token => t !== undefined && (t.flags & W.name) !== 0;
