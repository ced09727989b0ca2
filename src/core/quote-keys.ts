/**
 * A page quote's key: the same on every side of the extension for one reading of a page, because each side
 * derives it from the one analysis (the background makes it; the page and the popup only carry it). It names
 * the quote by where it is and what it says, so a quote that could not be anchored never shifts another's key.
 */
import { hashText } from './library';
import type { QuoteResult } from './types';

export function quoteKeyOf(quote: Pick<QuoteResult, 'paragraph' | 'start' | 'text'>): string {
  return `k${quote.paragraph}.${quote.start}.${hashText(quote.text)}`;
}

/** Keys for an analysis's quotes, in order; two quotes at one place (a quote engine bug) still get distinct keys. */
export function quoteKeysOf(quotes: ReadonlyArray<Pick<QuoteResult, 'paragraph' | 'start' | 'text'>>): string[] {
  const seen = new Set<string>();
  return quotes.map((q) => {
    let key = quoteKeyOf(q);
    for (let n = 2; seen.has(key); n++) key = `${quoteKeyOf(q)}~${n}`;
    seen.add(key);
    return key;
  });
}
