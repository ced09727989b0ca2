/**
 * Attributes each quotation to its speaker: after it (“…,” Biden said), before it (Biden said that “…”),
 * split around it, carried over from the previous quote, or continued across paragraphs.
 * Quotes with no speaker that are too short to be statements (scare quotes, titles of works) are dropped.
 */
import { invertedSubject, leadInVerb } from './clause-subjects';
import { sentenceEnd, sentenceStart, tokenIndexAt, type Para } from './context';
import type { QuoteSpan } from './quotes';
import { subjectLeftOf, subjectRightOf, type Subject } from './subjects';
import { confidenceOf, THRESHOLD, type Cue } from './confidence';
import { creditBelow } from './credit-lines';
import { leadingClause } from './clauses';
import { type AttributionDeps, WINDOW_CHARS, type Found, type Speaker, type Attributed, type QuoteContext } from './attribution-types';
import { introducesNextParagraph, leadsParagraph, inherit, backfillContinuations } from './carry-over';
import { startsRightAfter, namedRightAfter, interruptedSubject, sourcePhrase, bareAttribution } from './after-quote';
import { fallback } from './fallback-subjects';
import { isVerbAt, clauseStart, otherSpeechVerb } from './verb-reading';
import { participleSubject, mainClauseFirst } from './before-quote';
import { isStatement } from './statement-checks';
import { found } from './speaker-evidence';
export type { Attributed, AttributionDeps, Speaker } from './attribution-types';

export function attributeQuotes(paras: Para[], deps: AttributionDeps): Attributed[] {
  const out: Attributed[] = [];
  let previousLast: Attributed | null = null;
  let colonSpeaker: Speaker | null = null;
  paras.forEach((para, p) => {
    let lastInParagraph: Attributed | null = null;
    para.quotes.forEach((span, k) => {
      const prev = para.quotes[k - 1];
      const next = para.quotes[k + 1];
      const replyingTo = lastInParagraph?.speaker?.person ?? (k === 0 ? (previousLast?.speaker?.person ?? null) : null);
      const ctx: QuoteContext = { para, below: paras[p + 1], span, prev, next, last: lastInParagraph?.speaker?.person ?? null, replyingTo, deps };
      const found =
        attributeOne(ctx) ?? inherit(ctx, lastInParagraph, previousLast, k === 0 && leadsParagraph(para, span) ? colonSpeaker : null) ?? fallback(ctx);
      const item = toAttributed(span, found);
      if (!isStatement(para, item)) return;
      if (item.speaker?.person) deps.salience.noteSpeaker(item.speaker.person, para.index, span.start);
      out.push(item);
      if (item.candidate) lastInParagraph = item;
    });
    if (para.quotes.length > 0) previousLast = out[out.length - 1]?.span.paragraph === para.index ? out[out.length - 1]! : previousLast;
    else previousLast = null;
    colonSpeaker = introducesNextParagraph(para, deps);
  });
  backfillContinuations(out);
  return out;
}

function toAttributed(span: QuoteSpan, found: Found): Attributed {
  if (!found) return { span, speaker: null, candidate: null, kind: 'none', evidence: null, confidence: 0 };
  const confidence = confidenceOf(found.evidence);
  return { span, speaker: confidence >= THRESHOLD ? found.speaker : null, candidate: found.speaker, kind: found.kind, evidence: found.evidence, confidence };
}

function attributeOne(ctx: QuoteContext): Found {
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
  const take = (s: Subject, verb: number, cue: Cue, distance: number) => found(ctx, s, verb, cue, distance);
  const postFrom = tokenIndexAt(para.tokens, span.close + 1);
  const postEnd = tokenIndexAt(para.tokens, postTo);
  // 1. Right after the quote: “…,” Biden said / “…,” said Biden / “…,” a spokesperson said.
  if (span.closed && postFrom < postEnd && !lead.inside) {
    const first = para.tokens[postFrom]!;
    if (isVerbAt(para, postFrom)) {
      const interrupted = interruptedSubject(para, span, deps.mentions);
      if (interrupted) return take(interrupted, postFrom, 'after', 0);
      // “…,” suggesting he might run: a participle is never inverted; what follows is what was suggested.
      const s = first.lower.endsWith('ing') ? null : subjectRightOf(para, postFrom, postTo, deps.mentions);
      if (s) return take(s, postFrom, 'after', 0);
    }
    if (first.lower === 'according' && para.tokens[postFrom + 1]?.lower === 'to') {
      const s = subjectRightOf(para, postFrom + 1, postTo, deps.mentions) ?? sourcePhrase(para, postFrom + 2, postTo);
      if (s) return take(s, postFrom, 'according-to', 0);
    }
    for (let v = postFrom + 1; v < Math.min(postEnd, postFrom + 14); v++) {
      if (!isVerbAt(para, v)) continue;
      const s = subjectLeftOf(para, v, postFrom, deps.mentions);
      if (s && startsRightAfter(ctx, s, postFrom)) return take(s, v, 'after', v - postFrom);
    }
  }
  const bare = span.closed ? bareAttribution(ctx) : null;
  if (bare) return take(bare.s, bare.verb, 'after', 0);
  // “…” ― Rosa Delgado: a dash credit line closing the paragraph (the quote's own full stop ends no credit).
  const creditFirst = para.tokens[postFrom];
  const credit = span.closed && creditFirst ? deps.mentions.startingAt(para.index, creditFirst.start) : null;
  if (credit && /^\s*[—―–-]\s*$/.test(para.text.slice(span.close + 1, creditFirst!.start)) && para.text.slice(credit.end).trim().length <= 1) {
    return take({ kind: 'person', person: credit.person, start: creditFirst!.start }, postFrom, 'after', 0);
  }
  const creditLine = creditBelow(para, ctx.below, span, deps.mentions);
  if (creditLine) return take(creditLine, para.tokens.length - 1, 'after', 0);
  // 2. Before it, in the same sentence: Biden said: “…” / Psaki told reporters that “…” / “…,” he said, “…”.
  const preStart = tokenIndexAt(para.tokens, preFrom);
  const preEnd = tokenIndexAt(para.tokens, open);
  for (let v = preEnd - 1; v >= preStart; v--) {
    const t = para.tokens[v]!;
    if (t.lower === 'to' && para.tokens[v - 1]?.lower === 'according') {
      const s = subjectRightOf(para, v, open, deps.mentions) ?? sourcePhrase(para, v + 1, open);
      if (s) return take(s, v, 'according-to', preEnd - v);
    }
    if (!isVerbAt(para, v)) continue;
    const lead = leadInVerb(para, v);
    const at = lead >= preStart ? lead : v;
    const s =
      (mainClauseFirst(para, v)
        ? (participleSubject(para, v, preStart, deps.mentions) ?? subjectLeftOf(para, v, preStart, deps.mentions))
        : (subjectLeftOf(para, at, preStart, deps.mentions) ?? participleSubject(para, at, preStart, deps.mentions))) ??
      invertedSubject(para, v, open, deps.mentions);
    if (s) return take(s, v, prev && prev.close + 1 >= preFrom && preFrom > sentenceStart(para, open) ? 'split' : 'before', preEnd - v);
  }
  // 3. Later in the sentence: “…,” the minister, speaking in Vienna, said.
  if (lead.inside) return null;
  const looseEnd = Math.min(tokenIndexAt(para.tokens, ownEnd), postEnd, postFrom + 40);
  for (let v = postFrom; v < looseEnd; v++) {
    if (!isVerbAt(para, v)) continue;
    // “…” despite the closures, said Ada Reyes, an economist: the sentence goes on past the quote and
    // closes with an inverted attribution.
    // Not "told": what follows it is whom the speaker told.
    const inverted =
      v > postFrom &&
      !/^(tell|tells|told|telling)$/.test(para.tokens[v]!.lower) &&
      /^,\s$/.test(para.text.slice(para.tokens[v - 1]!.end, para.tokens[v]!.start));
    const s = subjectLeftOf(para, v, postFrom, deps.mentions) ?? (inverted ? subjectRightOf(para, v, postTo, deps.mentions) : null);
    if (s) return take(s, v, 'after-late', v - postFrom);
  }
  // 4. “…,” Bennett shot back: a name right after the quote, then a verb the lexicon does not know.
  const named = namedRightAfter(ctx, postFrom);
  return named ? take({ kind: 'person', person: named.person, start: para.tokens[postFrom]!.start }, named.verb, 'after-late', 1) : null;
}
