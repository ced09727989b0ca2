/**
 * The library's records, shared by storage (IndexedDB), the ranking in core, the CLI and exports.
 * Plain data: every field survives structured clone and JSON.
 */

/** W3C Web Annotation selectors for re-finding a quote on its page. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SourceRecord {
  /** Canonical URL with tracking parameters stripped; also the key. */
  url: string;
  title: string;
  outlet: string;
  /** ISO 8601, or null when the page does not say. */
  published: string | null;
}

export interface PersonTitle {
  title: string;
  /** ISO date the title was seen */ seen: string;
  sourceUrl: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  titles: PersonTitle[];
  official: boolean;
}

export interface QuoteRecord {
  /** Stable: derived from the normalised text and the speaker as shown (see quoteId); one record however many pages. */
  id: string;
  text: string;
  /** The person, when the speaker is a named person; null for unnamed speakers and unknown ones. */
  personId: string | null;
  /** The speaker as shown: a person's name, an unnamed description ("a State Department spokesperson"), or null. */
  speaker: string | null;
  speakerTitle: string | null;
  /** The page it was first saved from. */
  sourceUrl: string;
  /** Every page the same statement was seen on, first one included. */
  sourceUrls: string[];
  /** The paragraph around the quote, and the article's headline: context for readers and for ranking. */
  paragraph: string;
  headline: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** Topic terms and named entities, for the multiEntry index and the ranking. */
  terms: string[];
  entities: string[];
  /** ISO 8601. */
  savedAt: string;
  /** The source's published date (ISO), copied so it can be indexed. */
  published: string | null;
}

export const EXPORT_FORMAT = 'onrecord-library';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  quotes: QuoteRecord[];
  people: PersonRecord[];
  sources: SourceRecord[];
}
