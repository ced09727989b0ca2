/**
 * Ranks saved statements by relatedness to a quote: the same speaker, shared entities, topic terms
 * weighted against the library (BM25-like idf), and shared news concepts. Pure: storage supplies the
 * candidates and the document frequencies; this file only scores them, with named weights.
 */
import { conceptsOf, entitiesOf, topicTerms } from './terms';

export interface RelatedQuery {
  id?: string;
  text: string;
  paragraph: string;
  headline: string;
  speaker: string | null;
  personId?: string | null;
  sourceUrl?: string;
}

export interface RelatedCandidate extends RelatedQuery {
  id: string;
  /** Every page the statement was seen on. */
  sourceUrls?: string[];
}

export interface LibraryStats {
  /** Number of saved quotes. */
  docs: number;
  /** How many saved quotes carry a term, entity key or concept key. */
  df(key: string): number;
}

export interface RelatedResult<C extends RelatedCandidate = RelatedCandidate> {
  candidate: C;
  score: number;
  reasons: string[];
}

export const WEIGHTS = {
  sameSpeaker: 2.5,
  /** A shared entity or concept scores its base weight times the weights of where it sits on each side. */
  entity: 1.5,
  concept: 3.0,
  where: { quote: 1.0, paragraph: 0.6, headline: 0.2 },
  /** BM25-like topic terms: quote words count fully, context words less. */
  quoteTerm: 1.0,
  contextTerm: 0.3,
  /** Pseudo-documents in the idf, so a library of a dozen quotes still tells common words from rare ones. */
  idfPrior: 20,
  /** Shared keys weighed below this are left out of the reasons. */
  reasonWeight: 0.5,
  minScore: 1.0,
} as const;

type Where = keyof typeof WEIGHTS.where;
interface Placed<T> { quote: T; paragraph: T; headline: T }
export interface Features {
  terms: { quote: Set<string>; context: Set<string> };
  entities: Placed<Map<string, string>>;
  concepts: Placed<Map<string, Set<string>>>;
}

export function featuresOf(q: RelatedQuery): Features {
  // "[with Russia]" is the reporter's insertion, not the speaker's words.
  const spoken = q.text.replace(/\[[^\]]*\]/g, ' ');
  const quoteEntities = entitiesOf(spoken);
  // Who said it is part of what the statement is about.
  if (q.speaker && /^\p{Lu}/u.test(q.speaker)) for (const [k, v] of entitiesOf(q.speaker)) quoteEntities.set(k, v);
  return {
    terms: { quote: new Set(topicTerms(spoken)), context: new Set(topicTerms(`${q.paragraph}\n${q.headline}`)) },
    entities: { quote: quoteEntities, paragraph: entitiesOf(q.paragraph), headline: headlineEntities(q) },
    concepts: { quote: conceptsOf(spoken), paragraph: conceptsOf(q.paragraph), headline: conceptsOf(q.headline) },
  };
}

/**
 * Headlines capitalise every word: a headline word counts as a name only if the story does not also use it
 * in lower case ("Contact" in "…to Contact Putin" is the verb the quote uses).
 */
function headlineEntities(q: RelatedQuery): Map<string, string> {
  const found = entitiesOf(q.headline);
  const body = `${q.text}\n${q.paragraph}`;
  for (const key of [...found.keys()]) if (new RegExp(`(^|[^\\p{L}])${key}(?![\\p{L}])`, 'u').test(body)) found.delete(key);
  return found;
}

const PLACES: Where[] = ['quote', 'paragraph', 'headline'];
const keysOf = <V>(p: Placed<Map<string, V>>) => new Set(PLACES.flatMap((w) => [...p[w].keys()]));

/**
 * Keys of a saved quote. `terms` and `entities` (quote and context) find candidates through the index;
 * `statKeys` (the quote's own words, concepts `c:` and entities `e:`) feed the document frequencies, so a
 * headline shared by every quote of an article does not make its words look common.
 */
export function indexKeysOf(q: RelatedQuery): IndexKeys {
  return indexKeysFrom(featuresOf(q));
}

export interface IndexKeys { terms: string[]; entities: string[]; statKeys: string[] }

/** The same keys from features already computed (storage keeps them on each saved quote). */
export function indexKeysFrom(f: Features): IndexKeys {
  return {
    terms: [...new Set([...f.terms.quote, ...f.terms.context, ...[...keysOf(f.concepts)].map((c) => `c:${c}`)])],
    entities: [...keysOf(f.entities)],
    statKeys: [...f.terms.quote, ...[...f.concepts.quote.keys()].map((c) => `c:${c}`), ...[...f.entities.quote.keys()].map((e) => `e:${e}`)],
  };
}

const idf = (stats: LibraryStats, key: string) => {
  const n = stats.docs + WEIGHTS.idfPrior;
  const df = Math.min(stats.df(key), stats.docs);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
};

/** For each key both sides share, the best product of where it sits on each side. */
function overlap<V>(a: Placed<Map<string, V>>, b: Placed<Map<string, V>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const wa of PLACES) {
    for (const k of a[wa].keys()) {
      for (const wb of PLACES) {
        if (!b[wb].has(k)) continue;
        const w = WEIGHTS.where[wa] * WEIGHTS.where[wb];
        if (w > (out.get(k) ?? 0)) out.set(k, w);
      }
    }
  }
  return out;
}

/** A candidate's features; storage passes the ones it saved with each quote instead of re-deriving them. */
export type FeatureSource<C extends RelatedCandidate = RelatedCandidate> = (c: C) => Features;

export function scoreCandidate(query: Features, q: RelatedQuery, c: RelatedCandidate, stats: LibraryStats, f: Features = featuresOf(c)): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const sameSpeaker = (q.personId && c.personId && q.personId === c.personId) || (!!q.speaker && q.speaker === c.speaker);
  if (sameSpeaker) {
    score += WEIGHTS.sameSpeaker;
    reasons.push('same speaker');
  }
  const entities = overlap(query.entities, f.entities);
  // The same speaker already scored; their name is not a second shared topic.
  const speakerWords = sameSpeaker ? (c.speaker ?? '').toLowerCase().split(/\s+/) : [];
  for (const k of speakerWords) entities.delete(k);
  for (const [k, w] of entities) score += WEIGHTS.entity * w * idf(stats, `e:${k}`);
  const concepts = overlap(query.concepts, f.concepts);
  for (const [k, w] of concepts) score += WEIGHTS.concept * w * idf(stats, `c:${k}`);
  for (const t of query.terms.quote) {
    if (f.terms.quote.has(t)) score += WEIGHTS.quoteTerm * idf(stats, t);
    else if (f.terms.context.has(t)) score += WEIGHTS.contextTerm * idf(stats, t);
  }
  for (const t of query.terms.context) if (!query.terms.quote.has(t) && f.terms.quote.has(t)) score += WEIGHTS.contextTerm * idf(stats, t);
  const entityName = (k: string) => PLACES.map((w) => query.entities[w].get(k)).find(Boolean)!;
  const about = [...entities].filter(([, w]) => w >= WEIGHTS.reasonWeight).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k]) => entityName(k));
  const topics = [...concepts].filter(([, w]) => w >= WEIGHTS.reasonWeight).map(([k]) => describeConcept(k, conceptWords(query, k), conceptWords(f, k)));
  if (about.length || topics.length) reasons.push(`both about ${[...about, ...topics].join(' · ')}`);
  return { score, reasons };
}

const conceptWords = (f: Features, k: string) => new Set(PLACES.flatMap((w) => [...(f.concepts[w].get(k) ?? [])]));

function describeConcept(concept: string, a: Set<string>, b: Set<string>): string {
  const x = [...a][0]!;
  const y = [...b].find((w) => w !== x) ?? [...b][0]!;
  return x === y ? x : `${concept} (${x} ≈ ${y})`;
}

/** Related saved quotes, best first. Quotes from the query's own page are not "earlier statements". */
export function rankRelated<C extends RelatedCandidate>(
  query: RelatedQuery, candidates: C[], stats: LibraryStats, limit = 10,
  { features = featuresOf, queryFeatures = featuresOf(query) }: { features?: FeatureSource<C>; queryFeatures?: Features } = {},
): Array<RelatedResult<C>> {
  const qf = queryFeatures;
  const results: Array<RelatedResult<C>> = [];
  for (const c of candidates) {
    const onQueryPage = query.sourceUrl !== undefined && (c.sourceUrl === query.sourceUrl || (c.sourceUrls ?? []).includes(query.sourceUrl));
    if ((query.id && c.id === query.id) || onQueryPage) continue;
    const { score, reasons } = scoreCandidate(qf, query, c, stats, features(c));
    if (score >= WEIGHTS.minScore) results.push({ candidate: c, score: Math.round(score * 1000) / 1000, reasons });
  }
  results.sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
  return results.slice(0, limit);
}

/** Document frequencies of an in-memory candidate set (the CLI and tests; storage keeps its own counts). */
export function statsOf(candidates: RelatedQuery[]): LibraryStats {
  const df = new Map<string, number>();
  for (const c of candidates) for (const k of indexKeysOf(c).statKeys) df.set(k, (df.get(k) ?? 0) + 1);
  return { docs: candidates.length, df: (k) => df.get(k) ?? 0 };
}
