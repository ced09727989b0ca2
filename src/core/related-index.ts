/**
 * An in-memory library for ranking (the CLI, the crowd check, tests): candidates are the quotes sharing any
 * index key with the query, or its speaker, found through an inverted index rather than by scoring everyone.
 */
import { featuresOf, indexKeysFrom, type Features, type LibraryStats, type RelatedQuery } from './related-features';

export interface RelatedIndex<C> {
  stats: LibraryStats;
  candidatesFor(query: RelatedQuery): C[];
  features(c: C): Features;
}

export function relatedIndex<C extends RelatedQuery & { id: string }>(quotes: C[]): RelatedIndex<C> {
  const byKey = new Map<string, C[]>();
  const df = new Map<string, number>();
  const featuresById = new Map<string, Features>();
  const add = (key: string, c: C) => (byKey.get(key) ?? (byKey.set(key, []), byKey.get(key)!)).push(c);
  for (const c of quotes) {
    const f = featuresOf(c);
    featuresById.set(c.id, f);
    const keys = indexKeysFrom(f);
    for (const k of new Set(keys.statKeys)) df.set(k, (df.get(k) ?? 0) + 1);
    for (const k of new Set([...keys.terms, ...keys.entities.map((e) => `e:${e}`)])) add(k, c);
    if (c.personId) add(`p:${c.personId}`, c);
    if (c.speaker) add(`s:${c.speaker}`, c);
  }
  return {
    stats: { docs: quotes.length, df: (k) => df.get(k) ?? 0 },
    features: (c) => featuresById.get(c.id) ?? featuresOf(c),
    candidatesFor(query) {
      const keys = indexKeysFrom(featuresOf(query));
      const probe = [
        ...keys.terms,
        ...keys.entities.map((e) => `e:${e}`),
        ...(query.personId ? [`p:${query.personId}`] : []),
        ...(query.speaker ? [`s:${query.speaker}`] : []),
      ];
      const out = new Map<string, C>();
      for (const k of probe) for (const c of byKey.get(k) ?? []) out.set(c.id, c);
      return [...out.values()];
    },
  };
}
