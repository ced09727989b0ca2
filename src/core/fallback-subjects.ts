/**
 * The last resort for a quote no cue attributes: the subject of a characterising or reporting verb in its
 * sentence, or the subject of the clause whose predicate holds it. Weak evidence by design, kept apart so the
 * strong readers stay readable.
 */
import { tokenIndexAt, type Para } from './context';
import { PREPOSITIONS } from './lexicon';
import { W } from './words';
import { subjectLeftOf, type Subject } from './subjects';
import { mainClauseStart } from './clauses';
import { leadsClause, predicateAfter, quoteInPredicate } from './predicate';
import { WINDOW_CHARS, type Found, type QuoteContext } from './attribution-types';
import { isVerbAt, looksFinite, clauseStart, CHARACTERISING, otherSpeechVerb } from './verb-reading';
import { found } from './speaker-evidence';

const LEAD_INS = new Set([
  'tried',
  'tries',
  'went',
  'goes',
  'sought',
  'seeks',
  'wanted',
  'wants',
  'attempted',
  'seemed',
  'appeared',
  'chose',
  'decided',
  'used',
  'began',
  'moved',
  'rushed',
  'hastened',
]);

/**
 * An otherwise unattributed quote: the subject of a reporting or characterising verb in its own sentence,
 * nearest the quote first ("Senator Ilse Varga has branded the plan a “tax on breakfast.”"). Weak evidence.
 */
export function fallback(ctx: QuoteContext): Found {
  const { para, span, deps } = ctx;
  const open = Math.max(span.open, 0);
  const first = tokenIndexAt(para.tokens, Math.max(clauseStart(para, open), open - WINDOW_CHARS));
  for (let v = tokenIndexAt(para.tokens, open) - 1; v > first; v--) {
    const t = para.tokens[v]!;
    if (!CHARACTERISING.has(t.lower) && !isVerbAt(para, v)) continue;
    // "Marsh tried to argue", "Marsh went on to say": the subject stands before the lead-in verb.
    const lead = para.tokens[v - 1]?.lower === 'to' && LEAD_INS.has(para.tokens[v - 2]?.lower ?? '') ? v - 2 : v;
    const s = subjectLeftOf(para, lead, first, deps.mentions);
    if (s && s.kind !== 'word') return found(ctx, s, v, 'fallback', tokenIndexAt(para.tokens, open) - v);
  }
  return clauseSubject(ctx, first);
}

/**
 * "Marsh has repeatedly blamed “…”", "Ortiz heralded a “…”": PolNeAR credits a quote in a clause's predicate
 * to the clause's subject whatever the verb. The first name or he/she of the clause, outside a prepositional
 * phrase and not a possessive, directly before a word that looks like a finite verb. Weak evidence: any other
 * name in the sentence is a rival.
 */
function clauseSubject(ctx: QuoteContext, first: number): Found {
  const { para, span, prev, deps } = ctx;
  const open = Math.max(span.open, 0);
  const end = tokenIndexAt(para.tokens, open);
  const from = mainClauseStart(para, Math.max(first, prev ? tokenIndexAt(para.tokens, prev.close + 1) : 0), end);
  for (let k = from; k < end; k++) {
    const t = para.tokens[k]!;
    // "Ada Reyes, who once worked for Sen. Ira Bell, called …": a name inside a relative clause is no subject.
    if (RELATIVE_PRONOUNS.has(t.lower)) return null;
    if (k > from && PREPOSITIONS.has(para.tokens[titleStartBefore(para, k) - 1]?.lower ?? '')) continue;
    const pronoun = t.lower === 'he' || t.lower === 'she';
    const hit = pronoun ? null : deps.mentions.startingAt(para.index, t.start);
    if (!pronoun && !hit) continue;
    const last = pronoun ? k : tokenIndexAt(para.tokens, hit!.end) - 1;
    if (!pronoun && (para.tokens[last]!.word.possessive || /^['’]/.test(para.text.slice(hit!.end, hit!.end + 1)))) return null;
    // "Reyes (R), for her part, further blamed": past a bracket, an aside and adverbs to the verb.
    const v = predicateAfter(para, last, end);
    if (v < 0 || !looksFinite(para.tokens[v]!)) return null;
    if (otherSpeechVerb(para, open, v, open)) return null;
    const s: Subject = pronoun
      ? { kind: 'pronoun', gender: t.lower === 'he' ? 'm' : 'f', start: t.start }
      : { kind: 'person', person: hit!.person, start: t.start };
    // The quote in the predicate of a clause this name leads: people between the verb and the quote are objects.
    const plainPredicate =
      leadsClause(para, from, titleStartBefore(para, k)) &&
      quoteInPredicate(para, v, end, (j) => deps.mentions.startingAt(para.index, para.tokens[j]!.start) !== null);
    return found(ctx, s, v, 'fallback', end - v, plainPredicate);
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/** "for Sen. Ira Bell": the first token of the titles and honorifics right before token k. */
function titleStartBefore(para: Para, k: number): number {
  let j = k;
  while (j > 0 && para.tokens[j - 1]!.cap && (para.tokens[j - 1]!.flags & (W.titleStart | W.honorificDot)) !== 0) j--;
  return j;
}
