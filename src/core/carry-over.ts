/**
 * Carry-over: a quote with no attribution of its own takes its speaker from context (a continued quote, the same
 * sentence, the previous quote or sentence, a paragraph ending in a colon), and a quote spanning paragraphs gets
 * its later segment's speaker. Context rules live here, apart from the readers of a quote's own words.
 */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import type { QuoteSpan } from './quotes';
import { isSpeechVerb, subjectLeftOf, subjectRightOf } from './subjects';
import { type AttributionDeps, type Found, type Speaker, type Attributed, type QuoteContext, plain, inherited } from './attribution-types';
import { headlineSpeaker, isHeadline } from './headline-speakers';
import { pronounIsGuess, rivalsOf } from './rivals';
import { attributionFollows } from './after-quote';
import { colonIntroduction } from './before-quote';
import { resolveSubject } from './speaker-evidence';
import { looksFinite, DOCUMENTS } from './verb-reading';

/** No attribution of its own: the quote continues, shares a sentence, or stands alone after its speaker. */
export function inherit(
  ctx: QuoteContext,
  lastInParagraph: Attributed | null,
  previousLast: Attributed | null,
  colonSpeaker: Speaker | null,
  reporter: Reporter | null = null,
): Found {
  const { para, span, prev, deps } = ctx;
  if (span.continued && previousLast?.span.closed === false) return inherited(previousLast, 'continued');
  // A headline's second quote goes on with the first one's speaker when that one had its own attribution.
  if (isHeadline(para) && !(prev && lastInParagraph?.span === prev && lastInParagraph.kind !== 'headline')) return headlineSpeaker(ctx);
  const introduced = colonIntroduction(ctx);
  if (introduced) return introduced;
  // “Out!” the crowd yelled: the quote has an attribution of its own that could not be read; no one else's.
  if (attributionFollows(para, span)) return null;
  if (prev && lastInParagraph?.span === prev && sameSentence(para, prev, span)) return inherited(lastInParagraph, 'split');
  if (!startsSentence(para, span, prev)) return null;
  if (lastInParagraph?.candidate) return inherited(lastInParagraph, 'carry');
  const open = Math.max(span.open, 0);
  const earlier = deps.salience.speakerEarlierIn(para.index, open);
  if (earlier) return plain({ person: earlier, text: null }, 'carry', rivalsOf(ctx, earlier, 0, open));
  const pronoun = pronounOfPreviousSentence(ctx);
  if (pronoun) return pronoun;
  if (!leadsParagraph(para, span)) return null;
  if (colonSpeaker) return plain(colonSpeaker, 'colon', 0);
  if (reporter) {
    const evidence = { cue: 'carry-paragraph', subject: 'name', sayVerb: reporter.sayVerb, distance: 0, reach: 0, rivals: 0 } as const;
    return { speaker: reporter.speaker, kind: 'carry-paragraph', evidence };
  }
  return inherited(previousLast, 'carry-paragraph');
}

function sameSentence(para: Para, a: QuoteSpan, b: QuoteSpan): boolean {
  return sentenceStart(para, Math.max(a.open, 0)) === sentenceStart(para, Math.max(b.open, 0));
}

/** Nothing but space (or the end of the previous quote's sentence) stands before the quote in its sentence. */
function startsSentence(para: Para, span: QuoteSpan, prev: QuoteSpan | undefined): boolean {
  const from = Math.max(sentenceStart(para, Math.max(span.open, 0)), prev ? prev.close + 1 : 0);
  return span.open < 0 || tokenIndexAt(para.tokens, from) === tokenIndexAt(para.tokens, span.open);
}

export function leadsParagraph(para: Para, span: QuoteSpan): boolean {
  return span.open <= 0 || para.text.slice(0, span.open).trim() === '';
}

/** "Asked whether she regretted it, she paused. “…”": the quote is hers. */
function pronounOfPreviousSentence(ctx: QuoteContext): Found {
  const { para, span, deps } = ctx;
  const start = sentenceStart(para, Math.max(span.open, 0));
  if (start === 0) return null;
  const from = tokenIndexAt(para.tokens, sentenceStart(para, start - 1));
  for (let k = from; k < tokenIndexAt(para.tokens, start); k++) {
    const t = para.tokens[k]!;
    if (t.lower !== 'he' && t.lower !== 'she') continue;
    const gender = t.lower === 'he' ? 'm' : 'f';
    const person = deps.salience.pronoun(para.index, t.start, gender, ctx.last);
    if (!person) return null;
    const rival = pronounIsGuess(ctx, t.start, gender, person);
    return plain({ person, text: null }, 'carry', 0, rival ? 'pronoun-rival' : 'pronoun');
  }
  return null;
}

/** "In a statement, the ministry said:" ends a paragraph and introduces the next one's quote. */
export function introducesNextParagraph(para: Para, deps: AttributionDeps): Speaker | null {
  const text = para.text.trimEnd();
  if (!text.endsWith(':') || para.tokens.length === 0) return null;
  const from = tokenIndexAt(para.tokens, sentenceStart(para, text.length - 1));
  // A last "sentence" of punctuation alone ("… the.” :") holds no token to read.
  if (from >= para.tokens.length) return null;
  // "Stated Reyes:", "Added the mayor:": the verb opens the sentence and its subject follows.
  if (isSpeechVerb(para.tokens[from]!) && para.tokens[from]!.cap) {
    const s = subjectRightOf(para, from, text.length, deps.mentions);
    if (s && s.kind !== 'pronoun') return resolveSubject(para, s, null, deps);
  }
  const last = para.tokens.length - 1;
  // "Reyes issued the following statement:": the verb before the document's noun, whatever it is.
  const verb = DOCUMENTS.has(para.tokens[last]!.lower) ? documentVerb(para, last, from) : -1;
  if (verb >= 0) {
    const s = subjectLeftOf(para, verb, from, deps.mentions);
    if (s && s.kind !== 'word') return resolveSubject(para, s, null, deps);
  }
  for (let v = last; v >= from; v--) {
    if (!isSpeechVerb(para.tokens[v]!)) continue;
    const s = subjectLeftOf(para, v, from, deps.mentions);
    if (s) return resolveSubject(para, s, null, deps);
  }
  // "Odo Brask echoed:", "The skipper continued:": a verb the speech lexicon lacks, right before the colon,
  // introduces the next paragraph only when a named person is its subject (a thing "showed:" a table).
  const closing = para.tokens[last]!;
  if (!looksFinite(closing) || text.slice(closing.end).trim() !== ':') return null;
  const s = subjectLeftOf(para, last, from, deps.mentions);
  return s?.kind === 'person' ? resolveSubject(para, s, null, deps) : null;
}

const REPORTS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);
/** Who reported speech at the end of a paragraph, and whether with a verb that reports speech and nothing else. */
export interface Reporter {
  speaker: Speaker;
  sayVerb: boolean;
}

/**
 * "Then, in May, Ames said the tolls would rise." closing a paragraph with no quote of its own: the quote that
 * stands alone at the head of the next paragraph goes on with her report. Only the named subject of a say verb,
 * with no other person named in that sentence to have said it instead.
 */
export function reportsIntoNextParagraph(para: Para, deps: AttributionDeps): Reporter | null {
  if (para.quotes.length > 0 || para.tokens.length === 0 || para.titleCase) return null;
  const end = para.text.trimEnd().length;
  const from = tokenIndexAt(para.tokens, sentenceStart(para, end - 1));
  for (let v = from + 1; v < para.tokens.length; v++) {
    if (!(isSpeechVerb(para.tokens[v]!) && !para.tokens[v]!.cap)) continue;
    const s = subjectLeftOf(para, v, from, deps.mentions);
    if (s?.kind !== 'person') return null;
    const person = s.person;
    const others = deps.salience.namedBetween(para.index, para.tokens[from]!.start, end).filter((p) => p !== person);
    return others.length === 0 ? { speaker: { person, text: null }, sayVerb: REPORTS.has(para.tokens[v]!.lower) } : null;
  }
  return null;
}

/** "issued the following statement", "released this short statement": the verb a few words before the noun. */
function documentVerb(para: Para, noun: number, from: number): number {
  for (let k = noun - 1; k >= from && k >= noun - 4; k--) {
    const t = para.tokens[k]!;
    if (!/^[ \u00a0]$/.test(para.text.slice(t.end, para.tokens[k + 1]!.start))) return -1;
    if (/^(the|a|an|this|following|short|brief|written|new|joint)$/.test(t.lower)) continue;
    return !t.cap && looksFinite(t) ? k : -1;
  }
  return -1;
}

/** A quote spanning paragraphs has one speaker: fill segments that came before the attribution. */
export function backfillContinuations(items: Attributed[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const cur = items[i]!;
    const prev = items[i - 1]!;
    if (cur.span.continued && !prev.span.closed && prev.span.paragraph === cur.span.paragraph - 1 && !prev.candidate && cur.candidate) {
      prev.candidate = cur.candidate;
      prev.speaker = cur.speaker;
      prev.kind = 'continued';
      prev.confidence = cur.confidence;
    }
  }
}
