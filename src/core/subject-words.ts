/** Word tests the subject readers share: the gaps between tokens, clause stops, connectors, role nouns, adverbs. */
import type { Para } from './context';
import { ROLES } from './lexicon';
import type { Token } from './tokens';
import { W } from './words';

const ADVERBS = new Set(
  `also later then previously repeatedly again further had has have was is were are would will could did does do once earlier
recently separately publicly privately bluntly flatly simply quickly firmly angrily reportedly only first last never often even just already still
subsequently has also had also then also initially finally curtly calmly tersely openly sharply frankly clearly told not never
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

/** Nouns that end like adverbs: "the family said" must not step over "family". */
const LY_NOUNS = new Set(
  'family ally rally assembly anomaly monopoly supply reply bully belly folly homily daily weekly monthly quarterly italy july'.split(' '),
);
/** "Mayor Reyes famously said": listed adverbs, and any lower-case -ly word that is not a known noun. */
export const isAdverb = (t: Token) => ADVERBS.has(t.lower) || (!t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));

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
