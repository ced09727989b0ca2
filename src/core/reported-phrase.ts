/**
 * A short quoted phrase with no speaker of its own is usually a scare quote or a title, and is dropped. Real
 * news also quotes a few words of someone's speech inside a reported sentence ("the mayor called the levy
 * “pure theft”", "Quell said voters were “very worried”"): a reporting or characterising verb before the marks,
 * in the phrase's own sentence and outside any quote, makes it a statement even when the speaker is unclear.
 */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import type { QuoteSpan } from './quotes';

/**
 * Verbs that give a name as often as they report words: "a pale ale called “…”", "the so-called rebels, dubbed
 * the “…”". Right before the marks (or before a bare article) they name; with an object between ("called the
 * levy “…”") they report.
 */
const NAMING = new Set(`called calls named names dubbed dubs labelled labeled labels nicknamed titled entitled branded brands termed billed`.split(/\s+/));
const ARTICLES = new Set(['the', 'a', 'an']);

/** Far enough for a long subject and its appositive; a verb further back belongs to another clause. */
const MAX_TOKENS_BACK = 40;

export function reportedInSentence(para: Para, span: QuoteSpan, isReportingVerb: (k: number) => boolean, insideQuote: (at: number) => boolean): boolean {
  if (span.open < 0 || span.continued) return false;
  const to = tokenIndexAt(para.tokens, span.open);
  const from = Math.max(tokenIndexAt(para.tokens, sentenceStart(para, span.open)), to - MAX_TOKENS_BACK);
  for (let k = to - 1; k >= from; k--) {
    if (insideQuote(para.tokens[k]!.start) || !isReportingVerb(k)) continue;
    const between = to - k - 1;
    if (NAMING.has(para.tokens[k]!.lower) && (between === 0 || (between === 1 && ARTICLES.has(para.tokens[k + 1]!.lower)))) return false;
    return true;
  }
  return false;
}
