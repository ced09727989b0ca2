/**
 * Ranks saved statements by whether they are about the same claim or event as a quote. What the quote
 * itself says (its words, names and news concepts) carries the score; its paragraph and headline can add
 * to it but never carry it alone. Every shared key is weighed by a BM25-like idf against the library, so a
 * word or name most saved quotes share ("Russia", "war", "talks" in a library about a war) weighs little.
 * A statement is topic-related from a calibrated score on; the same speaker's other statements come after
 * the topic-related ones, labelled as such. Pure: storage supplies candidates and document frequencies.
 */
import { PLACES, featuresOf, type Features, type LibraryStats, type Placed, type RelatedQuery, type Where } from './related-features';
import { dedupeNear } from './related-dedupe';
import { whenOf, type When } from './related-time';
import { isCommonWord } from './common-words';
import { coverage, distinctCount, namedMidSentence, type Share } from './related-evidence';
import { isSameSpeaker, prepareQuery, speakerName, type PreparedQuery, type SpeakerName } from './related-query';
import { idf, speakerKeys, WEIGHTS } from './related-weights';

export { idf, WEIGHTS } from './related-weights';

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

/**
 * For each key both sides hold, the best product of where it sits on each side. A side's speaker name is
 * who spoke, not what was said: it counts as that side's context, and not at all when both sides share it.
 */
function overlap<V>(a: Placed<Map<string, V>>, b: Placed<Map<string, V>>, speakerA: SpeakerName, speakerB: SpeakerName): Map<string, number> {
  const out = new Map<string, number>();
  // A given name alone ("Jen") names nobody in particular; a surname names the speaker, as context.
  const at = (w: Where, k: string, s: SpeakerName) => (s.given.has(k) ? 0 : w === 'quote' && s.surname === k ? WEIGHTS.where.paragraph : WEIGHTS.where[w]);
  for (const wa of PLACES) {
    for (const k of a[wa].keys()) {
      if (speakerA.surname === k && speakerB.surname === k) continue;
      for (const wb of PLACES) {
        if (!b[wb].has(k)) continue;
        const w = at(wa, k, speakerA) * at(wb, k, speakerB);
        if (w > (out.get(k) ?? 0)) out.set(k, w);
      }
    }
  }
  return out;
}

/** BM25's length normalisation on the candidate's quote: a short statement made of the shared words says more. */
function lengthFactor(quoteTerms: number): number {
  const { k1, b, avgTerms } = WEIGHTS.length;
  // A fragment of a word or two (a scare-quoted "diplomatic") asserts little: it weighs less than a sentence.
  const fragment = Math.min(1, quoteTerms / WEIGHTS.length.minTerms);
  return (fragment * (k1 + 1)) / (1 + k1 * (1 - b + (b * Math.max(quoteTerms, avgTerms / 2)) / avgTerms));
}

/** A common word is a name if the query's text or the candidate's uses it so; the query's answer is kept per key. */
function named(prep: PreparedQuery, k: string, c: RelatedQuery): boolean {
  let here = prep.namedHere.get(k);
  if (here === undefined) prep.namedHere.set(k, (here = namedMidSentence(k, [prep.q.text, prep.q.paragraph])));
  return here || namedMidSentence(k, [c.text, c.paragraph]);
}

function shares(prep: PreparedQuery, f: Features, c: RelatedQuery): Share[] {
  const { qf, stats } = prep;
  const out: Share[] = [];
  const skipC = new Set(speakerKeys(c.speaker));
  for (const [k, w] of overlap(qf.entities, f.entities, prep.speaker, speakerName(c.speaker))) {
    if (w === 0) continue;
    if (isCommonWord(k) && !named(prep, k, c)) continue;
    // Two stories naming the same place in their paragraphs are the same news cycle, not the same claim.
    const kind = w >= WEIGHTS.where.quote * WEIGHTS.where.headline ? 'entity' : 'context';
    // A famous name ("Trump" in election news) is in too many quotes to tell one claim from another; a rare
    // one ("Charleston") is evidence of its own, unless it only names a speaker (Bobby Scott, Darrell Scott).
    const rare = idf(stats, `e:${k}`);
    out.push({
      label: PLACES.map((p) => qf.entities[p].get(k)).find(Boolean)!,
      score: WEIGHTS.entity * w * rare,
      kind,
      distinct: kind === 'entity' && !prep.speakerWords.has(k) && !skipC.has(k) && rare >= WEIGHTS.rareName * prep.single,
    });
  }
  const { quote: wq, paragraph: wp } = WEIGHTS.where;
  const norm = lengthFactor(f.terms.quote.size);
  // Concepts say what the quote asserts only from the quote's own words; elsewhere they are context.
  for (const concept of prep.concepts) {
    const placed = PLACES.find((p) => f.concepts[p].has(concept.key));
    if (!placed) continue;
    const score = WEIGHTS.concept * WEIGHTS.where[placed] * concept.idf * (placed === 'quote' ? norm : 1);
    // A concept most of the library touches ("election" in campaign news) tells no claim from another.
    // …and so does one the query reaches only through common words ("growth" for the economy).
    const distinct = placed === 'quote' && score >= WEIGHTS.distinct && concept.idf >= WEIGHTS.rareConcept * prep.single && concept.plain;
    out.push({
      label: describeConcept(concept.key, concept.words, conceptWords(f, concept.key)),
      score,
      kind: 'action',
      distinct,
      concept: [...concept.words],
    });
  }
  for (const { term: t, inQuote: qq, idf: termIdf, common } of prep.terms) {
    if (skipC.has(t)) continue;
    const [cq, cc] = [f.terms.quote.has(t), f.terms.context.has(t)];
    const w = qq ? (cq ? wq * wq : cc ? wq * wp : 0) : cq ? wp * wq : cc ? wp * wp : 0;
    if (w === 0) continue;
    const score = WEIGHTS.term * w * termIdf * (cq ? norm : 1);
    out.push({ label: t, score, kind: qq ? 'action' : 'context', distinct: qq && cq && score >= WEIGHTS.distinct && !common });
  }
  return out.filter((s) => s.score > 0);
}

const conceptWords = (f: Features, k: string) => new Set(PLACES.flatMap((w) => [...(f.concepts[w].get(k) ?? [])]));

function describeConcept(concept: string, a: Set<string>, b: Set<string>): string {
  const x = [...a][0]!;
  const y = [...b].find((w) => w !== x) ?? [...b][0]!;
  return x === y ? x : `${concept} (${x} ≈ ${y})`;
}

const sum = (xs: Share[], kind: Share['kind']) => xs.filter((s) => s.kind === kind).reduce((n, s) => n + s.score, 0);

/**
 * The topic score and its reasons. The same claim or event shares who or where (a name) and what the
 * quote asserts (its words or concept); context adds up to WEIGHTS.contextShare of those two, never more.
 */
export function scoreCandidate(
  qf: Features,
  q: RelatedQuery,
  c: RelatedCandidate,
  stats: LibraryStats,
  f: Features = featuresOf(c),
  prep: PreparedQuery = prepareQuery(qf, q, stats),
): { score: number; topic: boolean; about: string[] } {
  const found = shares(prep, f, c);
  const [entity, action, context] = [sum(found, 'entity'), sum(found, 'action'), sum(found, 'context')];
  const score = entity + action + Math.min(context, (entity + action) * WEIGHTS.contextShare);
  const distinct = distinctCount(found);
  // Two distinctive shares (rare words, a news concept across words, a rare name) that are a real part of
  // what the query's quote says: a famous name and one word are the same news cycle, not the same claim.
  const scored = entity >= WEIGHTS.minEntity && action >= WEIGHTS.minAction && score >= WEIGHTS.threshold && distinct >= WEIGHTS.minDistinct;
  const covered = scored ? coverage(prep, f) : 0;
  const topic = scored && covered >= WEIGHTS.minCoverage;
  const best = Math.max(0, ...found.map((s) => s.score));
  const about = found
    .filter((s) => s.kind !== 'context' && s.score >= best * WEIGHTS.reasonShare)
    .sort((a, b) => b.score - a.score)
    .slice(0, 4)
    .map((s) => s.label);
  return { score, topic, about };
}

/** A candidate's features; storage passes the ones it saved with each quote instead of re-deriving them. */
export type FeatureSource<C extends RelatedCandidate = RelatedCandidate> = (c: C) => Features;

/**
 * Related saved quotes, best first: topic-related ones by score, then the same speaker's statements on
 * other topics. Quotes from the query's own page are not "earlier statements"; near-identical ones show once.
 */
export function rankRelated<C extends RelatedCandidate>(
  query: RelatedQuery,
  candidates: C[],
  stats: LibraryStats,
  limit = 10,
  { features = featuresOf, queryFeatures = featuresOf(query) }: { features?: FeatureSource<C>; queryFeatures?: Features } = {},
): Array<RelatedResult<C>> {
  const results: Array<RelatedResult<C> & { order: number }> = [];
  const prep = prepareQuery(queryFeatures, query, stats);
  for (const c of candidates) {
    const onQueryPage = query.sourceUrl !== undefined && (c.sourceUrl === query.sourceUrl || (c.sourceUrls ?? []).includes(query.sourceUrl));
    if ((query.id && c.id === query.id) || onQueryPage) continue;
    const sameSpeaker = isSameSpeaker(prep, c);
    const { score, topic, about } = scoreCandidate(queryFeatures, query, c, stats, features(c), prep);
    if (!topic && !sameSpeaker) continue;
    const reasons = [...(sameSpeaker ? ['same speaker'] : []), ...(topic && about.length ? [`both about ${about.join(' · ')}`] : [])];
    const order = topic ? score * (sameSpeaker ? WEIGHTS.sameSpeakerBoost : 1) : -1 / (1 + score);
    results.push({ candidate: c, score: Math.round(score * 1000) / 1000, topic, sameSpeaker, when: whenOf(query, c), reasons, order });
  }
  results.sort(
    (a, b) =>
      b.order - a.order ||
      (b.candidate.published ?? b.candidate.savedAt ?? '').localeCompare(a.candidate.published ?? a.candidate.savedAt ?? '') ||
      a.candidate.id.localeCompare(b.candidate.id),
  );
  return dedupeNear(results)
    .slice(0, limit)
    .map(({ order: _o, ...r }) => r);
}
