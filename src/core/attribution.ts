/**
 * Attributes each quotation to its speaker: after it (“…,” Biden said), before it (Biden said that “…”),
 * split around it, carried over from the previous quote, or continued across paragraphs.
 * Quotes with no speaker that are too short to be statements (scare quotes, titles of works) are dropped.
 * This module owns only the order in which the readers are asked; the readers live in after-quote.ts,
 * before-quote.ts, carry-over.ts, headline-speakers.ts and fallback-subjects.ts, the scoring in
 * speaker-evidence.ts and rivals.ts, and the statement checks in statement-checks.ts.
 */
import { sentenceEnd, tokenIndexAt, type Para } from './context';
import type { QuoteSpan } from './quotes';
import { confidenceOf, THRESHOLD } from './confidence';
import { leadingClause } from './clauses';
import { type AttributionDeps, WINDOW_CHARS, type Found, type Speaker, type Attributed, type QuoteContext, type QuoteWindow } from './attribution-types';
import { introducesNextParagraph, leadsParagraph, inherit, backfillContinuations, reportsIntoNextParagraph, type Reporter } from './carry-over';
import { readCredit, readLater, readRightAfter } from './after-quote';
import { readBefore } from './before-quote';
import { fallback } from './fallback-subjects';
import { clauseStart, otherSpeechVerb } from './verb-reading';
import { isStatement } from './statement-checks';
export type { Attributed, AttributionDeps, Speaker } from './attribution-types';

export function attributeQuotes(paras: Para[], deps: AttributionDeps): Attributed[] {
  const out: Attributed[] = [];
  let previousLast: Attributed | null = null;
  let colonSpeaker: Speaker | null = null;
  let reporter: Reporter | null = null;
  paras.forEach((para, p) => {
    let lastInParagraph: Attributed | null = null;
    para.quotes.forEach((span, k) => {
      const prev = para.quotes[k - 1];
      const next = para.quotes[k + 1];
      const replyingTo = lastInParagraph?.speaker?.person ?? (k === 0 ? (previousLast?.speaker?.person ?? null) : null);
      const ctx: QuoteContext = { para, below: paras[p + 1], span, prev, next, last: lastInParagraph?.speaker?.person ?? null, replyingTo, deps };
      const found =
        attributeOne(ctx) ??
        (k === 0 && leadsParagraph(para, span)
          ? inherit(ctx, lastInParagraph, previousLast, colonSpeaker, reporter)
          : inherit(ctx, lastInParagraph, previousLast, null)) ??
        fallback(ctx);
      const item = toAttributed(span, found);
      if (!isStatement(para, item)) return;
      if (item.speaker?.person) deps.salience.noteSpeaker(item.speaker.person, para.index, span.start);
      out.push(item);
      if (item.candidate) lastInParagraph = item;
    });
    if (para.quotes.length > 0) previousLast = out[out.length - 1]?.span.paragraph === para.index ? out[out.length - 1]! : previousLast;
    else previousLast = null;
    colonSpeaker = introducesNextParagraph(para, deps);
    reporter = colonSpeaker ? null : reportsIntoNextParagraph(para, deps);
  });
  backfillContinuations(out);
  return out;
}

function toAttributed(span: QuoteSpan, found: Found): Attributed {
  if (!found) return { span, speaker: null, candidate: null, kind: 'none', evidence: null, confidence: 0 };
  const confidence = confidenceOf(found.evidence);
  return { span, speaker: confidence >= THRESHOLD ? found.speaker : null, candidate: found.speaker, kind: found.kind, evidence: found.evidence, confidence };
}

/**
 * The quote's own words first, nearest cue first: right after it, then before it in its clause, then later in
 * its sentence. A reader that reads a subject ends the search even when it credits no one (null); only one
 * that reads nothing (undefined) lets the next one try.
 */
function attributeOne(ctx: QuoteContext): Found {
  const w = windowOf(ctx);
  const after = readRightAfter(ctx, w);
  if (after !== undefined) return after;
  const credit = readCredit(ctx, w);
  if (credit !== undefined) return credit;
  const before = readBefore(ctx, w);
  if (before !== undefined) return before;
  // 3. Later in the sentence, unless the quote sits inside a leading subordinate clause.
  if (w.lead.inside) return null;
  return readLater(ctx, w);
}

function windowOf(ctx: QuoteContext): QuoteWindow {
  const { para, span, prev, next, deps } = ctx;
  const open = Math.max(span.open, 0);
  const lead = leadingClause(para, open, deps.mentions);
  const preFrom = Math.max(clauseStart(para, open), prev ? prev.close + 1 : 0, open - WINDOW_CHARS, lead.mainFrom);
  const ownEnd = span.closed ? sentenceEnd(para, span.close) : span.close;
  // “…?” Justice Joseph replied. — after a question or an exclamation the attribution may stand as a short
  // sentence of its own. After a full stop it may not: in 'Bush called it “unhinged.” Sen. Ida Marsh called it
  // …' the next sentence is Marsh's own.
  // A nested quote may close first: “He asked, ‘Why?’” Arkin said.
  const asks = /[?!…—–-]['’"”]?\s*$/.test(para.text.slice(Math.max(span.start, span.end - 4), span.end));
  // Not when the next sentence introduces a quote of its own and this one has its verb before it: in 'Ames
  // replied with, “Why now?” Ortiz then wrote back, “…”' the second sentence is Ortiz's.
  const nextOwns = next !== undefined && next.open < sentenceEnd(para, ownEnd + 1) && otherSpeechVerb(para, open, -1, open);
  const endsAtQuote = span.closed && asks && para.text.slice(span.close + 1, ownEnd).trim() === '' && !nextOwns;
  const postTo = Math.min(endsAtQuote ? sentenceEnd(para, ownEnd + 1) : ownEnd, next ? next.open : para.text.length, span.close + WINDOW_CHARS);
  const postFrom = tokenIndexAt(para.tokens, span.close + 1);
  const postEnd = tokenIndexAt(para.tokens, postTo);
  return { open, lead, preFrom, ownEnd, postTo, postFrom, postEnd };
}
