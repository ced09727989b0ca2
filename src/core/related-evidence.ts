/**
 * Whether what two statements share is evidence of the same claim: distinctive shares (rare words both quotes
 * hold, rare concepts, rare names) and how much of the query quote's own assertion they cover.
 */
import { PLACES, type Features } from './related-features';
import type { PreparedQuery } from './related-query';
import { stem } from './stem';

/** `distinct`: an assertion both quotes themselves hold, rare in the library and not common English. */
export interface Share {
  label: string;
  score: number;
  kind: 'entity' | 'action' | 'context';
  distinct?: boolean;
  concept?: string[];
}

/** What may precede a sentence's first word: nothing, an end of sentence, an opening quote or bracket. */
const SENTENCE_START = /(^|[.!?:;…]\s*|["“‘'([—–]\s*|\n\s*)$/u;

/** "Mr. Putin": the full stop of a title does not end a sentence. */
const AFTER_TITLE = /(^|[^\p{L}])(mr|mrs|ms|dr|st|sen|rep|gov|gen|lt|col|sgt|jr|sr|prof)\.\s*$/iu;

/**
 * A capitalised common word counts as a name only if some text uses it capitalised mid-sentence: "Obviously,
 * …" and "People want …" open a sentence, while "Rules Committee" names something.
 */
export function namedMidSentence(key: string, texts: string[]): boolean {
  const re = new RegExp(`(?<![\\p{L}])${key.replace(/[^\p{L}\p{N}]/gu, '')}(?![\\p{L}])`, 'giu');
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (/^\p{Lu}/u.test(m[0]) && (!SENTENCE_START.test(before.slice(-3)) || AFTER_TITLE.test(before))) return true;
    }
  }
  return false;
}

/**
 * What the query's quote asserts, as weighted units: its rare content words (assertion idf) and the names
 * in it other than its speaker's (entity idf), prepared once per query (related-query). `coverage` is the
 * share of that mass a candidate holds anywhere, a word also counting as held when the candidate has its
 * news concept.
 */
export function coverage(prep: PreparedQuery, f: Features): number {
  const hasConcept = (k: string | undefined) => k !== undefined && PLACES.some((p) => f.concepts[p].has(k));
  let held = 0;
  for (const u of prep.cover) {
    const has =
      u.term !== undefined ? f.terms.quote.has(u.term) || f.terms.context.has(u.term) || hasConcept(u.concept) : PLACES.some((p) => f.entities[p].has(u.name!));
    if (has) held += u.weight;
  }
  return prep.coverTotal > 0 ? held / prep.coverTotal : 0;
}

/** Distinctive shares, one per word: a concept matched by the very word a term share holds is not a second one. */
export function distinctCount(found: Share[]): number {
  const words = new Set(found.filter((x) => x.distinct && !x.concept).map((x) => x.label));
  return words.size + found.filter((x) => x.distinct && x.concept && !x.concept.some((w) => words.has(stem(w)))).length;
}
