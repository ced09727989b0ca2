/**
 * Leading subordinate clauses ("When Ames spoke, …", "After Ames said that …"): where the main clause starts, and
 * whether a quote sits inside the leading clause, whose own subject then speaks it.
 */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import type { MentionIndex } from './subjects';

// Not "as": "As Ames put it, “…”" is the attribution itself.
export const SUBORDINATORS = new Set([
  'when',
  'after',
  'before',
  'while',
  'although',
  'though',
  'if',
  'because',
  'since',
  'once',
  'until',
  'unless',
  'whenever',
]);

/**
 * "When Ames said that the pier was “safe,” Ortiz laughed": a quote inside a leading subordinate clause with a
 * subject of its own takes its speaker from that clause, never from the main clause after it. "When Ames
 * suggested a deal, Ortiz fired back: “…”": a quote in the main clause looks no further back than its start.
 */
export function leadingClause(para: Para, open: number, mentions: MentionIndex): { inside: boolean; mainFrom: number } {
  const from = tokenIndexAt(para.tokens, sentenceStart(para, open));
  const end = tokenIndexAt(para.tokens, open);
  const main = mainClauseStart(para, from, end);
  if (main !== from) return { inside: false, mainFrom: para.tokens[main]!.start };
  if (!opensSubordinate(para, from)) return { inside: false, mainFrom: 0 };
  let subject = false;
  for (let k = from + 1; k < end && !subject; k++)
    subject = /^(he|she)$/.test(para.tokens[k]!.lower) || mentions.startingAt(para.index, para.tokens[k]!.start) !== null;
  return { inside: subject, mainFrom: 0 };
}

/** "When Ms. Ames moved in, Bo told her …": past a leading subordinate clause, to the main clause after its comma. */
/** The sentence opens with a subordinator; "Even before Ames spoke", "Just after the vote": maybe behind an adverb. */
export function opensSubordinate(para: Para, from: number): boolean {
  const at = /^(even|just|shortly|long|only|right|soon)$/.test(para.tokens[from]?.lower ?? '') ? from + 1 : from;
  return SUBORDINATORS.has(para.tokens[at]?.lower ?? '');
}

export function mainClauseStart(para: Para, from: number, end: number): number {
  if (!opensSubordinate(para, from)) return from;
  for (let k = from + 1; k <= end && k < para.tokens.length; k++) if (para.text.slice(para.tokens[k - 1]!.end, para.tokens[k]!.start).includes(',')) return k;
  return from;
}
