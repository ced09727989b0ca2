/**
 * Facts about a word that depend on its spelling alone: its lower-case form, its case, and which word lists
 * hold it. A page asks them of every token, and an article reuses a small vocabulary, so each distinct
 * spelling is looked up in the lexicon once and then answered by one map probe (a hand-made open-addressing
 * table keyed by a hash of the page's characters measured slower than this Map).
 */
import {
  ABBREVIATIONS,
  HONORIFICS,
  NAME_LIKE_MONTHS,
  NON_NAME_WORDS,
  ORG_WORDS,
  PARTICLES,
  PARTY_WORDS,
  ROLES,
  SPEECH_VERBS,
  SUFFIXES,
  TITLES,
  TITLE_MODIFIERS,
  Words,
} from './lexicon';

export interface WordFacts {
  /** The spelling, shared by every token of it. */
  text: string;
  lower: string;
  /** First letter upper-case. */
  cap: boolean;
  /** Every letter upper-case and at least three letters (datelines, acronyms). */
  shout: boolean;
  /** Without a possessive ending: "Putin’s" -> "Putin". */
  bare: string;
  bareLower: string;
  possessive: boolean;
  flags: number;
}

/** Bits of `WordFacts.flags`. */
export const W = {
  /** Can be part of a personal name. */
  name: 1,
  /** Can open a title phrase ("press" of "press secretary"). */
  titleStart: 2,
  role: 4,
  /** An honorific as written ("Mr"), and with a full stop after it ("Mr."). */
  honorific: 8,
  honorificDot: 16,
  particle: 32,
  suffix: 64,
  org: 128,
  month: 256,
  abbreviation: 512,
  speech: 1024,
  /** Initials: "F" of "John F. Kennedy", "J.D" of "J.D. Vance". */
  initials: 2048,
  /** Extends a title leftwards, as written or with a full stop ("former", "u.s" of "U.S."). */
  titleModifier: 4096,
  titleModifierDot: 8192,
  /** A party word ("Republican"): modifies titles, names parties, never part of a person's name. */
  party: 16384,
} as const;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const ARABIC_ARTICLE = /^(al|el|ad|as|ash|at|bin|ibn|abu|d)[-'’]\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
/** First words of titles, as the title trie keys them (without a final full stop). Built on first use. */
const TITLE_STARTS = new Words(() => [...TITLES].map((t) => t.split(' ')[0]!.replace(/\.$/, '')));

const MAX_WORDS = 50_000; // a hostile page of unique words cannot grow the table without bound
const known = new Map<string, WordFacts>();

/**
 * Words of up to six letters, lower-case after the first ("said", "The", "minister" is too long), keyed by a
 * number built from their letters: most tokens of news text are these, and they then cost no substring.
 */
const short = new Map<number, WordFacts>();

function shortKey(text: string, start: number, end: number): number {
  if (end - start > 6) return -1;
  const c = text.charCodeAt(start);
  const first = c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 38 : -1; // 1..26 lower, 27..52 capital
  if (first < 0) return -1;
  let rest = 0; // the other letters in base 27, 1..26 each, so that lengths differ too
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d < 97 || d > 122) return -1;
    rest = rest * 27 + (d - 96);
  }
  return rest * 53 + first; // < 27^5 * 53 < 2^30: a small integer in every engine
}

/**
 * A small direct-mapped cache in front of both maps, by slot of a hash of the word's characters: news text
 * spends most of its tokens on a few thousand words, and these slots stay in the processor's cache where the
 * maps (tens of thousands of spellings) do not. A short word's slot holds its exact key; a long word's slot is
 * checked against the spelling in place, so neither path slices the text on a hit. Allocated on first use.
 */
const SLOT_BITS = 14;
let slotKeys: Int32Array | null = null; // short key, or -1 - hash for a long word, 0 when empty
let slotFacts: Array<WordFacts | undefined> = []; // filled to its length with the keys, so its elements stay packed

/** The facts of the word text[start, end). */
export function factsAt(text: string, start: number, end: number): WordFacts {
  if (slotKeys === null) clearSlots();
  const key = shortKey(text, start, end);
  const tag = key >= 0 ? key : -1 - longHash(text, start, end);
  const slot = Math.imul(tag, 0x9e3779b1) >>> (32 - SLOT_BITS);
  if (slotKeys![slot] === tag) {
    const hit = slotFacts[slot]!;
    if (key >= 0 || (hit.text.length === end - start && text.startsWith(hit.text, start))) return hit;
  }
  const facts = key >= 0 ? shortFacts(text, start, end, key) : longFacts(text.slice(start, end));
  slotKeys![slot] = tag;
  slotFacts[slot] = facts;
  return facts;
}

/** A 31-bit hash of the characters (FNV-1a), so that -1 - hash is a negative tag apart from every short key. */
function longHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 1;
}

function shortFacts(text: string, start: number, end: number, key: number): WordFacts {
  let facts = short.get(key);
  if (facts === undefined) {
    if (short.size >= MAX_WORDS) forgetWords();
    short.set(key, (facts = learn(text.slice(start, end))));
  }
  return facts;
}

function longFacts(word: string): WordFacts {
  let facts = known.get(word);
  if (facts === undefined) {
    if (known.size >= MAX_WORDS) forgetWords();
    facts = learn(word);
    known.set(word, facts);
  }
  return facts;
}

/** Forgets every word, when either table is full. */
function forgetWords(): void {
  known.clear();
  short.clear();
  clearSlots();
}

function clearSlots(): void {
  slotKeys = new Int32Array(1 << SLOT_BITS);
  slotFacts = new Array<WordFacts | undefined>(1 << SLOT_BITS).fill(undefined);
}

/** Soft hyphens and zero-width characters inside a word ("Alexan\u00ADdra"): the word is read without them. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function learn(text: string): WordFacts {
  const visible = text.replace(INVISIBLE, '');
  if (visible !== text && visible.length > 0) return { ...learn(visible), text };
  const c = text.charCodeAt(0);
  // ASCII first: most words decide their case without a regex.
  const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[0]!);
  const lower = cap || c >= 128 ? text.toLowerCase() : text;
  const shout = cap && text.length >= 3 && isShouted(text);
  const possessive = text.length > 2 && POSSESSIVE.test(text);
  const bare = possessive ? text.slice(0, -2) : text;
  let flags = 0;
  if (isNameWord(text, cap, shout, bare)) flags |= W.name;
  if (TITLE_STARTS.has(lower)) flags |= W.titleStart;
  if (ROLES.has(lower)) flags |= W.role;
  if (HONORIFICS.has(lower)) flags |= W.honorific;
  if (HONORIFICS.has(`${lower}.`)) flags |= W.honorificDot;
  if (PARTICLES.has(lower)) flags |= W.particle;
  if (SUFFIXES.has(lower)) flags |= W.suffix;
  if (ORG_WORDS.has(lower)) flags |= W.org;
  if (NAME_LIKE_MONTHS.has(lower)) flags |= W.month;
  if (ABBREVIATIONS.has(lower)) flags |= W.abbreviation;
  if (SPEECH_VERBS.has(lower)) flags |= W.speech;
  if (INITIALS.test(text)) flags |= W.initials;
  if (TITLE_MODIFIERS.has(lower)) flags |= W.titleModifier;
  if (TITLE_MODIFIERS.has(`${lower}.`)) flags |= W.titleModifierDot;
  if (PARTY_WORDS.has(lower)) flags |= W.party;
  return { text, lower, cap, shout, bare, bareLower: bare.toLowerCase(), possessive, flags };
}

function isShouted(word: string): boolean {
  for (let j = 1; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return !LOWER.test(word);
  }
  return true;
}

function isNameWord(text: string, cap: boolean, shout: boolean, bare: string): boolean {
  if (!cap && !(text.length > 3 && ARABIC_ARTICLE.test(text))) return false; // al-Amin, el-Sisi
  if (shout && text.length > 3) return false; // WASHINGTON, REUTERS
  const lower = bare.toLowerCase();
  if (NON_NAME_WORDS.has(lower) || PARTY_WORDS.has(lower) || TITLES.has(lower) || HONORIFICS.has(lower)) return false;
  // "Rep", "Sen", "Gov" without their full stop are still titles, and "Jr" alone is no one.
  if (TITLES.has(`${lower}.`) || SUFFIXES.has(lower)) return false;
  if (TITLE_MODIFIERS.has(lower)) return false; // "Deputy Foreign Minister", "Prime Minister"
  if (lower.length > 6 && /(?:ian|ean|can)s$/.test(lower)) return false; // "the Ukrainians, particularly …": a people
  // "U.S. Attorney Rella Vance": the token is "U.S", its last dot read as a full stop.
  if (lower.includes('.') && TITLE_MODIFIERS.has(`${lower}.`)) return false;
  return !/\d/.test(bare);
}
