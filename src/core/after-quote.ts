/**
 * Readers of the words right after a quote: “…,” Biden said, “…” Vell said. (a full stop for a comma), the
 * subject interrupted by the quote, a name before an unknown verb, and "according to" sources. Whether an
 * attribution follows at all is asked here too, because the carry-over and the statement checks need it.
 */
import { sentenceEnd, sentenceStart, tokenIndexAt, type Para } from './context';
import { PREPOSITIONS } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { Person } from './registry';
import { isSpeechVerb, subjectLeftOf, subjectRightOf, type MentionIndex, type Subject } from './subjects';
import type { Found, QuoteContext, QuoteWindow, Read } from './attribution-types';
import type { Cue } from './confidence';
import { creditBelow } from './credit-lines';
import { found } from './speaker-evidence';
import { isVerbAt } from './verb-reading';
import { capitalisedSubject, nameAfterInversion } from './unregistered-speaker';

/**
 * “… the pier stays.” Vell said. — a full stop where a comma belongs: the next sentence is nothing but a subject
 * and a speech verb (or the verb and its subject), so it can only attribute the quote before it.
 */
export function bareAttribution(ctx: QuoteContext): { s: Subject; verb: number } | null {
  const { para, span, next, deps } = ctx;
  const start = tokenIndexAt(para.tokens, span.close + 1);
  const endAt = sentenceEnd(para, span.close + 1);
  if (next && next.open < endAt) return null;
  const end = tokenIndexAt(para.tokens, endAt);
  if (end - start < 2 || end - start > 6 || !/^\.\s*$/.test(para.text.slice(para.tokens[end - 1]!.end, endAt))) return null;
  if (!/[.!?]['’]?\s*$/.test(para.text.slice(span.start, span.end))) return null;
  const first = para.tokens[start]!;
  if (isSpeechVerb(first) && first.cap) {
    const s = inverted(para, start, endAt, deps.mentions);
    return s && s.kind !== 'pronoun' ? { s, verb: start } : null;
  }
  const verb = end - 1;
  if (!isSpeechVerb(para.tokens[verb]!) || para.tokens[verb]!.cap) return null;
  const s = subjectLeftOf(para, verb, start, deps.mentions) ?? capitalisedSubject(para, start, verb, deps.mentions);
  return s && s.start === first.start ? { s, verb } : null;
}

/** "said Ada Vonn", and a name the registry never met: "said another pilot, Ada Vonn" names her, not "another pilot". */
function inverted(para: Para, verb: number, limitEnd: number, mentions: MentionIndex): Subject | null {
  const s = subjectRightOf(para, verb, limitEnd, mentions);
  return s && s.kind !== 'description' ? s : (nameAfterInversion(para, verb, limitEnd) ?? s);
}

/**
 * "Brun, citing “the pull of the sea,” said the mayor could carry Tarn": the quote sits in a participle phrase
 * between the subject and its verb, so what follows the verb is what was said, not who said it.
 */
export function interruptedSubject(para: Para, span: QuoteSpan, mentions: MentionIndex): Subject | null {
  const k = tokenIndexAt(para.tokens, span.open) - 1;
  const t = para.tokens[k];
  if (!t || t.cap || !t.lower.endsWith('ing') || !/,\s*$/.test(para.text.slice(span.start, span.end))) return null;
  if (!/^\s+'?$/.test(para.text.slice(t.end, span.open)) || !/^,\s$/.test(para.text.slice(para.tokens[k - 1]?.end ?? 0, t.start))) return null;
  return subjectLeftOf(para, k, tokenIndexAt(para.tokens, sentenceStart(para, t.start)), mentions);
}

/**
 * The quote ends on a comma, ? or ! and words of its own sentence follow: the attribution comes after it.
 * `statement`: asked only whether the sentence goes on, so a relative clause counts too.
 */
export function attributionFollows(para: Para, span: QuoteSpan, statement = false, named = false): boolean {
  if (!span.closed || !/[,?!]['’]?$/.test(para.text.slice(span.start, span.end).trimEnd())) return false;
  const next = para.tokens[tokenIndexAt(para.tokens, span.close + 1)];
  if (!next || !/^\s*$/.test(para.text.slice(span.close + 1, next.start))) return false;
  // "al-Amin told": a lower-case particle starts a name, which the registry may not know; let the carry decide.
  if (/^(al|el|ad|ar|as|de|du|da|di|van|von|bin|ibn|ben|abu)[-‐]/.test(next.lower)) return false;
  // “…,” which Varen thinks will empty the quay: a clause about the quote, not its attribution.
  if (!statement && RELATIVES.has(next.lower)) return false;
  // “…, right?” Ortiz went on: after a ? or ! a capitalised word may start the attribution, when it is a name.
  const inner = para.text.slice(span.start, span.end).trimEnd();
  return !next.cap || inner.endsWith(',') || (named && /[?!]['’]?$/.test(inner));
}

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'because', 'although', 'though', 'while', 'whereas', 'since', 'unless']);

export function namedRightAfter(ctx: QuoteContext, postFrom: number): { person: Person; verb: number } | null {
  const { para, span, deps } = ctx;
  if (!attributionFollows(para, span, false, true)) return null;
  // The name may follow its title: “…,” Councillor Ivo Brandt shot back.
  let hit: { person: Person; end: number } | null = null;
  for (let k = postFrom; k < postFrom + 4 && !hit && para.tokens[k]?.cap; k++) {
    if (k > postFrom && !/^\.?[ \u00a0]$/.test(para.text.slice(para.tokens[k - 1]!.end, para.tokens[k]!.start))) break;
    hit = deps.mentions.startingAt(para.index, para.tokens[k]!.start);
  }
  if (!hit || !/^[ \u00a0]$/.test(para.text.slice(hit.end, hit.end + 1))) return null;
  const verb = tokenIndexAt(para.tokens, hit.end + 1);
  const t = para.tokens[verb];
  if (!t || t.cap || STOP_AFTER_NAME.has(t.lower) || PREPOSITIONS.has(t.lower)) return null;
  return { person: hit.person, verb };
}

const STOP_AFTER_NAME = new Set([
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'is',
  'was',
  'has',
  'had',
  'would',
  'will',
  'could',
  'can',
  'did',
  'does',
  'as',
  'when',
  'while',
]);

/**
 * "According to the audit, …": documents and polls are sources, kept as written up to the next punctuation.
 * "according to Reuters", "according to Harbour Watch": a capitalised name no one in the article bears is an
 * outlet or a group, kept as written.
 */
const MAX_SOURCE_WORDS = 14;

export function sourcePhrase(para: Para, k: number, limit: number): Subject | null {
  const first = para.tokens[k];
  if (first && first.start < limit && first.cap && !/^(the|a|an|one|this|that|its|their|his|her)$/.test(first.lower)) return namedSource(para, k, limit);
  if (!first || first.start >= limit || !/^(the|a|an|one|this|that|its|their|his|her)$/.test(first.lower)) return null;
  let end = k;
  const joined = (j: number) => para.tokens[j + 1]!.start < limit && /^[ \u00a0]$/.test(para.text.slice(para.tokens[j]!.end, para.tokens[j + 1]!.start));
  while (end + 1 < para.tokens.length && end - k < MAX_SOURCE_WORDS - 1 && joined(end)) end++;
  if (end === k) return null;
  // Still running on at the cap: any cut ("a survey by Ada Brell of the Tidal") would misquote the source.
  if (end + 1 < para.tokens.length && joined(end)) return null;
  return { kind: 'description', text: para.text.slice(first.start, para.tokens[end]!.end), start: first.start };
}

function namedSource(para: Para, k: number, limit: number): Subject | null {
  let end = k;
  while (
    end + 1 < para.tokens.length &&
    end - k < 3 &&
    para.tokens[end + 1]!.cap &&
    para.tokens[end + 1]!.start < limit &&
    /^[ \u00a0]$/.test(para.text.slice(para.tokens[end]!.end, para.tokens[end + 1]!.start))
  )
    end++;
  if (para.tokens[end]!.word.possessive) return null; // "according to Reyes’s aides": the owner is not the source
  return { kind: 'word', text: para.text.slice(para.tokens[k]!.start, para.tokens[end]!.end), start: para.tokens[k]!.start };
}

/**
 * The subject phrase begins at the first word after the quote: “…?” Ruth Adler said, “…!” Mr. Ferreira, the
 * union's president, said. Only honorifics, titles and the name's own words may stand before its last word.
 */
export function startsRightAfter(ctx: QuoteContext, s: Subject, postFrom: number): boolean {
  const { para } = ctx;
  if (s.start === para.tokens[postFrom]!.start) return true;
  if (s.kind !== 'person') return false;
  for (let k = postFrom; k < para.tokens.length && para.tokens[k]!.start < s.start; k++) {
    const t = para.tokens[k]!;
    if (!t.cap || /[,;:]/.test(para.text.slice(t.end, para.tokens[k + 1]!.start))) return false;
  }
  return true;
}

/** 1. Right after the quote: “…,” Biden said / “…,” said Biden / “…,” a spokesperson said. */
export function readRightAfter(ctx: QuoteContext, w: QuoteWindow): Read {
  const { para, span, deps } = ctx;
  const { postFrom, postEnd, postTo } = w;
  if (!(span.closed && postFrom < postEnd && !w.lead.inside)) return undefined;
  const take = (s: Subject, verb: number, cue: Cue, distance: number) => found(ctx, s, verb, cue, distance);
  const first = para.tokens[postFrom]!;
  if (isVerbAt(para, postFrom)) {
    const interrupted = interruptedSubject(para, span, deps.mentions);
    if (interrupted) return take(interrupted, postFrom, 'after', 0);
    // “…,” suggesting he might run: a participle is never inverted; what follows is what was suggested.
    const s = first.lower.endsWith('ing') ? null : inverted(para, postFrom, postTo, deps.mentions);
    if (s) return take(s, postFrom, 'after', 0);
  }
  if (first.lower === 'according' && para.tokens[postFrom + 1]?.lower === 'to') {
    const s = subjectRightOf(para, postFrom + 1, postTo, deps.mentions) ?? sourcePhrase(para, postFrom + 2, postTo);
    if (s) return take(s, postFrom, 'according-to', 0);
  }
  for (let v = postFrom + 1; v < Math.min(postEnd, postFrom + 14); v++) {
    if (!isVerbAt(para, v)) continue;
    const s = subjectLeftOf(para, v, postFrom, deps.mentions) ?? capitalisedSubject(para, postFrom, v, deps.mentions);
    if (s && startsRightAfter(ctx, s, postFrom)) return take(s, v, 'after', v - postFrom);
  }
  return undefined;
}

/** A bare attribution sentence, a dash credit closing the paragraph, or a credit line below it. */
export function readCredit(ctx: QuoteContext, w: QuoteWindow): Read {
  const { para, span, deps } = ctx;
  const { postFrom } = w;
  const take = (s: Subject, verb: number, cue: Cue, distance: number) => found(ctx, s, verb, cue, distance);
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
  return undefined;
}

/**
 * 3. Later in the sentence: “…,” the minister, speaking in Vienna, said. 4. “…,” Bennett shot back: a name
 * right after the quote, then a verb the lexicon does not know. The last of the quote's own readers.
 */
export function readLater(ctx: QuoteContext, w: QuoteWindow): Found {
  const { para, deps } = ctx;
  const { postFrom, postEnd, postTo, ownEnd } = w;
  const take = (s: Subject, verb: number, cue: Cue, distance: number) => found(ctx, s, verb, cue, distance);
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
  const named = namedRightAfter(ctx, postFrom);
  return named ? take({ kind: 'person', person: named.person, start: para.tokens[postFrom]!.start }, named.verb, 'after-late', 1) : null;
}
