/**
 * Readers of the words before a quote: a participle's subject (", saying …"), a document's issuer ("issued a
 * statement saying"), a group behind a possessive ("Ryan’s campaign") and a colon introduction ("Whitlock
 * followed up: “…”"), and the before-quote reader that tries them nearest the quote first.
 */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import { PREPOSITIONS } from './lexicon';
import { subjectLeftOf, subjectRightOf, type MentionIndex, type Subject } from './subjects';
import { mainClauseStart, opensSubordinate } from './clauses';
import { insideQuote, isVerbAt, DOCUMENTS } from './verb-reading';
import { bareSubjectAt, replyAt } from './lead-verbs';
import { type Found, type QuoteContext, type QuoteWindow, type Read, plain } from './attribution-types';
import { invertedSubject, leadInVerb } from './clause-subjects';
import type { Cue } from './confidence';
import { sourcePhrase } from './after-quote';
import { found } from './speaker-evidence';
import { rivalsOf } from './rivals';

/**
 * ", saying he had “…”" and "issued a statement saying “…”": the participle's subject is the main clause's
 * subject, not the object just before the comma or the document just before the verb.
 */
export function mainClauseFirst(para: Para, v: number): boolean {
  const t = para.tokens[v]!;
  const before = para.tokens[v - 1];
  if (!t.lower.endsWith('ing') || !before) return false;
  if (/^,\s$/.test(para.text.slice(before.end, t.start))) return true;
  // "issued a statement Tuesday saying", "sent a text message to supporters saying": the document a few words back.
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    if (DOCUMENTS.has(para.tokens[k]!.lower)) return true;
    if (!/^[ \u00a0]$/.test(para.text.slice(para.tokens[k]!.end, para.tokens[k + 1]!.start))) return false;
  }
  return false;
}

/** "…, stating that “…”" and "… and asked if “…”": the subject of the clause's earlier verb, or of the sentence. */
export function participleSubject(para: Para, v: number, preStart: number, mentions: MentionIndex): Subject | null {
  // "…, but now said", "and then told": the conjunction may stand a few adverbs back.
  let c = v - 1;
  while (c > 0 && v - c < 3 && /^(now|then|later|also|again|still|never|often|just|even|soon|once)$|..ly$/.test(para.tokens[c]!.lower)) c--;
  const coordinated = /^(and|but)$/.test(para.tokens[c]?.lower ?? '');
  if (!para.tokens[v]!.lower.endsWith('ing') && !coordinated) return null;
  const sentenceFirst = tokenIndexAt(para.tokens, sentenceStart(para, para.tokens[v]!.start));
  // The window may start inside the sentence only after a leading subordinate clause ("When asked, Ames said").
  if (sentenceFirst < preStart && !opensSubordinate(para, sentenceFirst)) return null;
  const first = Math.max(sentenceFirst, preStart);
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
    const owner = hit ? hit.end : OWNERS.has(t.lower) ? t.end : -1;
    if (owner < 0) {
      if (bareSubjectAt(para, k, first)) return { kind: 'word', text: t.word.bare, start: t.start };
      continue;
    }
    // "Ryan’s campaign …, telling reporters", "the Sanders campaign …, saying": the group speaks, not the person.
    const group = entourageAfter(para, k, owner);
    if (group) return group;
    // "Trump’s state director, Mike Rubino, …, writing": a possessive only qualifies the subject that follows.
    if (hit && !/^['’]s\b/.test(para.text.slice(hit.end, hit.end + 3)) && !para.tokens[tokenIndexAt(para.tokens, hit.end - 1)]!.word.possessive) {
      return { kind: 'person', person: hit.person, start: t.start };
    }
  }
  return null;
}

const OWNERS = new Set(['his', 'her', 'their', 'its']);

const ENTOURAGE = new Set([
  'campaign',
  'team',
  'camp',
  'office',
  'staff',
  'aides',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyers',
  'attorneys',
  'allies',
  'advisers',
  'advisors',
]);

/** The group noun right after a possessive owner ("Ryan’s campaign", "his team"), as a description. */
function entourageAfter(para: Para, k: number, ownerEnd: number): { kind: 'description'; text: string; start: number } | null {
  const j = tokenIndexAt(para.tokens, ownerEnd);
  const noun = para.tokens[j]?.start === ownerEnd ? para.tokens[j + 1] : para.tokens[j];
  if (!noun || noun.cap || !ENTOURAGE.has(noun.lower) || noun.start - ownerEnd > 4) return null;
  const the = para.tokens[k - 1]?.lower === 'the' ? para.tokens[k - 1]! : para.tokens[k]!;
  return { kind: 'description', text: para.text.slice(the.start, noun.end), start: the.start };
}

/** What opens a reported clause after a speech verb: "said that …", "said he hoped …". */
const REPORTED_CLAUSE = /^(that|he|she|they|it|we|i)$/;

/** "Whitlock followed up: “…”": a colon after the sentence's subject introduces the quote. */
export function colonIntroduction(ctx: QuoteContext): Found {
  const { para, span, prev, deps } = ctx;
  if (span.open < 0) return null;
  const before = para.text.slice(0, span.open).trimEnd();
  if (!before.endsWith(':')) return null;
  const end = tokenIndexAt(para.tokens, span.open);
  const from = mainClauseStart(para, tokenIndexAt(para.tokens, Math.max(sentenceStart(para, span.open), prev ? prev.close + 1 : 0)), end);
  // "Another said he hoped that Ames wins: “…”": past the sentence's speech verb a name is what was said.
  for (let k = mainClauseStart(para, tokenIndexAt(para.tokens, sentenceStart(para, span.open)), end); k < end; k++) {
    if (isVerbAt(para, k) && REPORTED_CLAUSE.test(para.tokens[k + 1]?.lower ?? '') && !insideQuote(para, para.tokens[k]!.start)) return null;
  }
  for (let k = from; k < end; k++) {
    if (k > from && PREPOSITIONS.has(para.tokens[k - 1]!.lower)) continue;
    const t = para.tokens[k]!;
    const hit = deps.mentions.startingAt(para.index, t.start);
    if (!hit) continue;
    // "The Marsh campaign, in a memo, put it plainly:", "Marsh’s hometown paper wrote:": the name only qualifies.
    const group = entourageAfter(para, k, hit.end);
    if (group) return plain({ person: null, text: group.text }, 'colon', 0);
    // The mention's last token may lie past the paragraph's tokens (a mention ending at a mark): no token, no possessive.
    if (/^['’]s\b/.test(para.text.slice(hit.end, hit.end + 3)) || para.tokens[tokenIndexAt(para.tokens, hit.end - 1)]?.word?.possessive) continue;
    return plain({ person: hit.person, text: null }, 'colon', rivalsOf(ctx, hit.person, para.tokens[from]?.start ?? 0, span.open));
  }
  return null;
}

/** 2. Before the quote, in its clause: Biden said: “…” / Psaki told reporters that “…” / “…,” he said, “…”. */
export function readBefore(ctx: QuoteContext, w: QuoteWindow): Read {
  const { para, prev, deps } = ctx;
  const { open, preFrom } = w;
  const take = (s: Subject, verb: number, cue: Cue, distance: number) => found(ctx, s, verb, cue, distance);
  const preStart = tokenIndexAt(para.tokens, preFrom);
  const preEnd = tokenIndexAt(para.tokens, open);
  for (let v = preEnd - 1; v >= preStart; v--) {
    const t = para.tokens[v]!;
    if (t.lower === 'to' && para.tokens[v - 1]?.lower === 'according') {
      const s = subjectRightOf(para, v, open, deps.mentions) ?? sourcePhrase(para, v + 1, open);
      if (s) return take(s, v, 'according-to', preEnd - v);
    }
    const reply = replyAt(para, v);
    if (reply >= 0) {
      // Things fire back too ("the battery fired back"): only a person, a pronoun or a title replies.
      const s = subjectLeftOf(para, reply, preStart, deps.mentions);
      if (s && (s.kind === 'person' || s.kind === 'pronoun' || s.kind === 'title')) return take(s, reply, 'before', preEnd - reply);
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
  return undefined;
}
