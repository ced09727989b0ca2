/** Kept apart from the protocol file so the content script does not load the payload schemas. */
import type { SourceRecord, QuoteResult } from '../core/index';
import type { PageQuote } from './protocol';

/** A quote of the analysis as the page, the popup and the library look it up. */
export function pageQuoteOf(quote: QuoteResult, key: string, officials: ReadonlySet<number>, paragraphs: readonly string[], source: SourceRecord): PageQuote {
  return {
    key,
    text: quote.text,
    speaker: quote.speaker,
    speakerTitle: quote.speakerTitle,
    official: quote.speakerId !== null && officials.has(quote.speakerId),
    paragraph: paragraphs[quote.paragraph] ?? '',
    headline: source.title,
    sourceUrl: source.url,
    published: source.published,
  };
}
