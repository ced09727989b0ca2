/**
 * Ranks saved statements by whether they are about the same claim or event as a quote. What the quote
 * itself says (its words, names and news concepts) carries the score; its paragraph and headline can add
 * to it but never carry it alone. Every shared key is weighed by a BM25-like idf against the library, so a
 * word or name most saved quotes share ("Russia", "war", "talks" in a library about a war) weighs little.
 * A statement is topic-related from a calibrated score on; the same speaker's other statements come after
 * the topic-related ones, labelled as such. Pure: storage supplies candidates and document frequencies.
 */
import { featuresOf, type Features, type LibraryStats, type RelatedQuery } from './related-features';
import { dedupeNear } from './related-dedupe';
import { whenOf, type When } from './related-time';
import { isSameSpeaker, prepareQuery } from './related-query';
import { scoreCandidate } from './related-score';
import { WEIGHTS } from './related-weights';

export { idf, WEIGHTS } from './related-weights';
export { scoreCandidate } from './related-score';

export { featuresOf, indexKeysFrom, indexKeysOf, statsOf, type Features, type IndexKeys, type LibraryStats, type RelatedQuery } from './related-features';
export { relatedIndex } from './related-index';
export { earlierCount, whenOf, type When } from './related-time';

export interface RelatedCandidate extends RelatedQuery {
  id: string;
  /** Every page the statement was seen on. */
  sourceUrls?: string[];
}

export interface RelatedResult<C extends RelatedCandidate = RelatedCandidate> {
  candidate: C;
  score: number;
  /** About the same claim or event (score at or above WEIGHTS.threshold, anchored in the quote's own words). */
  topic: boolean;
  sameSpeaker: boolean;
  /** Published before, after, or on the same day as the query's article (see related-time). */
  when: When;
  reasons: string[];
}

/** A candidate's features; storage passes the ones it saved with each quote instead of re-deriving them. */
export type FeatureSource<C extends RelatedCandidate = RelatedCandidate> = (c: C) => Features;

type Options<C extends RelatedCandidate> = { features?: FeatureSource<C>; queryFeatures?: Features };

/**
 * `rankRelated` in parts: each candidate is scored when it is added, so storage can score one batch while
 * the browser is still reading the next. `ranked` sorts on score, date and id, a total order, so the result
 * depends on which candidates were added, never on when. Like rankRelated, a candidate added twice counts twice.
 */
export function relatedRanker<C extends RelatedCandidate>(query: RelatedQuery, stats: LibraryStats, opts: Options<C> = {}) {
  const { features = featuresOf, queryFeatures = featuresOf(query) } = opts;
  const results: Array<RelatedResult<C> & { order: number }> = [];
  const prep = prepareQuery(queryFeatures, query, stats);
  const add = (c: C) => {
    const onQueryPage = query.sourceUrl !== undefined && (c.sourceUrl === query.sourceUrl || (c.sourceUrls ?? []).includes(query.sourceUrl));
    if ((query.id && c.id === query.id) || onQueryPage) return;
    const sameSpeaker = isSameSpeaker(prep, c);
    const { score, topic, about } = scoreCandidate(queryFeatures, query, c, stats, features(c), prep);
    if (!topic && !sameSpeaker) return;
    const reasons = [...(sameSpeaker ? ['same speaker'] : []), ...(topic && about.length ? [`both about ${about.join(' · ')}`] : [])];
    const order = topic ? score * (sameSpeaker ? WEIGHTS.sameSpeakerBoost : 1) : -1 / (1 + score);
    results.push({ candidate: c, score: Math.round(score * 1000) / 1000, topic, sameSpeaker, when: whenOf(query, c), reasons, order });
  };
  const ranked = (limit = 10): Array<RelatedResult<C>> =>
    dedupeNear(
      [...results].sort(
        (a, b) =>
          b.order - a.order ||
          (b.candidate.published ?? b.candidate.savedAt ?? '').localeCompare(a.candidate.published ?? a.candidate.savedAt ?? '') ||
          a.candidate.id.localeCompare(b.candidate.id),
      ),
    )
      .slice(0, limit)
      .map(({ order: _o, ...r }) => r);
  return {
    add(candidates: Iterable<C>): void {
      for (const c of candidates) add(c);
    },
    ranked,
  };
}

/**
 * Related saved quotes, best first: topic-related ones by score, then the same speaker's statements on
 * other topics. Quotes from the query's own page are not "earlier statements"; near-identical ones show once.
 */
export function rankRelated<C extends RelatedCandidate>(
  query: RelatedQuery,
  candidates: C[],
  stats: LibraryStats,
  limit = 10,
  opts: Options<C> = {},
): Array<RelatedResult<C>> {
  const ranker = relatedRanker(query, stats, opts);
  ranker.add(candidates);
  return ranker.ranked(limit);
}
