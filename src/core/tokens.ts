/** Word tokens with offsets, and sentence boundaries, for one paragraph. */
import { ASCII_ALNUM as ALNUM, isAlnumAt, isWordCharAt } from './chars';
import { factsAt, W, type WordFacts } from './words';

/**
 * A word of a paragraph. Its spelling's facts are shared with every other token of the same word, so a token
 * holds only what is its own: where it is, whether a full stop follows, and two caches.
 */
export class Token {
  /** Cache: the name run starting here (see names.ts). */
  run: import('./names').NameRun | null | undefined = undefined;
  /** Cache: the title phrase starting here (see names.ts). */
  title: { to: number; core: string } | null | undefined = undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly word: WordFacts,
    /** Followed directly by a full stop (abbreviation, initial, or sentence end). */
    readonly dot: boolean,
  ) {}
  get text(): string {
    return this.word.text;
  }
  get lower(): string {
    return this.word.lower;
  }
  /** First letter upper-case. */
  get cap(): boolean {
    return this.word.cap;
  }
  /** Every letter upper-case and at least three letters (datelines, acronyms). */
  get shout(): boolean {
    return this.word.shout;
  }
  /** What the lexicon knows of the word: bits of `W`. */
  get flags(): number {
    return this.word.flags;
  }
}

const LETTER = /\p{L}/u;

/** Apostrophes and hyphens join words; soft hyphens and zero-width characters are not word breaks at all. */
const isJoiner = (c: number) => c === 39 || c === 8217 || c === 8208 || c === 45 || isInvisible(c);
const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;

/**
 * Words: letters and digits, joined by inner apostrophes and hyphens and by the dots of initials ("J.D", "U.S").
 * A hand-written scanner: it runs on every character of every page, where a Unicode regex costs twice as much.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ALNUM[c] === 0 : !isAlnumAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d < 128 ? ALNUM[d] === 0 : !isWordCharAt(text, i)) break;
        i++;
      }
      const d = text.charCodeAt(i);
      if (isJoiner(d) && i + 1 < length && isWordCharAt(text, i + 1)) {
        i += 1;
        continue;
      }
      // "J.D" and "U.S": a dot between single letters joins them.
      if (d === 46 && i + 2 < length && LETTER.test(text[i + 1]!) && text.charCodeAt(i + 2) === 46) {
        i += 1;
        continue;
      }
      break;
    }
    tokens.push(new Token(start, i, factsAt(text, start, i), text.charCodeAt(i) === 46));
  }
  return tokens;
}

const SENTENCE_MARK = /[.!?]/g;
const CLOSERS = new Set(['”', '’', '"', "'", '»', '“', ')', ']']);

/**
 * Offsets where sentences end (the index just past the final punctuation and any closing marks).
 * `inside` tells whether an offset lies inside a quotation, where sentences don't end for attribution.
 */
export function sentenceEnds(text: string, tokens: Token[], inside: (i: number) => boolean): number[] {
  const ends: number[] = [];
  let k = 0; // tokens are sorted and marks come in order: one cursor finds the word before each mark
  SENTENCE_MARK.lastIndex = 0;
  for (let m = SENTENCE_MARK.exec(text); m; m = SENTENCE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '.') {
      while (k < tokens.length && tokens[k]!.end < i) k++;
      const prev = tokens[k];
      if (prev && prev.end === i && isAbbreviation(prev)) continue;
    }
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\u00a0') continue;
    // “…?” asked Okafor / “…!” she said: a lower-case word after the closing mark continues the sentence.
    if (j > i + 1 && /^[ \u00a0]+\p{Ll}/u.test(text.slice(j, j + 3))) continue;
    if (inside(i) && j === i + 1) continue;
    ends.push(j);
    SENTENCE_MARK.lastIndex = j;
  }
  return ends;
}

function isAbbreviation(t: Token): boolean {
  return (t.flags & (W.initials | W.abbreviation)) !== 0;
}
