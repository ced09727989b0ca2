/**
 * Verbs before a quote that the speech lexicon does not read (issue 13): a reply's "shot back", and the finite
 * verb after a surname never introduced in full, which a participle's quote goes back to.
 */
import type { Para } from './context';
import { looksFinite } from './verb-reading';
import { W } from './words';

/** Verbs of being and helping verbs: "Lund was far from their minds" is no one acting. */
const STATES = new Set(
  'is was are were be been has had have does did do will would can could may might must should shall remains remained seems seemed became becomes'.split(' '),
);

/**
 * "At the debate, Vell compared himself to the mayor, saying “…”": a surname the article never introduced in
 * full, opening the main clause (the sentence, or after a leading phrase and its comma) before a finite verb.
 */
export function bareSubjectAt(para: Para, k: number, first: number): boolean {
  const t = para.tokens[k]!;
  const verb = para.tokens[k + 1];
  if (!t.cap || t.shout || t.word.possessive || (t.flags & W.name) === 0 || !/^\p{L}+$/u.test(t.word.bare) || !verb) return false;
  // A verb in the past only: "-s" also ends plural nouns ("Local news affiliate …").
  if (!/^[ \u00a0]$/.test(para.text.slice(t.end, verb.start)) || !looksFinite(verb) || STATES.has(verb.lower) || /s$/.test(verb.lower)) return false;
  return k === first || /^,\s$/.test(para.text.slice(para.tokens[k - 1]!.end, t.start));
}

/** "Ames shot back, “…”", "Ames fired back:": a reply's verb that the speech lexicon does not hold, before "back". */
const REPLY_VERBS = new Set(['shot', 'fired', 'hit', 'snapped', 'pushed', 'wrote', 'struck']);

export function replyAt(para: Para, v: number): number {
  const t = para.tokens[v]!;
  const verb = para.tokens[v - 1];
  if (t.lower !== 'back' || !verb || verb.cap || !REPLY_VERBS.has(verb.lower) || !/^[ \u00a0]$/.test(para.text.slice(verb.end, t.start))) return -1;
  return /^[,:]\s*$/.test(para.text.slice(t.end, para.tokens[v + 1]?.start ?? para.text.length).replace(/[“"‘']/g, '')) ? v - 1 : -1;
}
