/**
 * Rivals: other people a quote could belong to, counted for the confidence score. Objects of the verb, people
 * inside the speaker's own appositive and a pronoun's bound antecedent are no rivals; an outer reporting speaker
 * or an unnamed speaker between a pronoun and its antecedent is. Kept apart from the readers because every cue
 * scores the same way.
 */
import { sentenceEnd, sentenceStart, tokenIndexAt, type Para } from './context';
import { nameRunAt, titleAt } from './names';
import { PREPOSITIONS, SPEAKER_NOUNS } from './lexicon';
import type { Person } from './registry';
import { W } from './words';
import { subjectLeftOf, type Subject } from './subjects';
import { leadingClause } from './clauses';
import { insideQuote, isVerbAt, clauseStart } from './verb-reading';
import type { QuoteContext } from './attribution-types';

/**
 * A pronoun is a guess when someone else fits it (see Salience.pronounHasRival), or when a full name the
 * registry does not know stands between the antecedent and the pronoun: "Ida Marsh spoke. Juan Ortiz of
 * Salem held a sign. “…,” he said." is most likely Ortiz, whom the engine cannot name.
 */
export function pronounIsGuess(ctx: QuoteContext, at: number, gender: 'm' | 'f', chosen: Person): boolean {
  const { para, deps } = ctx;
  if (deps.salience.pronounHasRival(para.index, at, gender, chosen)) return true;
  const k = tokenIndexAt(para.tokens, at);
  for (let j = k - 1; j >= 0 && j >= k - 150; j--) {
    const t = para.tokens[j]!;
    if (deps.mentions.endingAt(para.index, t.end) === chosen) return false;
    if (!t.cap || deps.mentions.startingAt(para.index, t.start) || PREPOSITIONS.has(para.tokens[j - 1]?.lower ?? '')) continue;
    const run = nameRunAt(para.text, para.tokens, j);
    if (run && run.words.length >= 2 && !insideQuote(para, t.start)) return true;
  }
  return false;
}

/**
 * "The remedy, the engineer said, was rope. “…,” he said.": an unnamed person spoke between the
 * pronoun's named antecedent and the pronoun, and is the likelier one meant.
 */
export function unnamedSpeakerBetween(ctx: QuoteContext, at: number, chosen: Person): boolean {
  const { para, deps } = ctx;
  const k = tokenIndexAt(para.tokens, at);
  for (let j = k - 1; j >= 0 && j >= k - 80; j--) {
    const t = para.tokens[j]!;
    if (deps.mentions.endingAt(para.index, t.end) === chosen) return false;
    if (!t.cap && isVerbAt(para, j) && !insideQuote(para, t.start) && describedSpeaker(para, j)) return true;
  }
  return false;
}

/** "the engineer said", "one harbour delegate said": a singular unnamed person as the speech verb's subject. */
function describedSpeaker(para: Para, v: number): boolean {
  const noun = para.tokens[v - 1];
  if (!noun || noun.cap || noun.lower.endsWith('s') || !/^[ \u00a0]$/.test(para.text.slice(noun.end, para.tokens[v]!.start))) return false;
  // Titles ("the minister said") name whoever holds them, often the antecedent itself: not counted here.
  if (((noun.flags & W.role) === 0 && !SPEAKER_NOUNS.has(noun.lower)) || titleAt(para.tokens, v - 1)) return false;
  for (let j = v - 2; j >= 0 && j >= v - 5; j--) {
    const w = para.tokens[j]!;
    if (/^(a|an|the|one|another)$/.test(w.lower)) return true;
    if (!/^[ \u00a0]$/.test(para.text.slice(w.end, para.tokens[j + 1]!.start))) return false;
  }
  return false;
}

/** Other people named outside quotes in [from, to) of the quote's paragraph. */
export function rivalsOf(ctx: QuoteContext, chosen: Person | null, from: number, to: number): number {
  return ctx.deps.salience.namedBetween(ctx.para.index, from, to).filter((p) => p !== chosen).length;
}

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got']);

/**
 * "Marsh called both Ortiz and Bell “reckless”": people named between the verb and the quote it governs are
 * its objects, not other readings of who spoke. Not in the passive ("Marsh was asked by Ortiz, “…”").
 * `rest`: a plain predicate the fallback read (see quoteInPredicate), where what follows the quote in the
 * sentence is no other attribution either ("Marsh mocked the “paper bridge” Ortiz had drawn").
 */
export function objectsOf(ctx: QuoteContext, person: Person, verb: number, rest = false): number {
  const { para, span, deps } = ctx;
  const v = para.tokens[verb]!;
  if (span.open < v.end || PASSIVE.has(para.tokens[verb - 1]?.lower ?? '')) return 0;
  if (para.tokens[verb + 1]?.lower === 'by') return 0;
  const from = sentenceStart(para, v.start);
  const elsewhere = [
    ...deps.salience.namedBetween(para.index, from, v.start),
    ...(rest ? [] : deps.salience.namedBetween(para.index, span.close, sentenceEnd(para, v.start))),
  ];
  return deps.salience.namedBetween(para.index, v.end, rest ? sentenceEnd(para, v.start) : span.open).filter((p) => p !== person && !elsewhere.includes(p))
    .length;
}

/** People named in a short appositive right after the speaker's name, closed before the verb or the sentence's end. */
export function apposedPeople(ctx: QuoteContext, start: number, verbStart: number): Person[] {
  const { para, deps } = ctx;
  // The subject's start is its name's first token, or its last one ("Ida Marsh, …, said" is read from the comma).
  const tok = para.tokens[tokenIndexAt(para.tokens, start)];
  const end = deps.mentions.startingAt(para.index, start)?.end ?? (tok && deps.mentions.endingAt(para.index, tok.end) ? tok.end : -1);
  if (end < 0 || !/^,\s/.test(para.text.slice(end, end + 2))) return [];
  const close = start < verbStart ? verbStart : sentenceEnd(para, start);
  const k = tokenIndexAt(para.tokens, end);
  // Before the verb, a comma closing the insertion marks all of it as the subject's own, however long
  // ("Petrilli, who thinks the Obama team overreached, called …").
  const closed = start < verbStart && /,\s+$/.test(para.text.slice(Math.max(end, verbStart - 3), verbStart));
  return closed || tokenIndexAt(para.tokens, close) - k <= 12 ? deps.salience.namedBetween(para.index, end, close) : [];
}

/**
 * "Rep. Ames said Marsh called the talks “stalled”": the quote's nearest verb sits in a clause that an earlier
 * speech verb reports, and that verb's subject is someone else. Whose words the marks hold (Ames's summary or
 * Marsh's own) the sentence does not say.
 */
export function outerSpeakerDiffers(ctx: QuoteContext, s: Subject, person: Person | null, from: number): boolean {
  const { para, deps } = ctx;
  // Not across the quote before (its own attribution) or into a clause of its own (", though managers said").
  const open = Math.max(ctx.span.open, 0);
  // Nor into a leading subordinate clause ("After Ames asked …, Ortiz replied, “…”"): its verb reports no one.
  const main = leadingClause(para, open, deps.mentions).mainFrom;
  const first = tokenIndexAt(para.tokens, Math.max(from, clauseStart(para, open), ctx.prev ? ctx.prev.close + 1 : 0, main));
  const at = tokenIndexAt(para.tokens, s.start);
  for (let u = at - 1; u > first && u >= at - 40; u--) {
    if (!isVerbAt(para, u)) continue;
    const outer = subjectLeftOf(para, u, first, deps.mentions);
    if (!outer) continue;
    if (outer.kind === 'person') return outer.person !== person;
    if (outer.kind === 'pronoun') return deps.salience.pronoun(para.index, outer.start, outer.gender, ctx.last) !== person;
    // "The minister said he would ask …": the same person, named twice.
    if (outer.kind === 'title') return person === null || deps.salience.title(para.index, outer.start, outer.head, outer.text, deps.people) !== person;
    return true;
  }
  return false;
}
