/** Word tests the subject readers share: the gaps between tokens, clause stops, connectors, role nouns, adverbs. */
import type { Para } from './context';
import { isAdverb } from './adverbs';
import { ROLES } from './lexicon';
import type { Token } from './tokens';
import { W } from './words';

/**
 * Before a verb, its auxiliaries and negations stand where adverbs do ("Reyes had said", "Reyes didn't say"):
 * the reader leftwards steps over them too ("told" came with this list and stays with it).
 */
const VERB_GROUP = new Set(
  `had has have was is were are would will could did does do told not never
didn't don't doesn't hasn't haven't hadn't won't wouldn't couldn't didn’t don’t doesn’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t`.split(/\s+/),
);
export const TIMES = new Set(
  `on last this late early earlier next monday tuesday wednesday thursday friday saturday sunday week weekend month year night
morning afternoon evening today yesterday tonight`.split(/\s+/),
);
export const STOPS = new Set(
  'that and but which who while because when where as if than so or nor yet whom whose what though although after before since'.split(' '),
);
export const AUXILIARY = /^(could|would|will|can|may|might|should|must|is|was|are|were|has|had|have)$/;
export const CONNECTORS = new Set(['for', 'of', 'at', 'in', 'from', 'with', 'to', 'on']);

/** An adverb, or a word of the verb group, between a subject and the verb read leftwards from. */
export const beforeVerb = (t: Token) => isAdverb(t) || VERB_GROUP.has(t.lower);

/** A speech verb ("said", "told"), known from the token's word facts. */
export const isSpeechVerb = (t: Token) => (t.flags & W.speech) !== 0;

export const gap = (para: Para, a: number, b: number) => para.text.slice(para.tokens[a]!.end, para.tokens[b]!.start);
/** One space, or a few (real pages double them: "said  Ada Reyes"). */
export const spaceGap = (g: string) => g === ' ' || g === '\u00a0' || (g.length <= 3 && /^[ \u00a0]+$/.test(g));

/** "a U.S. official": the full stop of an initialism ends no phrase. */
export function afterInitials(para: Para, j: number): boolean {
  const t = para.tokens[j]!;
  return t.dot && (t.flags & W.initials) !== 0 && t.text.includes('.') && gap(para, j, j + 1) === '. ';
}

/** "businessman", and plurals of role nouns ("managers", "nurses"). */
export const isRoleNoun = (t: Token) => (t.flags & W.role) !== 0 || (t.lower.endsWith('s') && ROLES.has(t.lower.slice(0, -1)));

export const headWord = (w: string) => ({ spokesman: 'spokesperson', spokeswoman: 'spokesperson' })[w] ?? w;
