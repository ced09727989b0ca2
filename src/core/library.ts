/** Pure rules of the library: record identity, URL canonicalisation, and telling people apart across articles. */
import { indexKeysOf } from './related';
import type { QuoteRecord, SourceRecord, TextPositionSelector, TextQuoteSelector } from './library-model';

export { hashText } from './hash';
import { hashText } from './hash';

export const normaliseQuoteText = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim()
    .toLowerCase();

/** One statement by one speaker is one record, on however many pages it appears. */
export function quoteId(text: string, speakerKey: string | null): string {
  return `q_${hashText(`${normaliseQuoteText(text)}\u0000${(speakerKey ?? '').toLowerCase()}`)}`;
}

// Re-exported: the content script imports these from their own small modules, not the whole library.
export { canonicalUrl, siteOf } from './page-url';
export { selectorsFor } from './anchoring';

// One resolver for people everywhere (see person-resolver.ts).
export { matchPerson, resolveSighting, type ArticleContext, type Sighting } from './person-resolver';
import type { ArticleContext } from './person-resolver';

export interface SaveInput {
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  /** The speaker is a named person (not an unnamed description). */
  named: boolean;
  official: boolean;
  paragraph: string;
  headline: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  source: SourceRecord;
  savedAt: string;
  /** Full names of the people the article mentions: a bare surname may join one of them (person-resolver). */
  articlePeople?: string[];
}

/** A quote record for a save, before the person is resolved (storage fills personId). */
export function buildQuoteRecord(input: SaveInput, personId: string | null): QuoteRecord {
  const keys = indexKeysOf({ text: input.text, paragraph: input.paragraph, headline: input.headline, speaker: input.speaker });
  return {
    // The speaker as shown, not the person id: ids must survive merging and splitting people.
    id: quoteId(input.text, input.speaker),
    text: input.text,
    personId,
    speaker: input.speaker,
    speakerTitle: input.speakerTitle,
    sourceUrl: input.source.url,
    sourceUrls: [input.source.url],
    paragraph: input.paragraph,
    headline: input.headline,
    selectors: input.selectors,
    terms: keys.terms,
    entities: keys.entities,
    savedAt: input.savedAt,
    published: input.source.published,
  };
}

/** Saving again is idempotent; the same statement seen on another page adds that page as a source. */
export function mergeQuoteRecords(existing: QuoteRecord, incoming: QuoteRecord): QuoteRecord {
  const sourceUrls = [...new Set([...existing.sourceUrls, ...incoming.sourceUrls])];
  return { ...existing, sourceUrls, speakerTitle: existing.speakerTitle ?? incoming.speakerTitle, published: existing.published ?? incoming.published };
}

/** The article context of a save: the names it gives and the people its quotes saved so far went to. */
/**
 * The people an article names in full, sent with each save from it: a bare surname in a later save joins a
 * library person only when the article names them in full (core/person-resolver). At most 500, as the protocol allows.
 */
export const articlePeopleOf = (analysis: { officials: Array<{ name: string }>; people: Array<{ name: string }> }): string[] =>
  [...new Set([...analysis.officials, ...analysis.people].map((p) => p.name).filter((n) => n.includes(' ')))].slice(0, 500);

export const articleContextOf = (input: Pick<SaveInput, 'articlePeople'>, resolvedOnPage: Iterable<string | null>): ArticleContext => ({
  names: input.articlePeople ?? [],
  resolved: [...new Set([...resolvedOnPage].filter((id): id is string => id !== null))],
});
