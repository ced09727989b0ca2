/** Topic terms, news concepts and named entities of a statement and its context, for relatedness. */
import { NON_NAME_WORDS, TITLES } from './lexicon';
import { stem } from './stem';

export { stem } from './stem';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
cannot could did do does doing down during each even ever every few for from further had has have having he her here hers herself him himself his how i if
in into is it its itself just let like made make many may me might more most much must my myself never no nor not now of off on once only or other our ours
ourselves out over own per please put quite rather really said same say says see seen she should since so some still such than that the their theirs them
themselves then there these they this those though through thus to too under until up upon us very was we well were what when where whether which while who
whom whose why will with within without would yet you your yours yourself going get got gets told tell tells added according told asked statement statements
one two three first last new time times year years week weeks day days today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr sen rep gov gen don't i'm it's he's she's we're they're that's isn't wasn't aren't won't can't didn't doesn't i've we've i'll we'll`.split(/\s+/),
);

/** A small lexicon of news vocabulary: words of one concept count as the same topic. */
const CONCEPT_WORDS: Record<string, string> = {};
const CONCEPTS: Record<string, string> = {
  diplomacy:
    'diplomacy diplomatic diplomat talks talk talking dialogue contact contacts meeting meet meetings conversation conversations negotiation negotiations negotiate summit speak speaking call calls phone telephone envoy mediation engagement',
  war: 'war wars invasion invade invaded fighting conflict military troops escalation escalate offensive attack attacks shelling frontline front artillery army',
  sanctions: 'sanction sanctions penalty penalties embargo tariff tariffs restrictions',
  peace: 'peace ceasefire truce armistice deal agreement accord settlement de-escalation deescalate deescalating',
  economy: 'economy economic inflation prices price budget spending tax taxes deficit debt growth recession jobs wages',
  election: 'election elections vote votes voters ballot poll polls campaign candidate runoff',
  climate: 'climate emissions warming carbon pollution environment renewable renewables',
  migration: 'migration migrants migrant asylum border borders refugees refugee deportation',
  health: 'health hospital hospitals patients doctors nurses vaccine vaccines virus outbreak pandemic epidemic',
  energy: 'energy gas oil fuel electricity power nuclear grain exports',
};
for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words.split(' ')) CONCEPT_WORDS[w] = concept;

/** The concept a lower-case word belongs to, if any: lets a stored list of concept words stand for `conceptsOf`. */
export const conceptOfWord = (word: string): string | undefined => (Object.hasOwn(CONCEPT_WORDS, word) ? CONCEPT_WORDS[word] : undefined);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Lower-case stemmed content words, deduplicated, in order of first appearance. */
export function topicTerms(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/’/g, "'");
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}

/** The news concepts a text touches ("diplomacy" for talks, dialogue, contact…), with the words that did it. */
export function conceptsOf(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const concept = conceptOfWord(m[0]);
    if (!concept) continue;
    const words = found.get(concept) ?? new Set<string>();
    words.add(m[0]);
    found.set(concept, words);
  }
  return found;
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}]+(?:['’-]\p{Lu}?[\p{L}\p{M}]+)*/gu;

/**
 * Named entities, roughly: capitalised words that are not sentence openers of common words.
 * Keyed lower-case, with the form first seen kept for display ("both about Putin").
 */
export function entitiesOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(CAPITALISED)) {
    for (const part of m[0].replace(/['’]s$/, '').split('-')) {
      const key = part.toLowerCase();
      if (part.length < 3 || STOPWORDS.has(key) || NON_NAME_WORDS.has(key) || TITLES.has(key)) continue;
      if (!found.has(key)) found.set(key, part);
    }
  }
  return found;
}
