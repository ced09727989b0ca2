/** The weights and idf of related-statement scoring, calibrated on the crowd check (npm run eval -- --related-crowd). */
import type { LibraryStats, Where } from './related-features';

export const WEIGHTS = {
  /** A shared key scores its base weight times its idf times the weights of where it sits on each side. */
  term: 1.0,
  entity: 1.3,
  concept: 0.9,
  where: { quote: 1.0, paragraph: 0.45, headline: 0.4 } satisfies Record<Where, number>,
  /** BM25 length normalisation of the candidate's quote (in topic terms). */
  length: { k1: 1.2, b: 0.5, avgTerms: 10, minTerms: 3 },
  /** Subtracted from an assertion word's idf: words in more than about one quote in twelve count nothing. */
  commonIdf: 2.5,
  /** Pseudo-documents in the idf, so a library of a dozen quotes still tells common words from rare ones. */
  idfPrior: 100,
  /** The context (both sides outside the quote) adds at most this share of what the quotes themselves share. */
  contextShare: 1.0,
  /** Topic-related from this score on, with at least these from names and from the quote's assertion: calibrated on the crowd check (npm run eval -- --related-crowd). */
  threshold: 4.0,
  minEntity: 1.5,
  minAction: 1.5,
  /** An assertion share both quotes hold counts as distinctive evidence from this score on. */
  distinct: 1.0,
  /** Share of the query quote's own assertion mass (rare words and names) a candidate must hold. */
  minCoverage: 0.5,
  /**
   * Distinctive shares a topic match needs, and the share of a one-quote key's idf from which a shared name is
   * rare enough to be one (in 8,000 quotes: in fewer than about 45; in 100,000: about 125).
   */
  minDistinct: 2,
  rareName: 0.6,
  /** The same for a news concept, which is broader than a name: in 8,000 quotes, in fewer than about 400. */
  rareConcept: 0.35,
  /** Same-speaker topic results rank a little higher among topic results. */
  sameSpeakerBoost: 1.15,
  /** Shared keys scoring below this share of the best one are left out of the reasons. */
  reasonShare: 0.2,
} as const;

/** BM25's idf, floored at zero: a key half the library carries says nothing about a topic. */
export function idf(stats: LibraryStats, key: string): number {
  const n = stats.docs + WEIGHTS.idfPrior;
  const df = Math.min(stats.df(key), stats.docs);
  return Math.max(0, Math.log((n - df + 0.5) / (df + 0.5)));
}

/** The idf of a key only one saved quote holds: the most a key can say in this library. */
export const singleIdf = (stats: LibraryStats) => Math.log((stats.docs + WEIGHTS.idfPrior - 0.5) / 1.5);

/** An assertion word says what the claim is only when it is rare: "think", "people", "need" say nothing. */
export const assertionIdf = (stats: LibraryStats, key: string) => Math.max(0, idf(stats, key) - WEIGHTS.commonIdf);

/** The speaker's name words; the last is the surname, the only one that may stand for them as a topic. */
export const speakerKeys = (speaker: string | null | undefined) =>
  (speaker ?? '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
