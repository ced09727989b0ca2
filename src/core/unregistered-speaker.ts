/**
 * Speakers beside a quote's speech verb whom the registry never introduced: an outlet or a group
 * (“…,” Harbour Watch added. / “…,” the Tidewire reported.) or a person named only in this one credit
 * (“…,” said Dock Workers Treasurer Ada Vonn.). Both sit where nothing but the speaker can stand, right
 * between the quote and its verb or right after an inverted verb, so they are kept as written.
 */
import type { Para } from './context';
import { DESCRIPTION_OPENERS } from './lexicon';
import { nameRunAt } from './names';
import { isKnownGivenName } from './gender';
import type { MentionIndex, Subject } from './subjects';
import { W } from './words';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there']);
/** Capitalised words that open a clause, not a name: "“…,” But Vell said" never credits "But". */
const OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'when', 'while', 'if', 'as', 'then', 'now', 'still', 'also', 'here']);
const MAX_WORDS = 5;

const gapAt = (para: Para, j: number) => para.text.slice(para.tokens[j - 1]!.end, para.tokens[j]!.start);
const spaced = (g: string) => g === ' ' || g === '\u00a0';

/**
 * Tokens [from, verb): "the" at most once, first, then one to five capitalised words, joined by single spaces,
 * none of them a person the registry knows (those readers run first and decide) and the last no possessive.
 */
export function capitalisedSubject(para: Para, from: number, verb: number, mentions: MentionIndex): Subject | null {
  const { tokens } = para;
  let k = from;
  if (tokens[k]?.lower === 'the' && !tokens[k]!.cap) k++;
  const words = verb - k;
  if (words < 1 || words > MAX_WORDS) return null;
  for (let j = from; j < verb; j++) {
    const t = tokens[j]!;
    if (j > from && !spaced(gapAt(para, j))) return null;
    if (j >= k && (!t.cap || /\d/.test(t.text))) return null;
    if (mentions.startingAt(para.index, t.start) || mentions.endingAt(para.index, t.word.possessive ? t.end - 2 : t.end)) return null;
  }
  const first = tokens[k]!;
  const last = tokens[verb - 1]!;
  if (PRONOUNS.has(first.lower) || OPENERS.has(first.lower) || last.word.possessive || last.flags & W.suffix) return null;
  // "Republican said", "Mr said": a party word or an honorific alone is part of a speaker phrase, never all of it.
  if (words === 1 && k === from && first.flags & (W.party | W.honorific | W.honorificDot)) return null;
  if (!spaced(gapAt(para, verb))) return null;
  return { kind: 'word', text: para.text.slice(tokens[from]!.start, tokens[verb - 1]!.end), start: tokens[from]!.start };
}

/**
 * “…,” said Dock Workers Treasurer Ada Vonn. / “…,” said another harbour pilot, Ada Vonn. — after an inverted
 * verb, a full name (two words or more) closing the phrase: the sentence or a comma ends right after it, and
 * before it stand only capitalised words and title words of its own phrase, or one description and a comma.
 */
export function nameAfterInversion(para: Para, verb: number, limitEnd: number): Subject | null {
  const { tokens, text } = para;
  const first = tokens[verb + 1];
  if (!first || first.start >= limitEnd || !spaced(gapAt(para, verb + 1))) return null;
  const described = DESCRIPTION_OPENERS.has(first.lower) && !first.cap;
  for (let j = verb + 1; j < tokens.length && j < verb + 11 && tokens[j]!.start < limitEnd; j++) {
    const t = tokens[j]!;
    const g = j > verb + 1 ? gapAt(para, j) : ' ';
    const comma = /^,\s$/.test(g);
    if (!spaced(g) && !(comma && described) && !(tokens[j - 1]!.dot && /^\.?[ \u00a0]$/.test(g))) return null;
    const run = t.cap ? nameRunAt(text, tokens, j) : null;
    if (run && run.words.length >= 2 && !run.possessive && closesPhrase(para, run.to, limitEnd)) {
      if (described !== comma || !titleWordsOnly(para, verb + 1, j, described)) return null;
      // "Dock Workers Treasurer Ada Vonn" is one capitalised run: the name starts at its first given name.
      const given = run.words.findIndex((w, n) => n < run.words.length - 1 && isKnownGivenName(w));
      const words = run.words.slice(given >= 0 ? given : -2);
      return { kind: 'word', text: words.join(' '), start: t.start };
    }
    if (comma) return null;
    if (!described && !titleWordsOnly(para, j, j + 1, false)) return null;
  }
  return null;
}

/** The name's phrase ends: at the window's end, a full stop, or a comma. */
function closesPhrase(para: Para, to: number, limitEnd: number): boolean {
  const next = para.tokens[to];
  return !next || next.start >= limitEnd || /^[.,;]/.test(gapAt(para, to));
}

/** Tokens [from, to) are capitalised words or the lower-case words of a title ("former", "co-host", "and"); after a description anything. */
function titleWordsOnly(para: Para, from: number, to: number, described: boolean): boolean {
  if (described) return true;
  for (let j = from; j < to; j++) {
    const t = para.tokens[j]!;
    if (!t.cap && (t.flags & (W.role | W.titleStart)) === 0 && !/^(former|acting|deputy|co-\S+|vice|and|of)$/.test(t.lower)) return false;
  }
  return true;
}
