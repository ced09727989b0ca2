/** What the popup, the card and a save need from a tab's reading, made from it alone. */
import { anchorQuote, articlePeopleOf, selectorsFor, PARAGRAPH_SEPARATOR, paragraphOffsets } from '../core/index';
import { pageQuoteOf } from '../shared/page-quote';
import type { PageQuote, SaveRequest, SavedOnPage } from '../shared/protocol';
import type { TabReading } from './tab-readings';

const officialsOf = (r: TabReading) => new Set(r.analysis.officials.map((o) => o.id));

/** The reading's quotes from `from`, at most `count` of them, in article order. */
export function pageQuotesOf(r: TabReading, from = 0, count = r.keys.length): PageQuote[] {
  const officials = officialsOf(r);
  return r.analysis.quotes.slice(from, from + count).map((q, i) => pageQuoteOf(q, r.keys[from + i]!, officials, r.paragraphs, r.source));
}

export function pageQuoteByKey(r: TabReading, key: string): PageQuote | null {
  const i = r.keys.indexOf(key);
  return i < 0 ? null : pageQuoteOf(r.analysis.quotes[i]!, key, officialsOf(r), r.paragraphs, r.source);
}

/** The library record a Save of this quote makes: the page's words, where they stand, and who said them. */
export function saveRequestOf(r: TabReading, key: string): SaveRequest | null {
  const i = r.keys.indexOf(key);
  const quote = r.analysis.quotes[i];
  if (i < 0 || !quote) return null;
  const q = pageQuoteOf(quote, key, officialsOf(r), r.paragraphs, r.source);
  const offset = paragraphOffsets(r.paragraphs)[quote.paragraph] ?? 0;
  return {
    text: q.text,
    speaker: q.speaker,
    speakerTitle: q.speakerTitle,
    named: quote.speakerId !== null,
    official: q.official,
    paragraph: q.paragraph,
    headline: q.headline,
    source: r.source,
    selectors: selectorsFor(q.paragraph, quote.start, quote.end, offset),
    articlePeople: articlePeopleOf(r.analysis),
  };
}

/** Saved quotes of the page whose words can no longer be found in it (edited or removed since the save). */
export function orphansOf(r: TabReading): SavedOnPage[] {
  if (r.saved.length === 0) return [];
  const text = r.paragraphs.join(PARAGRAPH_SEPARATOR);
  return r.saved.filter((s) => anchorQuote(text, s.selectors[0], s.selectors[1]) === null);
}
