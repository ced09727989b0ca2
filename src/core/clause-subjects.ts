/** Subjects that do not stand right before their verb: inverted ("Said Brun, …") and behind a lead-in verb. */
import { sentenceStart, type Para } from './context';
import { subjectRightOf, type MentionIndex, type Subject } from './subjects';

/**
 * "Said Brun, “…”" and "The trouble, says Oskar Fenn, an archivist, is that “…”": the verb opens the sentence
 * or follows a comma, and its subject stands after it, closed by a comma within a few words.
 */
export function invertedSubject(para: Para, v: number, open: number, mentions: MentionIndex): Subject | null {
  const t = para.tokens[v]!;
  const before = para.tokens[v - 1];
  const initial = !before || sentenceStart(para, t.start) >= before.end;
  if (!initial && !/^,\s$/.test(para.text.slice(before.end, t.start))) return null;
  const s = subjectRightOf(para, v, open, mentions);
  if (!s || s.kind === 'pronoun') return null;
  // Within eight words, so a huge paragraph is never searched far.
  for (let k = v + 1; k < v + 9 && k + 1 < para.tokens.length && para.tokens[k]!.end < open; k++) {
    if (para.text.slice(para.tokens[k]!.end, para.tokens[k + 1]!.start).includes(',')) return s;
  }
  return null;
}

const LEAD_INS = new Set('went goes go do does did chose began sought wants want had has have came'.split(' '));
const LEAD_IN_PARTICLES = new Set(['on', 'again', 'then', 'later', 'also']);

/**
 * "went on to say", "was prompted to say", "would do better to say": the speech verb's subject is the lead-in
 * verb's. Returns the lead-in's token, or -1.
 */
export function leadInVerb(para: Para, v: number): number {
  if (para.tokens[v - 1]?.lower !== 'to') return -1;
  let k = v - 2;
  if (LEAD_IN_PARTICLES.has(para.tokens[k]?.lower ?? '')) k--;
  if (k >= 0 && para.tokens[k]?.lower === 'better') k--;
  const t = para.tokens[k];
  if (!t || t.cap || !(t.lower.endsWith('ed') || LEAD_INS.has(t.lower))) return -1;
  return k;
}
