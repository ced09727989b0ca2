/** Recognises name runs and title phrases in a paragraph's tokens. */
import { isKnownGivenName } from './gender';
import { describesNameAfter } from './name-descriptors';
import { NON_NAME_WORDS, SURNAME_WORDS, TITLES, TITLE_DISPLAY } from './lexicon';
import type { Token } from './tokens';
import { W } from './words';

const WHITESPACE_GAP = /^[ \u00a0]$/;

export interface NameRun {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  words: string[];
  start: number;
  end: number;
  possessive: boolean;
}

interface TitleNode {
  core: string | null;
  dotted: string | null;
  next: Map<string, TitleNode>;
}
/** Titles as a word trie, so matching walks tokens without building phrase strings; built on first use. */
let trie: { root: TitleNode; maxWords: number } | null = null;

function titleTrie(): { root: TitleNode; maxWords: number } {
  if (trie) return trie;
  const root: TitleNode = { core: null, dotted: null, next: new Map() };
  let maxWords = 0;
  for (const title of TITLES) {
    let node = root;
    const words = title.split(' ');
    maxWords = Math.max(maxWords, words.length);
    words.forEach((w, i) => {
      const key = w.replace(/\.$/, '');
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { core: null, dotted: null, next: new Map() }));
      node = child;
      if (i === words.length - 1) {
        if (w.endsWith('.')) node.dotted = title;
        else node.core = title;
      }
    });
  }
  return (trie = { root, maxWords });
}

export function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && WHITESPACE_GAP.test(text[a.end]!);
}

/** A token that can be part of a personal name. */
export function isNameWord(t: Token): boolean {
  return (t.flags & W.name) !== 0;
}

/** The longest run of name words starting at token i, allowing inner particles ("Ursula von der Leyen"). */
/** "May 5" and "5 May" are dates; "Theresa May" is not. */
function isDate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if ((t.flags & W.month) === 0) return false;
  return (
    /^\d/.test(tokens[i + 1]?.text ?? '') ||
    /^\d/.test(tokens[i - 1]?.text ?? '') ||
    /^(in|since|until|by|of|last|next|early|late|mid)$/.test(tokens[i - 1]?.lower ?? '')
  );
}

export function nameRunAt(text: string, tokens: Token[], i: number, maxWords = 5): NameRun | null {
  const first = tokens[i];
  if (first && maxWords === 5) return first.run !== undefined ? first.run : (first.run = findNameRun(text, tokens, i, maxWords));
  return findNameRun(text, tokens, i, maxWords);
}

/** Honorifics after which any capitalised word is a surname: "Ms. White", "Mr. King", "Mr. Prince". */
const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
/** Words that follow an honorific as a form of address, not as a surname: "Mr. President", "Madam Speaker". */
const ADDRESSED = new Set(
  'president speaker chairman chairwoman chair secretary minister mayor ambassador governor senator justice prime vice chief commissioner attorney premier chancellor'.split(
    ' ',
  ),
);

function surnameAfterHonorific(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const h = tokens[i - 1];
  if (!t.cap || t.shout || !h?.cap || !SURNAME_HONORIFICS.has(h.lower) || ADDRESSED.has(t.lower) || /[\d.]/.test(t.text)) return false;
  const gap = text.slice(h.end, t.start);
  return gap === ' ' || gap === '. ' || gap === '.\u00a0';
}

/**
 * "Michael Green, a professor", "Mayor Don Guardian said": a surname that is also a common word, right after a
 * given name, ending the run. The first word must be a known given name, or stand inside a sentence ("Will
 * White voters …" opens one).
 */
function surnameWordAt(text: string, tokens: Token[], i: number, k: number): boolean {
  const t = tokens[k]!;
  if (!t.cap || t.shout || !SURNAME_WORDS.has(t.word.bareLower)) return false;
  const after = tokens[k + 1];
  if (after && after.cap && !t.word.possessive && gapIsSpace(text, t, after)) return false;
  const before = tokens[i - 1];
  const opensSentence = !before || /[.!?:;"“”]/.test(text.slice(before.end, tokens[i]!.start));
  return isKnownGivenName(tokens[i]!.word.bare) || !opensSentence;
}

/**
 * Place words that are also common surnames ("Ada Hall", "Joan Church Oduya", "Kate York"). The lexicon reads them as the
 * end of an organisation or a place, so after a known given name they count as a name word: "Boston City Hall"
 * and "Carnegie Hall" open with no given name and stay places.
 */
export const PLACE_SURNAMES = new Set(['hall', 'park', 'church', 'lane', 'york']);

function placeSurnameAt(tokens: Token[], i: number, k: number): boolean {
  const t = tokens[k]!;
  return k === i + 1 && t.cap && !t.shout && PLACE_SURNAMES.has(t.word.bareLower) && !tokens[i]!.word.possessive && isKnownGivenName(tokens[i]!.word.bare);
}

function findNameRun(text: string, tokens: Token[], i: number, maxWords: number): NameRun | null {
  const first = tokens[i];
  if (!first || isDate(tokens, i) || !(isNameWord(first) || surnameAfterHonorific(text, tokens, i))) return null;
  if (describesNameAfter(text, tokens, i)) return null; // "Coach Tim Harlow": the name starts after the role
  let to = i + 1;
  let possessive = first.word.possessive;
  while (!possessive && to < tokens.length && to - i < maxWords + 2) {
    const prev = tokens[to - 1]!;
    const t = tokens[to]!;
    if (!gapIsSpace(text, prev, t) && !(prev.dot && prev.flags & W.initials && t.start - prev.end === 2)) break;
    if (isNameWord(t) && !isDate(tokens, to)) {
      to++;
      possessive = t.word.possessive;
      continue;
    }
    // "Nora T. King": after a middle initial a capitalised title word is the surname, and ends the name.
    if (t.cap && t.flags & W.titleStart && prev.dot && prev.flags & W.initials && to - i >= 2) {
      to++;
      possessive = t.word.possessive;
      break;
    }
    if (t.flags & W.particle && !t.cap) {
      let n = to + 1;
      while (n < tokens.length && n - to < 3 && tokens[n]!.flags & W.particle && !tokens[n]!.cap && gapIsSpace(text, tokens[n - 1]!, tokens[n]!)) n++;
      const next = tokens[n];
      if (next && isNameWord(next) && gapIsSpace(text, tokens[n - 1]!, next)) {
        to = n + 1;
        possessive = next.word.possessive;
        continue;
      }
    }
    if (placeSurnameAt(tokens, i, to)) {
      to++;
      possessive = t.word.possessive;
      continue;
    }
    if (to === i + 1 && surnameWordAt(text, tokens, i, to)) {
      to++;
      possessive = t.word.possessive;
      break;
    }
    if (t.flags & W.suffix && t.cap) to++;
    break;
  }
  if (to - i > maxWords) return null; // a capitalised run this long is a headline or a name of a thing
  // "Constitutional Democratic Party", "Keeling Road": the run names an organisation or a place.
  const after = tokens[to];
  if (!possessive && after && after.cap && after.flags & (W.org | W.party) && gapIsSpace(text, tokens[to - 1]!, after)) return null;
  if (tokens[to - 1]!.flags & W.org && !(to === i + 2 && placeSurnameAt(tokens, i, i + 1))) return null;
  // "Orland Sales & Regional Operations", "Fenwick & Lund": a name joined by an ampersand is a firm's.
  if (/^ ?&/.test(text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 2))) return null;
  const words = tokens.slice(i, to).map((t) => t.word.bare);
  const last = tokens[to - 1]!;
  return { from: i, to, words, start: first.start, end: possessive ? last.end - 2 : last.end, possessive };
}

export interface TitleMatch {
  from: number;
  to: number;
  /** Title words as written, modifiers included. */
  text: string;
  /** The title proper, lower-case ("foreign minister"). */
  core: string;
  head: string;
  modifiersFrom: number;
}

/** Matches the longest title phrase starting at token i. */
export function titleAt(tokens: Token[], i: number): { to: number; core: string } | null {
  const t = tokens[i]!;
  return t.title !== undefined ? t.title : (t.title = matchTitle(tokens, i));
}

function matchTitle(tokens: Token[], i: number): { to: number; core: string } | null {
  if ((tokens[i]!.flags & W.titleStart) === 0) return null;
  const { root, maxWords } = titleTrie();
  let node = root.next.get(tokens[i]!.lower);
  let best: { to: number; core: string } | null = null;
  for (let n = 0; node && n < maxWords; n++) {
    const t = tokens[i + n]!;
    const core = node.core ?? (t.dot ? node.dotted : null);
    if (core) best = { to: i + n + 1, core };
    const next = tokens[i + n + 1];
    node = next ? node.next.get(next.lower) : undefined;
  }
  if (best && /^(gen|col|adm|sen|rep|gov)\.?$/.test(best.core) && !tokens[i]!.cap) return null;
  return best;
}

/** Extends a title leftwards over its modifiers ("former", "Russian", "White House"). */
export function modifiersBefore(text: string, tokens: Token[], i: number, sentenceStart: number): number {
  let from = i;
  while (from > 0 && i - from < 4) {
    const t = tokens[from - 1]!;
    if (t.start < sentenceStart) break;
    const gap = text.slice(t.end, tokens[from]!.start);
    if (gap !== ' ' && gap !== '-' && gap !== '. ' && gap !== '\u00a0') break;
    if (gap === '. ' && !(t.text.length <= 2 || t.lower === 'u.s' || t.lower === 'u.k')) break;
    const lower = t.lower;
    if (t.flags & (W.titleModifier | W.titleModifierDot)) {
      if (lower === 'the' || lower === 'of' || lower === 'for' || lower === 'and') break;
      from--;
      continue;
    }
    if (
      (t.cap && (t.flags & W.party || !NON_NAME_WORDS.has(lower.replace(/['’]s$/, '')))) ||
      (t.shout && t.text.length <= 5) ||
      /^(white|house|state|new|united|european|national|federal|royal|foreign)$/.test(lower)
    ) {
      if (/['’]s$/.test(t.text) && !/^(russia|china|britain|america|france|germany|ukraine|israel|iran|india|japan)['’]s$/.test(lower)) break;
      from--;
      continue;
    }
    break;
  }
  return from;
}

const HEAD_ALIASES: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  adm: 'admiral',
  col: 'colonel',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  pm: 'minister',
  'ex-pm': 'minister',
  congresswoman: 'congressman',
  congressmember: 'congressman',
};
/** Mostly the lexicon's title cores; the library also asks of saved titles, hence the bound. */
const heads = new Map<string, string>();

export function headOf(core: string): string {
  let head = heads.get(core);
  if (head === undefined) {
    const words = core.replace(/\./g, '').split(' ');
    const ofAt = words.indexOf('of');
    const last = ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!;
    head = Object.hasOwn(HEAD_ALIASES, last) ? HEAD_ALIASES[last]! : last;
    if (heads.size >= 2_000) heads.clear();
    heads.set(core, head);
  }
  return head;
}

const SMALL = new Set(['of', 'the', 'for', 'and', 'to', 'on', 'in']);
const ABBREVIATED: Record<string, string> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  gen: 'General',
  adm: 'Admiral',
  col: 'Colonel',
  lt: 'Lieutenant',
  maj: 'Major',
  brig: 'Brigadier',
};
/** An article repeats its titles; a page of distinct ones only refills this. */
const displays = new Map<string, string>();

/** Display form of a title: Title Case except small words, abbreviations expanded. */
export function displayTitle(words: string[]): string {
  const key = words.join(' ');
  let display = displays.get(key);
  if (display === undefined) {
    display = words.map(displayWord).join(' ');
    if (displays.size >= 5_000) displays.clear();
    displays.set(key, display);
  }
  return display;
}

function displayWord(w: string, i: number, words: string[]): string {
  const lower = w.toLowerCase();
  if (i > 0 && SMALL.has(lower)) return lower;
  if (/^(sen|rep|gov|gen|adm|col|lt|maj|brig)\.?$/.test(lower) && i === words.length - 1) return ABBREVIATED[lower.replace('.', '')]!;
  if (Object.hasOwn(TITLE_DISPLAY, lower)) return TITLE_DISPLAY[lower]!;
  if (w.length > 3 && w === w.toUpperCase()) return w[0]! + w.slice(1).toLowerCase(); // tabloid capitals: "FORMER"
  return w[0]!.toUpperCase() + w.slice(1);
}
