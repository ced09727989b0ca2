/**
 * From a subject phrase to a speaker and the evidence for it: resolves names, pronouns, titles and descriptions,
 * then gathers what the confidence score reads (subject kind, speech verb, distance, reach, rivals). Every reader
 * ends here, so a cue is scored the same whoever found it.
 */
import { sentenceEnd, sentenceStart, tokenIndexAt, type Para } from './context';
import type { Person } from './registry';
import type { Subject } from './subjects';
import type { Cue, Evidence } from './confidence';
import { looksFinite } from './verb-reading';
import { W } from './words';
import { boundPronoun } from './bound-pronoun';
import { outerSpeakerDiffers, unnamedSpeakerBetween, pronounIsGuess, rivalsOf, apposedPeople, objectsOf } from './rivals';
import type { AttributionDeps, Found, Speaker, QuoteContext } from './attribution-types';

/** The words of a subject phrase starting at token `at`: capitalised words and joined titles, up to the verb. */
function subjectWords(para: Para, at: number, verb: number): number {
  let n = 1;
  while (at + n < verb && para.tokens[at + n]!.cap && !/[,;:]/.test(para.text.slice(para.tokens[at + n - 1]!.end, para.tokens[at + n]!.start))) n++;
  return n;
}

/** "Smith said" when the article has Anna and Mark Smith and nothing tells them apart: no name at all. */
function sharedSurname(people: Person[], word: string): boolean {
  let shared = SHARED.get(people);
  if (!shared) {
    // Once per article: the surnames that two people with given names both carry.
    const seen = new Set<string>();
    shared = new Set<string>();
    for (const p of people) {
      if (p.words.length < 2) continue;
      const w = p.words[p.words.length - 1]!.toLowerCase();
      if (seen.has(w)) shared.add(w);
      else seen.add(w);
    }
    SHARED.set(people, shared);
  }
  return shared.has(word.toLowerCase());
}

const SHARED = new WeakMap<Person[], Set<string>>();

const SAY = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'according', 'to', 'added', 'adds']);

/** The speaker a subject phrase names, with the evidence for it. */
export function found(ctx: QuoteContext, s: Subject, verb: number, cue: Cue, distance: number, predicate = false): Found {
  const { para, deps } = ctx;
  const token = para.tokens[verb]!;
  const bound = s.kind === 'pronoun' ? boundPronoun(para, s.start, s.gender, deps.mentions, deps.salience) : null;
  const speaker = bound ? { person: bound, text: null } : resolveSubject(para, s, ctx.last, deps, REPLIES.has(token.lower) ? ctx.replyingTo : null);
  // "“…,” he said" with no man in reach: the quote has its attribution, to someone we cannot name. It must not
  // fall through to an earlier speaker of the paragraph.
  if (!speaker && s.kind === 'pronoun') {
    return { speaker: { person: null, text: null }, kind: cue, evidence: { cue, subject: 'pronoun-rival', sayVerb: false, distance, reach: 0, rivals: 0 } };
  }
  if (!speaker) return null;
  if (s.kind === 'pronoun' && speaker.person && unnamedSpeakerBetween(ctx, s.start, speaker.person)) {
    return { speaker: { person: null, text: null }, kind: cue, evidence: { cue, subject: 'pronoun-rival', sayVerb: false, distance, reach: 0, rivals: 1 } };
  }
  // The quote is attributed, to someone the article does not let us name: a statement with no speaker.
  if (s.kind === 'word' && sharedSurname(deps.people, s.text)) {
    const namesake = deps.salience.namesake(para.index, s.start, s.text.toLowerCase());
    // The other namesake stays a possible reading: one rival.
    if (namesake)
      return {
        speaker: { person: namesake, text: null },
        kind: cue,
        evidence: { cue, subject: 'word', sayVerb: SAY.has(token.lower), distance, reach: 0, rivals: 1 },
      };
    return { speaker: { person: null, text: null }, kind: cue, evidence: { cue, subject: 'word', sayVerb: false, distance, reach: 0, rivals: 2 } };
  }
  const person = speaker.person;
  let subject: Evidence['subject'];
  if (s.kind === 'pronoun') subject = person && !bound && pronounIsGuess(ctx, s.start, s.gender, person) ? 'pronoun-rival' : 'pronoun';
  else if (s.kind === 'person') subject = 'name';
  else if (s.kind === 'title') subject = person ? 'title' : 'description';
  else if (s.kind === 'unnamed') subject = 'pronoun-rival';
  else subject = s.kind;
  const from = sentenceStart(para, token.start);
  // "the Marsh campaign said": a name inside the speaker phrase is no rival to it; nor is one inside the named
  // speaker's appositive ("Ida Marsh, an aide to Mr. Oduya, said", "said Ida Marsh, an aide to Mr. Oduya").
  const own =
    s.kind === 'description'
      ? deps.salience.namedBetween(para.index, s.start, s.start + s.text.length)
      : s.kind === 'person'
        ? apposedPeople(ctx, s.start, token.start)
        : [];
  // How far the subject sits from its verb: "Marsh said" is 0, "Marsh, who …, said" is the clause's length.
  const at = tokenIndexAt(para.tokens, s.start);
  const reach = at < verb ? Math.max(0, verb - at - subjectWords(para, at, verb)) : Math.max(0, at - verb - 1);
  // "After Ortiz left the pier, Marsh called it “…”": people in a clause that leads the sentence, closed by a
  // comma right before a named subject standing at its verb, are no other reading of who spoke.
  const leading = s.kind === 'person' && at < verb && reach === 0 && leadClauseBefore(para, at, from);
  const ledBy = leading ? deps.salience.namedBetween(para.index, from, s.start).filter((p) => p !== person && !own.includes(p)).length : 0;
  // A pronoun bound to the sentence's subject has no rival of the other gender, and none of its own in between.
  const rivals = bound
    ? 0
    : rivalsOf(ctx, person, from, rivalsEnd(ctx, cue, s, verb, reach)) -
      own.filter((p) => p !== person).length -
      ledBy -
      ((cue === 'before' || predicate) && s.kind === 'person' ? objectsOf(ctx, s.person, verb, predicate) : 0);
  const nested = (cue === 'before' || cue === 'split') && outerSpeakerDiffers(ctx, s, person, from);
  return { speaker, kind: cue, evidence: { cue, subject, sayVerb: SAY.has(token.lower), distance, reach, rivals, ...(nested ? { nested } : {}) } };
}

/**
 * "Ames concluded that “…” to Ortiz and Bell": before the quote, a named subject right at its verb has read the
 * attribution, and people named after the quote are other readings only if a speech verb follows there too
 * ("Ames warned that “…” would come, Bell said").
 */
function rivalsEnd(ctx: QuoteContext, cue: Cue, s: Subject, verb: number, reach: number): number {
  const { para, span } = ctx;
  const end = sentenceEnd(para, para.tokens[verb]!.start);
  if (cue !== 'before' || s.kind !== 'person' || reach > 0 || !span.closed || span.close >= end) return end;
  for (let k = tokenIndexAt(para.tokens, span.close); k < para.tokens.length && para.tokens[k]!.start < end; k++) {
    if (para.tokens[k]!.flags & W.speech && !para.tokens[k]!.cap) return end;
  }
  return span.close;
}

/**
 * A clause or phrase leads the sentence and a comma closes it a few words before the subject's name ("After the
 * vote, campaign chair Ada Reyes called …"). "To Sharp, Trump is …", "Unlike Bell, Reyes …" without a verb of
 * their own: the name is whose view or whose contrast it is, still a reading of whose words these are.
 */
const VIEWPOINT = new Set(['to', 'for', 'according', 'unlike', 'like', 'with', 'as']);

function leadClauseBefore(para: Para, at: number, from: number): boolean {
  let j = at;
  const gap = (k: number) => para.text.slice(para.tokens[k - 1]!.end, para.tokens[k]!.start);
  while (j > 0 && at - j < 5 && gap(j) === ' ') j--;
  if (j === 0 || !/^,\s+$/.test(gap(j))) return false;
  const first = tokenIndexAt(para.tokens, from);
  if (!VIEWPOINT.has(para.tokens[first]?.lower ?? '')) return true;
  for (let k = first; k < j - 1; k++) if (looksFinite(para.tokens[k]!)) return true;
  return false;
}

const REPLIES = new Set(['replied', 'responded', 'answered', 'retorted', 'countered', 'shot', 'fired', 'hit', 'replies', 'responds', 'answers']);

export function resolveSubject(para: Para, s: Subject, last: Person | null, deps: AttributionDeps, answering: Person | null = null): Speaker | null {
  switch (s.kind) {
    case 'person':
      return { person: s.person, text: null };
    case 'pronoun': {
      const person = deps.salience.pronoun(para.index, s.start, s.gender, answering ? null : last, answering);
      return person ? { person, text: null } : null;
    }
    case 'title': {
      const person = deps.salience.title(para.index, s.start, s.head, s.text, deps.people);
      return { person, text: person || cutShort(para, s) ? null : describe(deps, s.text) };
    }
    case 'unnamed':
      return { person: null, text: null };
    default:
      return { person: null, text: cutShort(para, s) ? null : describe(deps, s.text) };
  }
}

/**
 * A phrase that ends on a preposition, article or conjunction was cut before its head noun ("leaders from both
 * countries to", "a survey by the"): whatever the reader took, it is no speaker's description, so say unknown.
 */
const FUNCTION_END = /\s(to|of|the|a|an|in|on|at|by|for|from|with|and|or|other|than|as|that|into|about)$/i;
/** Or it stops between two capitalised words of one name ("a survey by Ada Brell of the Tidal| Institute"), not before "Friday". */
const cutShort = (para: Para, s: { kind: string; text: string; start: number }) =>
  FUNCTION_END.test(s.text.trim()) ||
  ((s.kind === 'description' || s.kind === 'title') &&
    /\s\p{Lu}\S*$/u.test(s.text) &&
    /^[ \u00a0]\p{Lu}/u.test(para.text.slice(s.start + s.text.length, s.start + s.text.length + 2)));

/** "the official" after "a senior EU official" is the same unnamed speaker. */
function describe(deps: AttributionDeps, text: string): string {
  const seen = deps.descriptions;
  const head = (t: string) =>
    t
      .toLowerCase()
      .split(/\s+/)
      .pop()!
      .replace(/^spokes(wo)?man$/, 'spokesperson');
  if (/^the\s/i.test(text)) {
    const earlier = [...seen].reverse().find((d) => head(d) === head(text) && d.length > text.length);
    if (earlier) return earlier;
  }
  seen.push(text);
  return text;
}
