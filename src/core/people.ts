/**
 * Finds the people of an article in two passes: introductions (a name with a title, honorific,
 * role, appositive, byline or speech verb) register people; then every later form of their
 * name ("Psaki", "Mr. Putin", "Putin's") becomes a mention of the same person.
 */
import { POS, sentenceStart, type Para } from './context';
import { HONORIFICS, ROLES, SURNAME_WORDS, TITLES, WEAK_TITLES } from './lexicon';
import { displayTitle, gapIsSpace, headOf, isNameWord, modifiersBefore, nameRunAt, titleAt, type NameRun } from './names';
import { guessGender, isKnownGivenName } from './gender';
import { Registry, type Person } from './registry';
import type { Token } from './tokens';
import { W } from './words';

export interface TitleMention {
  paragraph: number;
  start: number;
  end: number;
  head: string;
  text: string;
}

const BYLINE = /^(?:by|author:|written by|reporting by|reported by|words by)\s/i;
const INTRODUCERS = W.titleStart | W.role | W.name;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** A capitalised run after these is a place or an organisation ("in El Paso", "of The Columbus Dispatch"). */
const PLACE_BEFORE = new Set('in at from near outside inside across around throughout to into via of the on for by with'.split(' '));

export function introducePeople(paras: Para[]): { registry: Registry; titleMentions: TitleMention[] } {
  const registry = new Registry();
  const titleMentions: TitleMention[] = [];
  for (const para of paras) {
    if (para.titleCase) continue;
    if (BYLINE.test(para.text) && para.text.length < 160) introduceByline(para, registry);
    else introduceInParagraph(para, registry, titleMentions);
  }
  introduceByLaterUse(paras, registry);
  registry.finalize();
  return { registry, titleMentions };
}

function introduceByline(para: Para, registry: Registry): void {
  const { tokens, text } = para;
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i, 4);
    if (!run) continue;
    if (run.words.length >= 2) registry.introduce({ words: run.words, role: 'author', author: true, at: POS(para.index, run.start) });
    i = run.to - 1;
  }
}

function introduceInParagraph(para: Para, registry: Registry, titleMentions: TitleMention[]): void {
  const { tokens, text } = para;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap && (t.flags & INTRODUCERS) === 0) continue; // no title, honorific, role or name starts here
    const title = titleAt(tokens, i);
    if (title) {
      i = introduceAfterTitle(para, registry, titleMentions, i, title) - 1;
      continue;
    }
    const honorific = t.cap && t.flags & (t.dot ? W.honorificDot : W.honorific) ? HONORIFICS.get(t.dot ? `${t.lower}.` : t.lower) : undefined;
    if (honorific !== undefined) {
      const run = nameRunAt(text, tokens, i + 1);
      if (run && (gapIsSpace(text, t, tokens[i + 1]!) || t.dot)) {
        registry.introduce({ words: run.words, gender: honorific, at: POS(para.index, run.start) });
        i = run.to - 1;
      }
      continue;
    }
    // "Republican Dana Price": a party word introduces the name that follows and stays out of it.
    if (t.flags & W.party && t.cap) {
      const run = nameRunAt(text, tokens, i + 1);
      if (run && run.words.length >= 2 && gapIsSpace(text, t, tokens[i + 1]!)) {
        registry.introduce({ words: run.words, gender: guessGender(run.words[0]!, ''), at: POS(para.index, run.start) });
        i = run.to - 1;
        continue;
      }
    }
    if (t.flags & W.role && !t.cap) {
      const run = nameRunAt(text, tokens, i + 1);
      if (run && gapIsSpace(text, t, tokens[i + 1]!) && (run.words.length >= 2 || isKnownGivenName(run.words[0]!))) {
        const from = modifiersBefore(text, tokens, i, sentenceStart(para, t.start));
        const role = tokens
          .slice(from, i + 1)
          .map((x) => x.text)
          .join(' ');
        registry.introduce({ words: run.words, role, gender: guessGender(run.words[0]!, role), at: POS(para.index, run.start) });
        i = run.to - 1;
      }
      continue;
    }
    const run = nameRunAt(text, tokens, i);
    if (!run) continue;
    introduceBareName(para, registry, run);
    i = run.to - 1;
  }
}

/** "Russian Foreign Minister Sergey Lavrov", "the press secretary, Jen Psaki,", or just "the minister". */
function introduceAfterTitle(para: Para, registry: Registry, titleMentions: TitleMention[], i: number, title: { to: number; core: string }): number {
  const { tokens, text } = para;
  let to = title.to;
  let nameFrom = to;
  // "Minister of Finance Jane Doe": the words after "of" are part of the title, the last two the name.
  if (tokens[i]!.cap && !title.core.includes(' of ') && tokens[to] && /^(of|for|to)$/.test(tokens[to]!.lower)) {
    let end = to + 1;
    while (end < tokens.length && tokens[end]!.cap && end - to < 6 && gapIsSpace(text, tokens[end - 1]!, tokens[end]!)) end++;
    const caps = end - (to + 1);
    if (caps >= 1) {
      const nameWords = caps >= 3 ? 2 : 0;
      to = end - nameWords;
      nameFrom = to;
    }
  }
  const from = modifiersBefore(text, tokens, i, sentenceStart(para, tokens[i]!.start));
  const words = tokens.slice(from, to).map((x) => x.text);
  const capitalisedModifier = tokens.slice(from, i).some((x) => x.cap);
  const weak = WEAK_TITLES.has(title.core) && !capitalisedModifier && !tokens[i]!.cap;
  const head = headOf(title.core);
  const titleInfo = { text: displayTitle(words), head, strength: tokens[i]!.cap ? 3 : 2 };
  const before = tokens[nameFrom - 1]!;
  // "Sen. Ada Reyes": a title's own abbreviation dot. "… the State Attorney General. According to …" ends a sentence.
  const dotted = before.dot && (before.flags & (W.abbreviation | W.initials | W.honorificDot | W.titleModifierDot) || TITLES.has(`${before.lower}.`));
  const joined = tokens[nameFrom] && (gapIsSpace(text, before, tokens[nameFrom]!) || (dotted && text.slice(before.end, tokens[nameFrom]!.start) === '. '));
  let run = joined ? nameRunAt(text, tokens, nameFrom) : null;
  if (run && !namesPersonAfterTitle(run, tokens)) run = null;
  // "press secretary Maj. Gen. Pat Ryder": a rank between the office and the name; the office is the title.
  const rank = !run && joined ? titleAt(tokens, nameFrom) : null;
  // The title reads both, headed by the rank: in that article "the secretary" may well be someone else.
  const rankEnd = rank ? tokens[rank.to - 1]! : null;
  const rankGap = rankEnd && tokens[rank!.to] ? text.slice(rankEnd.end, tokens[rank!.to]!.start) : '';
  if (rank && (rankGap === ' ' || (rankEnd!.dot && rankGap === '. '))) run = nameRunAt(text, tokens, rank.to);
  if (run && rank) Object.assign(titleInfo, { text: displayTitle(tokens.slice(from, rank.to).map((x) => x.text)), head: headOf(rank.core) });
  let appositive = false;
  let comma = nameFrom;
  if (!run && tokens[comma] && /^(of|for|at|to)$/.test(tokens[comma]!.lower)) {
    // "The president of the European Commission, Ursula von der Leyen,": the office runs to the comma.
    while (comma < tokens.length && comma - nameFrom < 7 && !/[,.;:!?]/.test(text.slice(tokens[comma - 1]!.end, tokens[comma]!.start))) comma++;
  }
  if (!run && tokens[comma] && /^,\s$/.test(text.slice(tokens[comma - 1]!.end, tokens[comma]!.start))) {
    run = nameRunAt(text, tokens, comma);
    appositive = run !== null && run.words.length >= 2;
    if (!appositive) run = null;
  }
  if (run) {
    const office = comma > nameFrom ? displayTitle(tokens.slice(from, comma).map((x) => x.text)) : titleInfo.text;
    const intro = weak ? { role: office } : { title: { ...titleInfo, text: office, strength: appositive ? 2 : titleInfo.strength } };
    registry.introduce({ words: run.words, ...intro, gender: guessGender(run.words[0]!, title.core), at: POS(para.index, run.start) });
    return run.to;
  }
  const det = tokens[from - 1];
  if (!weak || head === 'leader') {
    titleMentions.push({
      paragraph: para.index,
      start: (det && DETERMINERS.has(det.lower) ? det : tokens[from]!).start,
      end: tokens[to - 1]!.end,
      head,
      text: titleInfo.text,
    });
  }
  return to;
}

/**
 * "General Manager of …", "Premier Solution Partner": a role word alone, or a run ending in one whose first
 * word is no given name, continues the title and names no one. "Queen Elizabeth", "Minister Julie Bishop" do.
 */
function namesPersonAfterTitle(run: NameRun, tokens: Token[]): boolean {
  const first = tokens[run.from]!;
  const last = tokens[run.to - 1]!;
  if (run.to - run.from === 1) return (first.flags & (W.role | W.titleStart)) === 0;
  return (last.flags & W.role) === 0 || isKnownGivenName(first.word.bare);
}

/** A name with no title before it: introduced by an appositive, or by a speech verb next to a full name. */
function introduceBareName(para: Para, registry: Registry, run: NameRun): void {
  const { tokens, text } = para;
  const at = POS(para.index, run.start);
  const after = tokens[run.to];
  if (after && /^,\s$/.test(text.slice(tokens[run.to - 1]!.end, after.start))) {
    const found = appositiveTitle(para, run.to);
    if (found && (found.title || run.words.length >= 2)) {
      registry.introduce({ words: run.words, ...found, gender: guessGender(run.words[0]!, found.title?.head ?? ''), at });
      return;
    }
  }
  const before = tokens[run.from - 1];
  const commaAfter = after && /^,\s$/.test(text.slice(tokens[run.to - 1]!.end, after.start));
  // "hostile to Ada Reyes, who …", "the rise of Ada Reyes, whose …": a relative "who" marks a person even after a
  // preposition, where a capitalised run is otherwise a place or an organisation.
  // "…, with Ada Reyes tweeting that …": a place is never the subject of a speech verb's participle.
  const participle = before?.lower === 'with' && after && !after.cap && after.lower.endsWith('ing') && (after.flags & W.speech) !== 0;
  const introduced = run.words.length >= 2 && ((commaAfter && /^(who|whose)$/.test(after.lower)) || participle);
  if (before && PLACE_BEFORE.has(before.lower) && !introduced) return;
  // "Kerry Ann Doyle, 38, who lives opposite" and "Achieng Odhiambo, 24, a developer": ages and relative clauses mark people.
  const aged = commaAfter && /^\d{1,3}$/.test(after.text) && /^,/.test(text.slice(after.end));
  const relative = commaAfter && /^(who|whose)$/.test(after.lower);
  // "Ilka Dunmore said", "Ilka Dunmore famously said"; and a credit line: "“…” ― Ilka Dunmore".
  const adverb = after && !after.cap && after.lower.endsWith('ly') && gapIsSpace(text, after, tokens[run.to + 1] ?? after);
  const verbAfter = after && (after.flags & W.speech || (adverb && (tokens[run.to + 1]?.flags ?? 0) & W.speech));
  const credit = /[”"]\s*[—―–]\s*$/.test(text.slice(Math.max(0, run.start - 6), run.start));
  // A label: "Jonah Ferrell, Radio Kestrel: “…”".
  const label = /^(?:,[^,.;:“”"]{1,40})?:\s*[“"]/.test(text.slice(run.end, run.end + 48));
  const verbBefore = before && (before.flags & W.speech || (before.lower === 'to' && tokens[run.from - 2]?.lower === 'according'));
  const apposed = commaAfter && run.words.length >= 2 && DETERMINERS.has(after.lower) && verbAfterAppositive(para, run.to);
  // "Ilka Dunmore echoed:" closing its paragraph: a verb in the past, then the colon that opens the next one's quote.
  const colonLine = after && !after.cap && after.lower.endsWith('ed') && text.slice(after.end).trim() === ':' && gapIsSpace(text, tokens[run.to - 1]!, after);
  if (run.words.length >= 2 && (verbAfter || verbBefore || relative || aged || credit || label || apposed || colonLine || registry.find(run.words))) {
    registry.introduce({ words: run.words, gender: guessGender(run.words[0]!, ''), at });
  } else if (run.words.length === 1 && verbBefore && relative) {
    // "said Hollande, who returned to Paris": a surname alone, but a speaker and a "who".
    registry.introduce({ words: run.words, gender: null, at });
  }
}

/** "Ada Reyes, the harbour's chief pilot, told reporters": an appositive closed by a comma, then a speech verb. */
function verbAfterAppositive(para: Para, from: number): boolean {
  const { tokens, text } = para;
  // "Ada Reyes, a baker from Lund, North Tarn, says": a place in the appositive may hold commas of its own.
  for (let j = from + 1; j < tokens.length && j < from + 24; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[.;:!?“”"()]/.test(gap)) return false;
    if (gap.includes(',') && (tokens[j]!.flags & W.speech) !== 0 && !tokens[j]!.cap) return true;
  }
  return false;
}

/**
 * A full name with no title or verb beside it ("For a decade, Annelies van den Broek was known…") is a person
 * when it starts with a common given name, or when the article later calls them by the surname alone.
 */
function introduceByLaterUse(paras: Para[], registry: Registry): void {
  const singles = new Map<string, number>();
  const candidates: Array<{ run: NameRun; para: Para }> = [];
  for (const para of paras) {
    if (para.titleCase) continue;
    const { tokens, text } = para;
    for (let i = 0; i < tokens.length; i++) {
      if ((tokens[i]!.flags & W.name) === 0) continue; // what nameRunAt would say, without the call
      const run = nameRunAt(text, tokens, i);
      if (!run) continue;
      i = run.to - 1;
      const before = tokens[run.from - 1];
      if (before && PLACE_BEFORE.has(before.lower)) continue;
      const last = tokens[run.to - 1]!.word.bareLower;
      singles.set(last, (singles.get(last) ?? 0) + 1);
      // "Said Vell:", "Stated Vell:": an inverted speech verb opens the run; it is no given name.
      if ((tokens[run.from]!.flags & W.speech) !== 0) continue;
      if (run.words.length >= 2 && run.words.length <= 4 && !registry.find(run.words)) candidates.push({ run, para });
    }
  }
  const surnames = new Set(registry.people.map((p) => p.words[p.words.length - 1]!.toLowerCase()));
  for (const { run, para } of candidates) {
    const surname = run.words[run.words.length - 1]!.toLowerCase();
    const given = isKnownGivenName(run.words[0]!);
    // “Tides Are Kinder Than Reelecting Lund”: inside a quoted title every word is capitalised, so a
    // word before a known person's surname is no given name.
    if (!given && surnames.has(surname) && para.quotes.some((q) => q.start <= run.start && run.end <= q.end)) continue;
    if (given || (singles.get(surname) ?? 0) > 1) {
      registry.introduce({ words: run.words, gender: guessGender(run.words[0]!, ''), at: POS(para.index, run.start) });
    }
  }
}

/** Reads ", the White House press secretary," or ", a professor at ..." after a name. */
function appositiveTitle(para: Para, i: number): { title?: { text: string; head: string; strength: number }; role?: string } | null {
  const { tokens, text } = para;
  let k = i;
  if (tokens[k] && (DETERMINERS.has(tokens[k]!.lower) || /['’]s$/.test(tokens[k]!.text))) k++;
  // "Yuki Matsumoto, 34, a nurse": step over the age.
  if (tokens[k] && /^\d{1,3}$/.test(tokens[k]!.text) && /^,\s$/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end))) k++;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
  if (tokens[k] && /['’]s$/.test(tokens[k]!.text)) k++;
  // "Tomas Vell, Mr. Arkin’s chief engineer,": an honorific and its possessive name only qualify the title.
  else if (tokens[k]?.flags && tokens[k]!.flags & W.honorificDot && tokens[k]!.dot && /['’]s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  for (let j = k; j < Math.min(tokens.length, k + 7); j++) {
    if (j > i && /[,.;:!?“”"]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    if (/^(who|whose|which|that)$/.test(tokens[j]!.lower)) break;
    const title = titleAt(tokens, j);
    if (title && tokens[title.to] && gapIsSpace(text, tokens[title.to - 1]!, tokens[title.to]!) && nameRunAt(text, tokens, title.to)) return null;
    if (title && !closesAppositive(para, title.to)) return null;
    const governs = title && (tokens.slice(i, j).some((x) => x.cap) || officeFollows(para, title.to));
    if (title && (!WEAK_TITLES.has(title.core) || governs)) {
      const words = tokens.slice(k, title.to).map((x) => x.text);
      return { title: { text: displayTitle(words), head: headOf(title.core), strength: 2 } };
    }
    if (ROLES.has(tokens[j]!.lower))
      return {
        role: tokens
          .slice(k, j + 1)
          .map((x) => x.text)
          .join(' '),
      };
  }
  return null;
}

/** "leader of the main opposition Republican People’s Party": a weak title heading a named institution. */
function officeFollows(para: Para, to: number): boolean {
  const { tokens } = para;
  if (!tokens[to] || !/^(of|for|at)$/.test(tokens[to]!.lower)) return false;
  for (let j = to + 1; j < Math.min(tokens.length, to + 8); j++) {
    if (/[,.;:!?()]/.test(para.text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    if (tokens[j]!.cap) return true;
  }
  return false;
}

/** An appositive ends at a comma, a sentence end, or a speech verb: "Psaki, the press secretary, said". */
function closesAppositive(para: Para, to: number): boolean {
  const { tokens, text } = para;
  for (let j = to; j < Math.min(tokens.length, to + 14); j++) {
    if (/[,.;:!?)—–]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return true;
    if (tokens[j]!.flags & W.speech) return false;
  }
  return to >= tokens.length;
}

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
