/**
 * One adverb test for every reader that steps between a subject and its verb: "Reyes later said" (read leftwards
 * from the verb) and "Reyes further summed up" (read rightwards from the subject) are the same construct.
 */
import type { Token } from './tokens';

/** Adverbs that sit between a subject and its verb without a comma; "-ly" words are read by their ending. */
const ADVERBS = new Set(
  `also later then previously repeatedly again further once earlier now recently separately publicly privately bluntly flatly
simply quickly promptly firmly angrily reportedly only first last never often even just already still subsequently initially
finally curtly calmly tersely openly sharply frankly clearly`.split(/\s+/),
);
/** Nouns that end like adverbs: "the family said" must not step over "family". */
const LY_NOUNS = new Set(
  'family ally rally assembly anomaly monopoly supply reply bully belly folly homily daily weekly monthly quarterly italy july'.split(' '),
);

/** "Mayor Reyes famously said": a lower-case listed adverb, or a lower-case -ly word that is no known noun. */
export const isAdverb = (t: Token) => !t.cap && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower)));
