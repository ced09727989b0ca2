/**
 * Attributes each quotation to its speaker: after it (“…,” Biden said), before it (Biden said that “…”),
 * split around it, carried over from the previous quote, or continued across paragraphs.
 * Quotes with no speaker that are too short to be statements (scare quotes, titles of works) are dropped.
 */
import { sentenceEnd, sentenceStart, tokenIndexAt, type Para } from './context';
import { LABEL_MARKERS, PREPOSITIONS } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { Person } from './registry';
import type { Salience } from './resolve';
import { isSpeechVerb, subjectLeftOf, subjectRightOf, type MentionIndex, type Subject } from './subjects';
import type { AttributionKind } from './types';

export interface Speaker { person: Person | null; text: string | null }
export interface Attributed { span: QuoteSpan; speaker: Speaker | null; kind: AttributionKind }

export interface AttributionDeps {
  mentions: MentionIndex;
  salience: Salience;
  people: Person[];
  /** Unnamed speakers seen so far, so "the official said" can reuse "a senior EU official". */
  descriptions: string[];
}

const MIN_UNATTRIBUTED_WORDS = 6;
const MAX_LABEL_WORDS = 6;
const WINDOW_CHARS = 600; // attribution is local; a bounded window keeps huge paragraphs linear

export function attributeQuotes(paras: Para[], deps: AttributionDeps): Attributed[] {
  const out: Attributed[] = [];
  let previousLast: Attributed | null = null;
  let colonSpeaker: Speaker | null = null;
  for (const para of paras) {
    let lastInParagraph: Attributed | null = null;
    para.quotes.forEach((span, k) => {
      const prev = para.quotes[k - 1];
      const next = para.quotes[k + 1];
      const replyingTo = lastInParagraph?.speaker?.person ?? (k === 0 ? (previousLast?.speaker?.person ?? null) : null);
      const ctx: QuoteContext = { para, span, prev, next, last: lastInParagraph?.speaker?.person ?? null, replyingTo, deps };
      const found =
        attributeOne(ctx) ??
        inherit(ctx, lastInParagraph, previousLast, k === 0 && leadsParagraph(para, span) ? colonSpeaker : null);
      const item: Attributed = { span, speaker: found?.speaker ?? null, kind: found?.kind ?? 'none' };
      if (!isStatement(para, item)) return;
      if (item.speaker?.person) deps.salience.noteSpeaker(item.speaker.person, para.index, span.start);
      out.push(item);
      if (item.speaker) lastInParagraph = item;
    });
    if (para.quotes.length > 0) previousLast = out[out.length - 1]?.span.paragraph === para.index ? out[out.length - 1]! : previousLast;
    else previousLast = null;
    colonSpeaker = introducesNextParagraph(para, deps);
  }
  backfillContinuations(out);
  return out;
}

interface QuoteContext {
  para: Para;
  span: QuoteSpan;
  prev: QuoteSpan | undefined;
  next: QuoteSpan | undefined;
  /** Speaker of the previous attributed quote in this paragraph. */
  last: Person | null;
  /** Speaker of the quote before this one, whom a "replied" answers. */
  replyingTo: Person | null;
  deps: AttributionDeps;
}
type Found = { speaker: Speaker; kind: AttributionKind } | null;

/** No attribution of its own: the quote continues, shares a sentence, or stands alone after its speaker. */
function inherit(ctx: QuoteContext, lastInParagraph: Attributed | null, previousLast: Attributed | null, colonSpeaker: Speaker | null): Found {
  const { para, span, prev, deps } = ctx;
  if (span.continued && previousLast?.span.closed === false) return speakerOf(previousLast.speaker, 'continued');
  if (isHeadline(para)) return speakerOf(headlineSpeaker(ctx), 'headline');
  const introduced = colonIntroduction(ctx);
  if (introduced) return introduced;
  if (prev && lastInParagraph?.span === prev && sameSentence(para, prev, span)) return speakerOf(lastInParagraph.speaker, 'split');
  if (!startsSentence(para, span, prev)) return null;
  if (lastInParagraph?.speaker) return speakerOf(lastInParagraph.speaker, 'carry');
  const earlier = deps.salience.speakerEarlierIn(para.index, Math.max(span.open, 0)) ?? pronounOfPreviousSentence(ctx);
  if (earlier) return speakerOf({ person: earlier, text: null }, 'carry');
  if (!leadsParagraph(para, span)) return null;
  return speakerOf(colonSpeaker ?? previousLast?.speaker ?? null, 'carry');
}

function attributeOne(ctx: QuoteContext): Found {
  const { para, span, prev, next, deps } = ctx;
  const open = Math.max(span.open, 0);
  const preFrom = Math.max(sentenceStart(para, open), prev ? prev.close + 1 : 0, open - WINDOW_CHARS);
  const ownEnd = span.closed ? sentenceEnd(para, span.close) : span.close;
  // “…?” Justice Joseph replied. — the attribution may stand as a short sentence of its own.
  const endsAtQuote = span.closed && para.text.slice(span.close + 1, ownEnd).trim() === '';
  const postTo = Math.min(endsAtQuote ? sentenceEnd(para, ownEnd + 1) : ownEnd, next ? next.open : para.text.length, span.close + WINDOW_CHARS);
  const toSpeaker = (s: Subject, verb: number) => resolveSubject(para, s, ctx.last, deps, REPLIES.has(para.tokens[verb]!.lower) ? ctx.replyingTo : null);
  const postFrom = tokenIndexAt(para.tokens, span.close + 1);
  const postEnd = tokenIndexAt(para.tokens, postTo);
  // 1. Right after the quote: “…,” Biden said / “…,” said Biden / “…,” a spokesperson said.
  if (span.closed && postFrom < postEnd) {
    const first = para.tokens[postFrom]!;
    if (isVerbAt(para, postFrom)) {
      const s = subjectRightOf(para, postFrom, postTo, deps.mentions);
      if (s) return speakerOf(toSpeaker(s, postFrom), 'after');
    }
    if (first.lower === 'according' && para.tokens[postFrom + 1]?.lower === 'to') {
      const s = subjectRightOf(para, postFrom + 1, postTo, deps.mentions);
      if (s) return speakerOf(toSpeaker(s, postFrom), 'after');
    }
    for (let v = postFrom + 1; v < Math.min(postEnd, postFrom + 14); v++) {
      if (!isVerbAt(para, v)) continue;
      const s = subjectLeftOf(para, v, postFrom, deps.mentions);
      if (s && s.start === first.start) return speakerOf(toSpeaker(s, v), 'after');
    }
  }
  // 2. Before it, in the same sentence: Biden said: “…” / Psaki told reporters that “…” / “…,” he said, “…”.
  const preStart = tokenIndexAt(para.tokens, preFrom);
  const preEnd = tokenIndexAt(para.tokens, open);
  for (let v = preEnd - 1; v >= preStart; v--) {
    const t = para.tokens[v]!;
    if (t.lower === 'to' && para.tokens[v - 1]?.lower === 'according') {
      const s = subjectRightOf(para, v, open, deps.mentions);
      if (s) return speakerOf(toSpeaker(s, v), 'before');
    }
    if (!isVerbAt(para, v)) continue;
    const s = subjectLeftOf(para, v, preStart, deps.mentions) ?? participleSubject(para, v, preStart, deps.mentions);
    if (s) return speakerOf(toSpeaker(s, v), prev && prev.close + 1 >= preFrom && preFrom > sentenceStart(para, open) ? 'split' : 'before');
  }
  // 3. Later in the sentence: “…,” the minister, speaking in Vienna, said.
  const looseEnd = Math.min(tokenIndexAt(para.tokens, ownEnd), postEnd, postFrom + 40);
  for (let v = postFrom; v < looseEnd; v++) {
    if (!isVerbAt(para, v)) continue;
    const s = subjectLeftOf(para, v, postFrom, deps.mentions);
    if (s) return speakerOf(toSpeaker(s, v), 'after');
  }
  return null;
}

const REPLIES = new Set(['replied', 'responded', 'answered', 'retorted', 'countered', 'shot', 'fired', 'hit', 'replies', 'responds', 'answers']);

function speakerOf(speaker: Speaker | null, kind: AttributionKind): Found {
  return speaker ? { speaker, kind } : null;
}

function resolveSubject(para: Para, s: Subject, last: Person | null, deps: AttributionDeps, answering: Person | null = null): Speaker | null {
  switch (s.kind) {
    case 'person':
      return { person: s.person, text: null };
    case 'pronoun': {
      const person = deps.salience.pronoun(para.index, s.start, s.gender, answering ? null : last, answering);
      return person ? { person, text: null } : null;
    }
    case 'title': {
      const person = deps.salience.title(para.index, s.start, s.head, s.text, deps.people);
      return { person, text: person ? null : describe(deps, s.text) };
    }
    default:
      return { person: null, text: describe(deps, s.text) };
  }
}

/** Speech verbs are lower-case mid-sentence; "State" in "the State Department" is not "state". */
function isVerbAt(para: Para, v: number): boolean {
  const t = para.tokens[v]!;
  if (!isSpeechVerb(t)) return false;
  return !t.cap || para.titleCase || sentenceStart(para, t.start) >= (para.tokens[v - 1]?.end ?? 0);
}

/** "…, stating that “…”" and "… and asked if “…”": the subject of the clause's earlier verb, or of the sentence. */
function participleSubject(para: Para, v: number, preStart: number, mentions: MentionIndex): Subject | null {
  const coordinated = /^(and|but)$/.test(para.tokens[v - 1]?.lower ?? '');
  if (!para.tokens[v]!.lower.endsWith('ing') && !coordinated) return null;
  const first = tokenIndexAt(para.tokens, sentenceStart(para, para.tokens[v]!.start));
  if (first < preStart) return null;
  for (let u = v - 1; u > first; u--) {
    if (!isVerbAt(para, u)) continue;
    const s = subjectLeftOf(para, u, first, mentions);
    if (s) return s;
  }
  // The first person or pronoun of the sentence that is not the object of a preposition.
  for (let k = first; k < v; k++) {
    const t = para.tokens[k]!;
    if (PREPOSITIONS.has(para.tokens[k - 1]?.lower ?? '') && k > first) continue;
    if (t.lower === 'he' || t.lower === 'she') return { kind: 'pronoun', gender: t.lower === 'he' ? 'm' : 'f', start: t.start };
    const hit = mentions.startingAt(para.index, t.start);
    if (hit) return { kind: 'person', person: hit.person, start: t.start };
  }
  return null;
}

function sameSentence(para: Para, a: QuoteSpan, b: QuoteSpan): boolean {
  return sentenceStart(para, Math.max(a.open, 0)) === sentenceStart(para, Math.max(b.open, 0));
}

/** "the official" after "a senior EU official" is the same unnamed speaker. */
function describe(deps: AttributionDeps, text: string): string {
  const seen = deps.descriptions;
  const head = (t: string) => t.toLowerCase().split(/\s+/).pop()!.replace(/^spokes(wo)?man$/, 'spokesperson');
  if (/^the\s/i.test(text)) {
    const earlier = [...seen].reverse().find((d) => head(d) === head(text) && d.length > text.length);
    if (earlier) return earlier;
  }
  seen.push(text);
  return text;
}

/** "Asked whether she regretted it, she paused. “…”": the quote is hers. */
function pronounOfPreviousSentence(ctx: QuoteContext): Person | null {
  const { para, span, deps } = ctx;
  const start = sentenceStart(para, Math.max(span.open, 0));
  if (start === 0) return null;
  const from = tokenIndexAt(para.tokens, sentenceStart(para, start - 1));
  for (let k = from; k < tokenIndexAt(para.tokens, start); k++) {
    const t = para.tokens[k]!;
    if (t.lower !== 'he' && t.lower !== 'she') continue;
    return deps.salience.pronoun(para.index, t.start, t.lower === 'he' ? 'm' : 'f', ctx.last);
  }
  return null;
}

/** Headlines quote the story's subject: the first person they name, else the article's most-mentioned person. */
function isHeadline(para: Para): boolean {
  return para.index === 0 || (para.index <= 2 && para.titleCase);
}

function headlineSpeaker(ctx: QuoteContext): Speaker | null {
  const { para, deps } = ctx;
  const lower = para.text.toLowerCase();
  const named = deps.people
    .filter((p) => !p.author)
    .map((p) => ({ p, at: p.mentions.find((m) => m.paragraph === para.index)?.start ?? findSurname(lower, p) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (named) return { person: named.p, text: null };
  const ranked = deps.people.filter((p) => !p.author).sort((a, b) => b.mentions.length - a.mentions.length || Number(b.official) - Number(a.official));
  return ranked[0] && ranked[0].mentions.length >= 2 ? { person: ranked[0], text: null } : null;
}

/** Headlines shout ("SUNAK’S ‘WAKE-UP CALL’"): find the surname whatever its case. */
function findSurname(lowerText: string, p: Person): number {
  const surname = p.words[p.words.length - 1]!.toLowerCase();
  const letter = /\p{L}/u;
  for (let at = lowerText.indexOf(surname); at >= 0; at = lowerText.indexOf(surname, at + 1)) {
    const before = lowerText[at - 1];
    const after = lowerText[at + surname.length];
    if ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after))) return at;
  }
  return -1;
}

/** "Whitlock followed up: “…”": a colon after the sentence's subject introduces the quote. */
function colonIntroduction(ctx: QuoteContext): Found {
  const { para, span, prev, deps } = ctx;
  if (span.open < 0) return null;
  const before = para.text.slice(0, span.open).trimEnd();
  if (!before.endsWith(':')) return null;
  const from = tokenIndexAt(para.tokens, Math.max(sentenceStart(para, span.open), prev ? prev.close + 1 : 0));
  const end = tokenIndexAt(para.tokens, span.open);
  for (let k = from; k < end; k++) {
    if (k > from && PREPOSITIONS.has(para.tokens[k - 1]!.lower)) continue;
    const t = para.tokens[k]!;
    const hit = deps.mentions.startingAt(para.index, t.start);
    if (hit) return speakerOf({ person: hit.person, text: null }, 'colon');
  }
  return null;
}

/** Nothing but space (or the end of the previous quote's sentence) stands before the quote in its sentence. */
function startsSentence(para: Para, span: QuoteSpan, prev: QuoteSpan | undefined): boolean {
  const from = Math.max(sentenceStart(para, Math.max(span.open, 0)), prev ? prev.close + 1 : 0);
  return span.open < 0 || tokenIndexAt(para.tokens, from) === tokenIndexAt(para.tokens, span.open);
}

function leadsParagraph(para: Para, span: QuoteSpan): boolean {
  return span.open <= 0 || para.text.slice(0, span.open).trim() === '';
}

/** "In a statement, the ministry said:" ends a paragraph and introduces the next one's quote. */
function introducesNextParagraph(para: Para, deps: AttributionDeps): Speaker | null {
  const text = para.text.trimEnd();
  if (!text.endsWith(':') || para.tokens.length === 0) return null;
  const from = tokenIndexAt(para.tokens, sentenceStart(para, text.length - 1));
  for (let v = para.tokens.length - 1; v >= from; v--) {
    if (!isSpeechVerb(para.tokens[v]!)) continue;
    const s = subjectLeftOf(para, v, from, deps.mentions);
    if (s) return resolveSubject(para, s, null, deps);
  }
  return null;
}

function isStatement(para: Para, q: Attributed): boolean {
  const { span } = q;
  const words = tokenIndexAt(para.tokens, span.end) - tokenIndexAt(para.tokens, span.start);
  if (words === 0) return false;
  if (words <= MAX_LABEL_WORDS && labelledBefore(para, span)) return false;
  if (q.speaker) return true;
  return words >= MIN_UNATTRIBUTED_WORDS || span.continued || !span.closed;
}

/** The book “…”, the so-called “…”, a ship named “…”. */
function labelledBefore(para: Para, span: QuoteSpan): boolean {
  if (span.open < 0) return false;
  const i = tokenIndexAt(para.tokens, span.open);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = para.tokens[k]!;
    if (LABEL_MARKERS.has(t.lower)) return true;
    if (t.lower === 'as' && para.tokens[k - 1]?.lower === 'known') return true;
    if (/[.!?;:]/.test(para.text.slice(t.end, k + 1 < i ? para.tokens[k + 1]!.start : span.open))) return false;
  }
  return false;
}

/** A quote spanning paragraphs has one speaker: fill segments that came before the attribution. */
function backfillContinuations(items: Attributed[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const cur = items[i]!;
    const prev = items[i - 1]!;
    if (cur.span.continued && !prev.span.closed && prev.span.paragraph === cur.span.paragraph - 1 && !prev.speaker && cur.speaker) {
      prev.speaker = cur.speaker;
      prev.kind = 'continued';
    }
  }
}
