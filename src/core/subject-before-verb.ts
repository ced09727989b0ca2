/** The subject ending right before a speech verb ("Reyes said", "Reyes, the mayor, said", "the note said"). */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import { personBeforeAppositive, closesAppositive, personBeforeQualifier } from './appositive-subjects';
import { descriptionEndingAt } from './described-subjects';
import type { MentionIndex, Subject } from './subjects';
import { TIMES, gap, beforeVerb, spaceGap } from './subject-words';

const UNNAMED = new Set(['it', 'they', 'we']);

/** The subject ending just before the verb at token v, not reaching before token `limit`. */
export function subjectLeftOf(para: Para, v: number, limit: number, mentions: MentionIndex): Subject | null {
  let k = skipParenthetical(para, v - 1, limit);
  let bracketed = k !== v - 1;
  // "Banerjee on Tuesday accused", "Lee later asked": step over adverbs and times.
  while (!bracketed && k >= limit && (beforeVerb(para.tokens[k]!) || TIMES.has(para.tokens[k]!.lower)) && spaceGap(gap(para, k, k + 1))) k--;
  // "Sen. Mara Quill (D-Ore.) last week said": the parenthetical may stand before the times.
  if (!bracketed && k < v - 1 && k >= limit) {
    const j = skipParenthetical(para, k, limit);
    bracketed = j !== k;
    k = j;
  }
  if (k < limit) return null;
  const g = bracketed ? ' ' : gap(para, k, k + 1);
  // "Jen Psaki, the White House press secretary, said" / "Rep. Kaptur, D-Ohio, whose district…, said" /
  // "Sen. Tova Rask, R-Mont., said" (the state's abbreviation dot before the comma).
  if (/^\.?,\s$/.test(g)) {
    // "the company's general counsel, Bradley Hirsch, said": the name itself closes the appositive.
    const named = mentions.endingAt(para.index, para.tokens[k]!.end);
    if (named && closesAppositive(para, k, limit)) return { kind: 'person', person: named, start: para.tokens[k]!.start };
    return personBeforeAppositive(para, k, limit, mentions);
  }
  if (!spaceGap(g) && g !== '') return null;
  const t = para.tokens[k]!;
  if (t.lower === 'he' || t.lower === 'she') return { kind: 'pronoun', gender: t.lower === 'he' ? 'm' : 'f', start: t.start };
  if (UNNAMED.has(t.lower)) return { kind: 'unnamed', start: t.start };
  const person = mentions.endingAt(para.index, t.end);
  if (person) return { kind: 'person', person, start: t.start };
  return personBeforeQualifier(para, k, limit, mentions) ?? descriptionEndingAt(para, k, limit) ?? unclosedAppositive(para, k, limit, mentions);
}

/**
 * "Ada Reyes, president of the Lund Pilots Association stated": the appositive's closing comma is missing, so
 * nothing right before the verb reads as its subject. A name that opens the clause, before its only comma, is.
 */
function unclosedAppositive(para: Para, k: number, limit: number, mentions: MentionIndex): Subject | null {
  for (let j = k; j > limit && j > k - 20; j--) {
    const g = gap(para, j - 1, j);
    if (spaceGap(g)) continue;
    if (!/^,\s$/.test(g)) return null;
    // The name must open the sentence: a clause may start after a quote ("…“attacked” Clinton, and said").
    const first = para.tokens[limit]!;
    if (sentenceStart(para, first.start) !== first.start) return null;
    const opening = mentions.startingAt(para.index, first.start);
    if (!opening || opening.end !== para.tokens[j - 1]!.end) return null;
    return { kind: 'person', person: opening.person, start: first.start };
  }
  return null;
}

/** "Sen. Mara Quill (D-Ore.) said", "(D-Ore.), said": the token before the bracket, when a short parenthetical stands before the verb. */
function skipParenthetical(para: Para, k: number, limit: number): number {
  const t = para.tokens[k];
  const next = para.tokens[k + 1];
  // "Gov. Ada Reyes (R-Ohio), said": a comma may follow the bracket.
  if (!t || !next || !/\),?\s$/.test(para.text.slice(t.end, next.start))) return k;
  const open = para.text.lastIndexOf('(', t.start);
  if (open < 0 || t.start - open > 40) return k;
  const before = tokenIndexAt(para.tokens, open) - 1;
  return before >= limit && /^[ \u00a0]$/.test(para.text.slice(para.tokens[before]!.end, open)) ? before : k;
}
