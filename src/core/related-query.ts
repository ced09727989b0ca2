/**
 * What scoring needs from the query alone, worked out once per look-up instead of once per candidate: its
 * speaker's name words, the terms and concepts it could share with their weights, and the mass of its own
 * assertion (the denominator of coverage). Every value is what related.ts and related-evidence.ts computed
 * per candidate before, in the same order, so scores are unchanged to the last bit.
 */
import { isCommonWord } from './common-words';
import { keysOf, PLACES, type Features, type LibraryStats, type RelatedQuery } from './related-features';
import { assertionIdf, idf, singleIdf, speakerKeys, WEIGHTS } from './related-weights';
import { stem } from './stem';
import { conceptOfWord } from './terms';
import { namedMidSentence } from './related-evidence';

export interface SpeakerName {
  surname: string | null;
  given: Set<string>;
}
export const speakerName = (speaker: string | null | undefined): SpeakerName => {
  const words = speakerKeys(speaker);
  return { surname: words.at(-1) ?? null, given: new Set(words.slice(0, -1)) };
};

/** A word of a news concept most of the library touches ("voters", "election" in campaign news) is no rarer than it. */
export function inCommonConcept(term: string, stats: LibraryStats): boolean {
  const concept = conceptOfWord(term) ?? conceptOfWord(`${term}s`);
  return concept !== undefined && idf(stats, `c:${concept}`) < WEIGHTS.rareConcept * singleIdf(stats);
}

/** The query's names as they appear among its stemmed terms too ("Sanders" is "sander", "Cruz's" is "cruz'"). */
export const stemmedKeys = (qf: Features) => new Set([...keysOf(qf.entities)].flatMap((k) => [k, stem(k), `${k}'`]));

export interface QueryConcept {
  key: string;
  idf: number;
  words: Set<string>;
  plain: boolean;
}
export interface QueryTerm {
  term: string;
  inQuote: boolean;
  idf: number;
  common: boolean;
}
/** Coverage's units: a rare quote word (held also through its concept) or a name, with its weight. */
export interface CoverUnit {
  weight: number;
  term?: string;
  concept?: string;
  name?: string;
}

export interface PreparedQuery {
  qf: Features;
  q: RelatedQuery;
  stats: LibraryStats;
  speaker: SpeakerName;
  speakerWords: Set<string>;
  single: number;
  concepts: QueryConcept[];
  terms: QueryTerm[];
  cover: CoverUnit[];
  coverTotal: number;
  /** The query's quote holds its own speaker's surname, so it is likely someone else's words (see namesOwnSpeaker). */
  namesSelf: boolean;
  /** Whether the query's own text uses a common word as a name mid-sentence (see namedMidSentence), by key. */
  namedHere: Map<string, boolean>;
}

const conceptWordsOf = (f: Features, k: string) => new Set(PLACES.flatMap((w) => [...(f.concepts[w].get(k) ?? [])]));

function coverUnits(qf: Features, q: RelatedQuery, stats: LibraryStats): CoverUnit[] {
  const speaker = new Set(speakerKeys(q.speaker));
  // A capitalised word that only opens a sentence ("Talks with …") may be a plain word: it counts as one.
  const names = [...qf.entities.quote.keys()].filter((k) => !speaker.has(k) && !isCommonWord(k) && namedMidSentence(k, [q.text]));
  const entityKeys = new Set([...names, ...names.map(stem), ...speaker, ...keysOf({ ...qf.entities, quote: new Map() })]);
  const conceptOfStem = new Map<string, string>();
  for (const [k, words] of qf.concepts.quote) for (const w of words) conceptOfStem.set(stem(w), k);
  const out: CoverUnit[] = [];
  for (const t of qf.terms.quote) {
    if (entityKeys.has(t) || isCommonWord(t)) continue;
    out.push({ weight: assertionIdf(stats, t), term: t, concept: conceptOfStem.get(t) });
  }
  for (const k of names) out.push({ weight: WEIGHTS.entity * idf(stats, `e:${k}`), name: k });
  return out;
}

export function prepareQuery(qf: Features, q: RelatedQuery, stats: LibraryStats): PreparedQuery {
  const speakerWords = new Set(speakerKeys(q.speaker));
  const entityKeys = stemmedKeys(qf);
  const concepts = [...qf.concepts.quote.keys()].map((key): QueryConcept => {
    const words = conceptWordsOf(qf, key);
    return { key, idf: idf(stats, `c:${key}`), words, plain: [...words].some((w) => !isCommonWord(w)) };
  });
  const terms: QueryTerm[] = [];
  for (const t of new Set([...qf.terms.quote, ...qf.terms.context])) {
    // A name already scored as an entity is not a second shared word.
    // Words of any English text ("best", "reason", "obviously") are evidence of no claim, however rare here.
    if (entityKeys.has(t) || speakerWords.has(t) || isCommonWord(t)) continue;
    const inQuote = qf.terms.quote.has(t);
    terms.push({ term: t, inQuote, idf: inQuote ? assertionIdf(stats, t) : idf(stats, t), common: inQuote && inCommonConcept(t, stats) });
  }
  const cover = coverUnits(qf, q, stats);
  let coverTotal = 0;
  for (const u of cover) coverTotal += u.weight;
  return {
    qf,
    q,
    stats,
    speaker: speakerName(q.speaker),
    speakerWords,
    single: singleIdf(stats),
    concepts,
    terms,
    cover,
    coverTotal,
    namesSelf: namesOwnSpeaker(q),
    namedHere: new Map(),
  };
}

/**
 * People rarely name themselves: a quote holding its own speaker's surname ("Unlike Hillary Clinton, I …",
 * "Donald Trump's decision to …") is most likely someone else's words given the wrong speaker. Such a quote
 * is not offered as that speaker's statement (it can still be topic-related). Reporters' [insertions] aside.
 */
export function namesOwnSpeaker(q: Pick<RelatedQuery, 'text' | 'speaker'>): boolean {
  const surname = (q.speaker ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .at(-1);
  if (!surname || surname.length < 3 || !/^\p{Lu}/u.test(surname)) return false;
  const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[^\p{L}\p{N}']/gu, '')}(?![\\p{L}])`, 'u');
  return re.test(q.text.replace(/\[[^\]]*\]/g, ' '));
}

/**
 * Who spoke: the library's person where both statements have one (two people called Lee stay two), else
 * the same proper name. "the source" or "a spokesperson" names nobody in particular.
 */
export function isSameSpeaker(prep: PreparedQuery, c: RelatedQuery): boolean {
  const { q } = prep;
  const same = q.personId && c.personId ? q.personId === c.personId : !!q.speaker && q.speaker === c.speaker && /^\p{Lu}/u.test(q.speaker);
  return same && !prep.namesSelf && !namesOwnSpeaker(c);
}
