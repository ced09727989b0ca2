/**
 * Which quotes are statements at all: labels ("the so-called “…”"), titles of works ("the audit “Lost in
 * Transit”") and short unattributed phrases are dropped. Separate from attribution because it judges the quote,
 * not its speaker.
 */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import { LABEL_MARKERS, WORK_LABELS } from './lexicon';
import type { QuoteSpan } from './quotes';
import { reportedInSentence } from './reported-phrase';
import { namesProgramme } from './broadcast-titles';
import { headlineWithByline } from './bylines';
import { insideQuote, isVerbAt, CHARACTERISING } from './verb-reading';
import { attributionFollows } from './after-quote';
import type { Attributed } from './attribution-types';

const MIN_UNATTRIBUTED_WORDS = 6;

const MAX_LABEL_WORDS = 6;

export function isStatement(para: Para, q: Attributed): boolean {
  const { span } = q;
  const words = tokenIndexAt(para.tokens, span.end) - tokenIndexAt(para.tokens, span.start);
  if (words === 0) return false;
  if (words <= MAX_LABEL_WORDS && labelledBefore(para, span)) return false;
  const work = para.titleCase ? null : titleOfWork(para, span);
  // A work's noun before the marks is weaker evidence than a speech verb at them: “Asked about the audit, “We Will…,” she said”.
  if (work === 'owner' || (work === 'label' && q.kind !== 'after' && q.kind !== 'split')) return false;
  if (headlineWithByline(para, span)) return false;
  // “Out!” the crowd yelled: a statement whose speaker could not be read is still a statement.
  if (q.candidate || attributionFollows(para, span, true)) return true;
  if (words >= MIN_UNATTRIBUTED_WORDS || span.continued || !span.closed) return true;
  return reportedInSentence(
    para,
    span,
    (k) => isVerbAt(para, k) || CHARACTERISING.has(para.tokens[k]!.lower),
    (at) => insideQuote(para, at),
  );
}

/** The book “…”, the so-called “…”, a ship named “…”. */
function labelledBefore(para: Para, span: QuoteSpan): boolean {
  if (span.open < 0) return false;
  // The marker stands right before the quote: "the book “…”", "dubbed “…”", "known as “…”". Further back
  // it belongs to the sentence, not the quote ("the council moved the ferry plan to a “slow lane”").
  const i = tokenIndexAt(para.tokens, span.open);
  const t = para.tokens[i - 1];
  if (!t || /[.!?;:]/.test(para.text.slice(t.end, span.open))) return false;
  if (t.lower === 'as' && para.tokens[i - 2]?.lower === 'known') return true;
  if (!LABEL_MARKERS.has(t.lower) || predicateFollows(para, i)) return false;
  // "the comment by Dr. Ida Song “…”": mid-sentence, a capital marks a name, not the noun ("song", "show").
  return !t.cap || para.titleCase || sentenceStart(para, t.start) === t.start;
}

const PREDICATE_OPENERS = new Set(['is', 'was', 'are', 'were', "isn't", 'wasn’t', "wasn't", 'isn’t', 'has', 'had', 'will', 'would', 'could']);

/** "the audit “was a whitewash”": a quote opening on a lower-case verb is the noun's predicate, not its title. */
function predicateFollows(para: Para, i: number): boolean {
  const first = para.tokens[i];
  return first !== undefined && !first.cap && PREDICATE_OPENERS.has(first.lower);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs']);

/**
 * told NBC's “Sunday Ledger”, the author of “Borrowed Time: How Cities Lost Their Rivers,”, the audit “Lost in
 * Transit”, a study titled “…”, the review, “…”: a title-case phrase (numbers allowed) with no sentence punctuation
 * after a possessive, "of" or a work's noun names a show, a book or a report, not a statement.
 */
function titleOfWork(para: Para, span: QuoteSpan): 'owner' | 'label' | null {
  if (span.open <= 0) return null;
  const from = tokenIndexAt(para.tokens, span.start);
  const to = tokenIndexAt(para.tokens, span.end);
  // American style keeps the sentence's full stop inside the marks (NBC's “Meet the Ledger.”); a ? or ! is the
  // title's own only in a longer phrase, and a full stop is a sentence's in one past a few words.
  const inner = para.text.slice(span.start, span.end).replace(/,\s*$/, '');
  if (to - from > 12 || /[!?]\s*$/.test(inner) || (/\.\s*$/.test(inner) && to - from > 5)) return null;
  for (let k = from; k < to; k++) {
    const t = para.tokens[k]!;
    if (!t.cap && !/^\d/.test(t.lower) && !(k > from && SMALL_WORDS.has(t.lower))) return null;
  }
  // “Tide Lines: A Harbour Story,” by Ira Bell: a title-case phrase credited with "by" and a name is an authored work.
  const next = para.tokens[to];
  // A capital "By" is a title-case headline's own word ("Mayor ‘Stunned’ By Vote"), not a credit.
  if (next?.lower === 'by' && para.text[next.start] === 'b' && next.start - span.end <= 4 && para.tokens[to + 1]?.cap) return 'owner';
  const before = para.tokens[from - 1];
  if (before === undefined || before.end < span.open - 2) return null;
  if (before.word.possessive || before.lower === 'of' || namesProgramme(para, from - 1)) return 'owner';
  return WORK_LABELS.has(before.lower) ? 'label' : null;
}
