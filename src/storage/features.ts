/**
 * Each stored quote carries its scoring features, packed into one string, so ranking a hundred candidates
 * reads them instead of re-deriving terms, entities and concepts from their text on every lookup.
 * They are derived data: computed here from the text whenever a record is written, never taken from a
 * caller or a file, and left out of exports.
 */
import { featuresOf, indexKeysFrom, conceptOfWord, type QuoteRecord, type Features } from '../core/index';
import type { StoredQuote } from './schema';

/**
 * Names the packing and the feature rules it was written with. When featuresOf changes meaning, bump it
 * (and DB_VERSION, to re-derive them in an upgrade): until then, rows with another tag are recomputed.
 */
export const FEATURES_TAG = 'f1';

const str = (x: unknown) => (typeof x === 'string' ? x : '');

/** Features of a record, tolerating a malformed one from an old build (missing fields count as empty). */
export function featuresOfRecord(q: Pick<QuoteRecord, 'text' | 'paragraph' | 'headline' | 'speaker'>): Features {
  return featuresOf({ text: str(q.text), paragraph: str(q.paragraph), headline: str(q.headline), speaker: typeof q.speaker === 'string' ? q.speaker : null });
}

// Terms, entity forms and concept words never hold spaces or bars (see the WORD and CAPITALISED patterns).
const list = (xs: Iterable<string>) => [...xs].join(' ');
const words = (s: string | undefined) => (s ? s.split(' ') : []);

/**
 * Quote terms are split by whether the context also has them, so no term is written twice. Entities keep
 * only their display form (the key is its lower case) and concepts only their words (the concept follows).
 */
export function packFeatures(f: Features): string {
  const quote = [...f.terms.quote];
  return [
    FEATURES_TAG,
    list(quote.filter((t) => f.terms.context.has(t))),
    list(quote.filter((t) => !f.terms.context.has(t))),
    list([...f.terms.context].filter((t) => !f.terms.quote.has(t))),
    list(f.entities.quote.values()),
    list(f.entities.paragraph.values()),
    list(f.entities.headline.values()),
    ...[f.concepts.quote, f.concepts.paragraph, f.concepts.headline].map((m) => list([...m.values()].flatMap((s) => [...s]))),
  ].join('|');
}

const entityMap = (s: string | undefined) => new Map(words(s).map((w) => [w.toLowerCase(), w]));

function conceptMap(s: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const w of words(s)) {
    const concept = conceptOfWord(w);
    if (concept) out.set(concept, (out.get(concept) ?? new Set()).add(w));
  }
  return out;
}

/** The features a packed string holds, or null when it is missing or was packed under another tag. */
export function unpackFeatures(packed: unknown): Features | null {
  if (typeof packed !== 'string') return null;
  const p = packed.split('|');
  if (p[0] !== FEATURES_TAG || p.length !== 10) return null;
  const both = words(p[1]);
  return {
    terms: { quote: new Set([...both, ...words(p[2])]), context: new Set([...both, ...words(p[3])]) },
    entities: { quote: entityMap(p[4]), paragraph: entityMap(p[5]), headline: entityMap(p[6]) },
    concepts: { quote: conceptMap(p[7]), paragraph: conceptMap(p[8]), headline: conceptMap(p[9]) },
  };
}

type Derivable = Pick<QuoteRecord, 'text' | 'paragraph' | 'headline' | 'speaker'> & { features?: unknown };

/**
 * Unpacked features by their packed string, most recent last: a speaker's latest statements and the quotes
 * a common key finds are candidates of look-up after look-up, and unpacking was a third of ranking them.
 * The key is the packed text itself, so an entry can never be stale; scoring only reads what it is given.
 */
const unpacked = new Map<string, Features>();
const UNPACKED_LIMIT = 3000;

function unpackCached(packed: unknown): Features | null {
  if (typeof packed !== 'string') return null;
  const hit = unpacked.get(packed);
  if (hit) {
    unpacked.delete(packed);
    unpacked.set(packed, hit);
    return hit;
  }
  const f = unpackFeatures(packed);
  if (!f) return null;
  unpacked.set(packed, f);
  if (unpacked.size > UNPACKED_LIMIT) unpacked.delete(unpacked.keys().next().value!);
  return f;
}

/** A stored quote's features: the saved ones, or derived again if they are missing or stale. Callers must not change them. */
export const storedFeatures = (q: Derivable): Features => unpackCached(q.features) ?? featuresOfRecord(q);

/** A record as stored: its index keys and packed features both made here from its text, whatever a caller or a file said. */
export function toStoredQuote(q: QuoteRecord, f: Features = featuresOfRecord(q)): StoredQuote {
  return storedWithStatKeys(q, f).stored;
}

/**
 * The stored record and its stat keys from one derivation: `statKeysOf(stored)` would unpack the features
 * just packed and derive the keys again, a third of the cost of taking in a quote from an import or a sync.
 */
export function storedWithStatKeys(q: QuoteRecord, f: Features = featuresOfRecord(q)): { stored: StoredQuote; statKeys: string[] } {
  const { terms, entities, statKeys } = indexKeysFrom(f);
  return { stored: { ...q, terms, entities, features: packFeatures(f) }, statKeys: [...new Set(statKeys)] };
}

/** `record` has `from`'s text, context and speaker (a merge, a new person id): it keeps `from`'s features if current. */
export function keepFeatures(record: QuoteRecord, from: StoredQuote): StoredQuote {
  return unpackFeatures(from.features) ? { ...record, features: from.features } : toStoredQuote(record);
}

/** The record without storage fields, for exports and for everything the library hands out. */
export function toQuoteRecord(q: QuoteRecord & { features?: unknown }): QuoteRecord {
  const { features: _features, ...record } = q;
  return record;
}

/** Stat keys of one saved quote, deduplicated so a quote counts once per key. */
export const statKeysOf = (q: Derivable): string[] => [...new Set(indexKeysFrom(storedFeatures(q)).statKeys)];
