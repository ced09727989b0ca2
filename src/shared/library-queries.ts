/**
 * The shapes of the library's paged reads, as the library page asks for them and the background's storage
 * answers: shared, so the pages name them without importing storage code.
 */
import type { PersonRecord, QuoteRecord, SourceRecord } from '../core/index';

export interface SearchQuery {
  /** Case-insensitive substring of the quote. */
  text?: string;
  /** Case-insensitive substring of the speaker as shown. */
  speaker?: string;
  /** Case-insensitive substring of the outlet of any page the quote was seen on. */
  outlet?: string;
  personId?: string;
  /** Published date range (ISO); a bare date in `to` includes that whole day. */
  from?: string;
  to?: string;
  limit: number;
  offset?: number;
}

export interface SearchPage {
  items: QuoteRecord[];
  /** Matches in all, when the search saw them all (it stops early once the page is full). */
  total: number | null;
  more: boolean;
  /** The pages the items were first saved from (headline, outlet, date), for the library's cards. */
  sources: SourceRecord[];
}

export type ExportStore = 'quotes' | 'people' | 'sources';
export type ExportPage =
  | { store: 'quotes'; items: QuoteRecord[]; next: string | null }
  | { store: 'people'; items: PersonRecord[]; next: string | null }
  | { store: 'sources'; items: SourceRecord[]; next: string | null };
