/**
 * Whether what two statements share is evidence of the same claim: distinctive shares (rare words both quotes
 * hold, rare concepts, rare names) and how much of the query quote's own assertion they cover.
 */
import { isCommonWord } from './common-words';
import { keysOf, PLACES, type Features, type LibraryStats, type RelatedQuery } from './related-features';
import { assertionIdf, idf, singleIdf, speakerKeys, WEIGHTS } from './related-weights';
import { stem } from './stem';
import { conceptOfWord } from './terms';

/** `distinct`: an assertion both quotes themselves hold, rare in the library and not common English. */
export interface Share { label: string; score: number; kind: 'entity' | 'action' | 'context'; distinct?: boolean; concept?: string[] }

/** A word of a news concept most of the library touches ("voters", "election" in campaign news) is no rarer than it. */
export function inCommonConcept(term: string, stats: LibraryStats): boolean {
  const concept = conceptOfWord(term) ?? conceptOfWord(`${term}s`);
  return concept !== undefined && idf(stats, `c:${concept}`) < WEIGHTS.rareConcept * singleIdf(stats);
}

/** The query's names as they appear among its stemmed terms too ("Sanders" is "sander", "Cruz's" is "cruz'"). */
export const stemmedKeys = (qf: Features) => new Set([...keysOf(qf.entities)].flatMap((k) => [k, stem(k), `${k}'`]));

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
 * in it other than its speaker's (entity idf). `coverage` is the share of that mass a candidate holds
 * anywhere, a word also counting as held when the candidate has its news concept.
 */
export function coverage(qf: Features, q: RelatedQuery, f: Features, stats: LibraryStats): number {
  const speaker = new Set(speakerKeys(q.speaker));
  // A capitalised word that only opens a sentence ("Talks with …") may be a plain word: it counts as one.
  const names = [...qf.entities.quote.keys()].filter((k) => !speaker.has(k) && !isCommonWord(k) && namedMidSentence(k, [q.text]));
  const entityKeys = new Set([...names, ...names.map(stem), ...speaker, ...keysOf({ ...qf.entities, quote: new Map() })]);
  const conceptOfStem = new Map<string, string>();
  for (const [k, words] of qf.concepts.quote) for (const w of words) conceptOfStem.set(stem(w), k);
  const hasConcept = (k: string | undefined) => k !== undefined && PLACES.some((p) => f.concepts[p].has(k));
  let total = 0;
  let held = 0;
  for (const t of qf.terms.quote) {
    if (entityKeys.has(t) || isCommonWord(t)) continue;
    const w = assertionIdf(stats, t);
    total += w;
    if (f.terms.quote.has(t) || f.terms.context.has(t) || hasConcept(conceptOfStem.get(t))) held += w;
  }
  for (const k of names) {
    const w = WEIGHTS.entity * idf(stats, `e:${k}`);
    total += w;
    if (PLACES.some((p) => f.entities[p].has(k))) held += w;
  }
  return total > 0 ? held / total : 0;
}

/** Distinctive shares, one per word: a concept matched by the very word a term share holds is not a second one. */
export function distinctCount(found: Share[]): number {
  const words = new Set(found.filter((x) => x.distinct && !x.concept).map((x) => x.label));
  return words.size + found.filter((x) => x.distinct && x.concept && !x.concept.some((w) => words.has(stem(w)))).length;
}
