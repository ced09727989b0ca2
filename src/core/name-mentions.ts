/** Every later form of a registered person's name ("Psaki", "Mr. Putin", "Putin's") as a mention of that person. */
import type { Para } from './context';
import { SURNAME_WORDS } from './lexicon';
import { gapIsSpace, isNameWord, nameRunAt, type NameRun } from './names';
import type { Person, Registry } from './registry';
import type { Token } from './tokens';
import { W } from './words';

/** Every form of a known person's name, in document order. */
export function findNameMentions(
  paras: Para[],
  registry: Registry,
): Array<{ person: Person; para: Para; token: Token; start: number; end: number; possessive: boolean }> {
  const found: Array<{ person: Person; para: Para; token: Token; start: number; end: number; possessive: boolean }> = [];
  const namesakes = new Namesakes(registry);
  for (const para of paras) {
    const { tokens, text } = para;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap) continue;
      const run = para.titleCase ? singleWordRun(t, i) : (nameRunAt(text, tokens, i) ?? surnameBesideVerb(para, i, registry));
      if (!run) continue;
      const bare = run.words.length === 1 ? namesakes.resolve(run.words[0]!, para.index) : undefined;
      const person =
        bare !== undefined
          ? bare
          : (registry.find(run.words) ?? (run.words.length > 1 ? registry.find(run.words.slice(-1)) : registry.findByGivenName(run.words[0]!)));
      if (person && run.words.length > 1) namesakes.saw(person, para.index);
      if (person && (run.words.length === 1 || person.words.length === 1 || fullMatch(person, run.words))) {
        // "Ada Pell Endorses Tomas Ives": a capitalised run longer than the name names the person at its end only.
        // "Stated Vell:": an inverted speech verb opening the run is no part of the name.
        const verb = run.words.length > 1 && (t.flags & W.speech) !== 0 ? 1 : 0;
        const from = person.words.length >= 2 && run.words.length > person.words.length + 1 ? tailStart(run, person) : run.from + verb;
        if (from >= 0) found.push({ person, para, token: tokens[from]!, start: tokens[from]!.start, end: run.end, possessive: run.possessive });
      }
      i = run.to - 1;
    }
  }
  return found;
}

/** The token where the person's own words end the run, or -1 when the run does not end with them. */
function tailStart(run: NameRun, person: Person): number {
  const n = person.words.length;
  const tail = run.words.slice(-n).map((w) => w.toLowerCase());
  return person.words.every((w, k) => w.toLowerCase() === tail[k]) ? run.to - n : -1;
}

function fullMatch(person: Person, words: string[]): boolean {
  const last = (w: string[]) => w[w.length - 1]!.toLowerCase();
  return last(person.words) === last(words);
}

/** "Green said", "said Guardian": a surname that is also a common word, of a person introduced in full, beside a speech verb. */
function surnameBesideVerb(para: Para, i: number, registry: Registry): NameRun | null {
  const { tokens, text } = para;
  const t = tokens[i]!;
  if (!t.cap || t.shout || !SURNAME_WORDS.has(t.word.bareLower)) return null;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const beside =
    (next && next.flags & W.speech && !next.cap && gapIsSpace(text, t, next)) || (prev && prev.flags & W.speech && !prev.cap && gapIsSpace(text, prev, t));
  if (!beside || registry.namesakes(t.word.bare).length !== 1) return null;
  return { from: i, to: i + 1, words: [t.word.bare], start: t.start, end: t.word.possessive ? t.end - 2 : t.end, possessive: t.word.possessive };
}

function singleWordRun(t: Token, i: number): NameRun | null {
  if (!isNameWord(t) && !/['’]s$/.test(t.text)) return null;
  const possessive = /['’]s$/.test(t.text);
  const word = possessive ? t.text.slice(0, -2) : t.text;
  return { from: i, to: i + 1, words: [word], start: t.start, end: possessive ? t.end - 2 : t.end, possessive };
}

/**
 * Anna Smith and Mark Smith in one article: a bare "Smith" means the one last named in full, unless the other
 * was named in full in that same paragraph too; then nothing tells them apart and "Smith" names no one.
 */
class Namesakes {
  private last = new Map<Person, number>();
  constructor(private readonly registry: Registry) {}

  saw(person: Person, paragraph: number): void {
    this.last.set(person, paragraph);
  }

  /** undefined: the surname is not shared, so the registry decides; null: shared and unresolved. */
  resolve(surname: string, paragraph: number): Person | null | undefined {
    const holders = this.registry.namesakes(surname);
    if (holders.length < 2) return undefined;
    let best: Person | null = null;
    let at = -1;
    let tie = false;
    for (const p of holders) {
      const seen = this.last.get(p);
      if (seen === undefined || seen > paragraph) continue;
      if (seen > at) ((best = p), (at = seen), (tie = false));
      else if (seen === at) tie = true;
    }
    return tie ? null : best;
  }
}
