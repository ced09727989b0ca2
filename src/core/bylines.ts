/**
 * News roundups list other outlets' stories as a headline in quote marks and a byline: “Ferry fares to rise in
 * May,” by the Gazette's Ida Marsh: "…". The headline is the outlet's title for a piece, not anyone's statement,
 * whatever its case; the byline (an outlet's possessive, then a capitalised name) says so.
 */
import type { Para } from './context';
import type { QuoteSpan } from './quotes';

/** ", by" (the comma inside or after the marks), an outlet in capitalised words with its possessive, then a name. */
const BYLINE = /^\s*,?\s*by\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,4}(?:['’]s|s['’]|['’])\s+\p{Lu}\p{L}/u;

export function headlineWithByline(para: Para, span: QuoteSpan): boolean {
  if (!span.closed || span.close >= para.text.length) return false;
  const inner = para.text.slice(span.start, span.end);
  const after = para.text.slice(span.close + 1, span.close + 90);
  // The headline's own comma closes it, inside the marks or right after them: a passive "called “…” by Ida Marsh's aide" has none.
  if (!/,\s*$/.test(inner) && !/^\s*,/.test(after)) return false;
  return BYLINE.test(after);
}
