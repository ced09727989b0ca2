/**
 * What a statement is about, for relatedness: its own words, named entities and news concepts, kept apart
 * from those of its paragraph and headline, and the keys a library indexes and counts them under.
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
  /** The source's publication date (ISO), when the page gives one. */
  published?: string | null;
  /** When the statement was saved (ISO); stands in for a missing publication date. */
  savedAt?: string;
}

export type Where = 'quote' | 'paragraph' | 'headline';
export interface Placed<T> {
  quote: T;
  paragraph: T;
  headline: T;
}
export interface Features {
  terms: { quote: Set<string>; context: Set<string> };
  entities: Placed<Map<string, string>>;
  concepts: Placed<Map<string, Set<string>>>;
}

export const PLACES: Where[] = ['quote', 'paragraph', 'headline'];

export function featuresOf(q: RelatedQuery): Features {
  // "[with Russia]" is the reporter's insertion, not the speaker's words.
  const spoken = q.text.replace(/\[[^\]]*\]/g, ' ');
  const quoteEntities = entitiesOf(spoken);
  // Who said it is part of what the statement is about (scoring discounts it: see speakerKeys).
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

export const keysOf = <V>(p: Placed<Map<string, V>>) => new Set(PLACES.flatMap((w) => [...p[w].keys()]));

export interface IndexKeys {
  terms: string[];
  entities: string[];
  statKeys: string[];
}

/**
 * Keys of a saved quote. `terms` and `entities` (quote and context) find candidates through the index;
 * `statKeys` (the quote's own words, concepts `c:` and entities `e:`) feed the document frequencies, so a
 * headline shared by every quote of an article does not make its words look common.
 */
export function indexKeysOf(q: RelatedQuery): IndexKeys {
  return indexKeysFrom(featuresOf(q));
}

/** The same keys from features already computed (storage keeps them on each saved quote). */
export function indexKeysFrom(f: Features): IndexKeys {
  return {
    terms: [...new Set([...f.terms.quote, ...f.terms.context, ...[...keysOf(f.concepts)].map((c) => `c:${c}`)])],
    entities: [...keysOf(f.entities)],
    statKeys: [...f.terms.quote, ...[...f.concepts.quote.keys()].map((c) => `c:${c}`), ...[...f.entities.quote.keys()].map((e) => `e:${e}`)],
  };
}

export interface LibraryStats {
  /** Number of saved quotes. */
  docs: number;
  /** How many saved quotes carry a term, entity key or concept key. */
  df(key: string): number;
}

/** Document frequencies of an in-memory candidate set (the CLI and tests; storage keeps its own counts). */
export function statsOf(candidates: RelatedQuery[]): LibraryStats {
  const df = new Map<string, number>();
  for (const c of candidates) for (const k of new Set(indexKeysOf(c).statKeys)) df.set(k, (df.get(k) ?? 0) + 1);
  return { docs: candidates.length, df: (k) => df.get(k) ?? 0 };
}
