/** Reads the speaker phrase next to a speech verb: a name, a pronoun, a title, or a description. */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import { DESCRIPTION_OPENERS, PREPOSITIONS, ROLES, SPEAKER_NOUNS, TITLES } from './lexicon';
import { titleAt } from './names';
import type { Person } from './registry';
import type { Token } from './tokens';
import { W } from './words';

export type Subject =
  | { kind: 'person'; person: Person; start: number }
  | { kind: 'pronoun'; gender: 'm' | 'f'; start: number }
  | { kind: 'title'; head: string; text: string; start: number }
  | { kind: 'description'; text: string; start: number }
  | { kind: 'word'; text: string; start: number }
  /** "it said", "they said": an attribution to someone the engine does not name. */
  | { kind: 'unnamed'; start: number };

export interface MentionIndex {
  endingAt(paragraph: number, offset: number): Person | null;
  startingAt(paragraph: number, offset: number): { person: Person; end: number } | null;
}

const ADVERBS = new Set(
  `also later then previously repeatedly again further had has have was is were are would will could did does do once earlier
recently separately publicly privately bluntly flatly simply quickly firmly angrily reportedly only first last never often even just already still
subsequently has also had also then also initially finally curtly calmly tersely openly sharply frankly clearly told not never
didn't don't doesn't hasn't haven't hadn't won't wouldn't couldn't didn’t don’t doesn’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t`.split(/\s+/),
);
const TIMES = new Set(
  `on last this late early earlier next monday tuesday wednesday thursday friday saturday sunday week weekend month year night
morning afternoon evening today yesterday tonight`.split(/\s+/),
);
const STOPS = new Set('that and but which who while because when where as if than so or nor yet whom whose what though although after before since'.split(' '));
const UNNAMED = new Set(['it', 'they', 'we']);
const AUXILIARY = /^(could|would|will|can|may|might|should|must|is|was|are|were|has|had|have)$/;
const CONNECTORS = new Set(['for', 'of', 'at', 'in', 'from', 'with', 'to', 'on']);

/** Nouns that end like adverbs: "the family said" must not step over "family". */
const LY_NOUNS = new Set(
  'family ally rally assembly anomaly monopoly supply reply bully belly folly homily daily weekly monthly quarterly italy july'.split(' '),
);
/** "Mayor Reyes famously said": listed adverbs, and any lower-case -ly word that is not a known noun. */
const isAdverb = (t: Token) => ADVERBS.has(t.lower) || (!t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));

/** A speech verb ("said", "told"), known from the token's word facts. */
export const isSpeechVerb = (t: Token) => (t.flags & W.speech) !== 0;

const gap = (para: Para, a: number, b: number) => para.text.slice(para.tokens[a]!.end, para.tokens[b]!.start);
/** One space, or a few (real pages double them: "said  Ada Reyes"). */
const spaceGap = (g: string) => g === ' ' || g === '\u00a0' || (g.length <= 3 && /^[ \u00a0]+$/.test(g));

/** The subject ending just before the verb at token v, not reaching before token `limit`. */
export function subjectLeftOf(para: Para, v: number, limit: number, mentions: MentionIndex): Subject | null {
  let k = skipParenthetical(para, v - 1, limit);
  let bracketed = k !== v - 1;
  // "Banerjee on Tuesday accused", "Lee later asked": step over adverbs and times.
  while (!bracketed && k >= limit && (isAdverb(para.tokens[k]!) || TIMES.has(para.tokens[k]!.lower)) && spaceGap(gap(para, k, k + 1))) k--;
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

/**
 * "the chief counsel, Ada Reyes, said": the name is the appositive itself when a comma or the sentence start
 * comes before it. "Ida Marsh, a spokeswoman for Governor Paul Oduya, said": after a lower-case word it is
 * an object inside the appositive, and the speaker is the name before it.
 */
function closesAppositive(para: Para, k: number, limit: number): boolean {
  let j = k;
  while (j - 1 >= limit && j > k - 6 && para.tokens[j - 1]!.cap && /^(?:\.? |[ \u00a0])$/.test(gap(para, j - 1, j))) j--;
  if (j - 1 < limit) return true;
  const before = para.tokens[j - 1]!;
  // "the lead petitioner, journalist Ada Reyes, said": a role noun before the name belongs to the appositive.
  // A title only when its phrase ends at the name: "under" starts "under secretary" but is a preposition alone.
  return !/^[ \u00a0]$/.test(gap(para, j - 1, j)) || before.cap || (before.flags & W.role) !== 0 || titleAt(para.tokens, j - 1)?.to === j;
}

/** Nearest person whose name is followed by a comma, stepping back over an appositive clause. */
function personBeforeAppositive(para: Para, k: number, limit: number, mentions: MentionIndex): Subject | null {
  for (let j = k - 1; j >= limit && j >= k - 30; j--) {
    const g = gap(para, j, j + 1);
    // A sentence ends here, unless the full stop is an initial's ("George W. Bush") or an abbreviation's
    // ("Ida Marsh, Mr. Oduya's deputy, said", "an economist at Halden Co. Ltd., said").
    if (/[;:!?"“”]/.test(g) || (/\.\s/.test(g) && !(para.tokens[j]!.dot && (para.tokens[j]!.flags & (W.initials | W.abbreviation)) !== 0))) return null;
    if (!/^\.?,\s$/.test(gap(para, j, j + 1))) continue;
    const t = para.tokens[j]!;
    const person = mentions.endingAt(para.index, t.end);
    // "An article about Ada Reyes, one of the organisers, reported": a name after a preposition is its object.
    if (person) return afterPreposition(para, j, limit) ? null : { kind: 'person', person, start: t.start };
    const qualified = personBeforeQualifier(para, j, limit, mentions);
    if (qualified) return qualified;
    if (t.lower === 'he' || t.lower === 'she') return { kind: 'pronoun', gender: t.lower === 'he' ? 'm' : 'f', start: t.start };
    // "“…,” Tidewire, the harbour news agency, wrote": one capitalised word that names no person, as written.
    // Not a party-and-state tag ("Rep. Ada Reyes, D-Ohio, said"): letters only, and no name just before it.
    // Nor a region after its town ("a chemist at the Orland Center in Greenbelt, Maryland, said"): a capitalised
    // word and a comma before it. After a lower-case word it still is one: "the mayor's son, Grant, said".
    const before = j === limit ? '' : gap(para, j - 1, j);
    const region = /^,\s$/.test(before) && para.tokens[j - 1]!.cap;
    const alone = j === limit || (!spaceGap(before) && !region && !mentions.endingAt(para.index, para.tokens[j - 1]!.end));
    if (t.cap && !t.word.possessive && (t.flags & W.name) !== 0 && /^\p{L}+$/u.test(t.word.bare) && alone) {
      return { kind: 'word', text: t.word.bare, start: t.start };
    }
    if (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower)) {
      // "Hayashi, the government’s top spokesman, rejected": the description is itself an appositive.
      const described = descriptionEndingAt(para, j, limit);
      return (described && nameBefore(para, described.start, mentions)) ?? described;
    }
  }
  return null;
}

/** The capitalised run ending at token j stands right after a lower-case preposition. */
function afterPreposition(para: Para, j: number, limit: number): boolean {
  let i = j;
  while (i - 1 >= limit && para.tokens[i - 1]!.cap && spaceGap(gap(para, i - 1, i))) i--;
  const before = para.tokens[i - 1];
  return i - 1 >= limit && !before!.cap && PREPOSITIONS.has(before!.lower) && spaceGap(gap(para, i - 1, i));
}

function nameBefore(para: Para, offset: number, mentions: MentionIndex): Subject | null {
  const i = para.tokens.findIndex((t) => t.start === offset);
  const t = para.tokens[i - 1];
  if (!t || !/^\.?,\s$/.test(gap(para, i - 1, i))) return null;
  const person = mentions.endingAt(para.index, t.end);
  return person ? { kind: 'person', person, start: t.start } : null;
}

/** "Kristen Hall of The Columbus Dispatch asked": the person before "of", "from" or "at". */
function personBeforeQualifier(para: Para, k: number, limit: number, mentions: MentionIndex): Subject | null {
  for (let j = k - 1; j >= limit && j >= k - 7; j--) {
    if (!spaceGap(gap(para, j, j + 1))) return null;
    const t = para.tokens[j]!;
    if (!/^(of|from|at|with)$/.test(t.lower)) continue;
    const before = para.tokens[j - 1];
    const person = before && j - 1 >= limit ? mentions.endingAt(para.index, before.end) : null;
    if (person) return { kind: 'person', person, start: before!.start };
  }
  return null;
}

function descriptionEndingAt(para: Para, k: number, limit: number): Subject | null {
  const qualified = qualifiedNounBefore(para, k, limit);
  if (qualified !== null) k = qualified.end;
  const t = para.tokens[k]!;
  // Role nouns too: "the Ohio businessman said", "my grandfather often said"; and a party's member: "a Tarn
  // Republican said", "one senior Democrat said".
  const party = t.cap && (t.flags & W.party) !== 0 && !t.lower.endsWith('s') && !t.word.possessive && partyMember(para, k, limit);
  const isNoun = qualified !== null || SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower) || (!t.cap && isRoleNoun(t)) || party;
  if (!isNoun && !t.cap) return plainNounPhrase(para, k, limit);
  // "Marsh’s remarks", "Another said": a possessive or a capitalised function word is no speaker.
  if (!isNoun && (t.word.possessive || (t.flags & W.name) === 0)) return null;
  let from = k;
  let opener = -1;
  for (let j = k - 1; j >= limit && j >= k - 9; j--) {
    if (!spaceGap(gap(para, j, j + 1)) && gap(para, j, j + 1) !== '-' && !afterInitials(para, j)) break;
    const tok = para.tokens[j]!;
    const lower = tok.lower;
    if (!tok.cap && (STOPS.has(lower) || isSpeechVerb(tok))) break;
    from = j;
    if (DESCRIPTION_OPENERS.has(lower) && !/^(senior|top|other)$/.test(lower)) {
      // "“holiday tax”, a label the Commission rejects": a determiner and a common noun before another
      // determiner is a noun phrase with a reduced relative clause. The quote is what the clause's subject
      // rejects or uses, not its words, so the phrase names no speaker.
      if (opener > j + 1 && commonNounsOnly(para, j + 1, opener)) return null;
      opener = j;
    }
  }
  if (opener >= 0) from = opener;
  else while (from < k && CONNECTORS.has(para.tokens[from]!.lower)) from++;
  const text = para.text.slice(para.tokens[from]!.start, t.end);
  if (!isNoun) {
    // A capitalised word alone ("Moscow said", "the Kremlin said"): keep it as written, never as a person.
    if (opener < 0 && from < k) return null;
    // "an account of Ames telling …": the phrase is headed by a common noun that is no speaker.
    for (let j = from + 1; j < k; j++) {
      const noun = para.tokens[j - 1]!;
      if (CONNECTORS.has(para.tokens[j]!.lower) && !noun.cap && !SPEAKER_NOUNS.has(noun.lower) && !TITLES.has(noun.lower) && !isRoleNoun(noun)) return null;
    }
    return { kind: opener >= 0 ? 'description' : 'word', text, start: para.tokens[from]!.start };
  }
  const title = titleAt(para.tokens, k);
  const lowerFirst = para.tokens[from]!.lower;
  if (title && lowerFirst === 'the') return { kind: 'title', head: headWord(t.lower), text, start: para.tokens[from]!.start };
  if (opener < 0 && !/s$/.test(t.lower)) return null; // "minister said" without a determiner is not a speaker phrase
  return { kind: 'description', text, start: para.tokens[from]!.start };
}

/**
 * "the note said", "the retired neurosurgeon said", "the 46-year-old told": a determiner and lower-case words
 * only, ending right before the verb. Documents speak in the corpus's sense and the reader's ("according to
 * the audit"), and a described person is a speaker, kept as written. Not a verb's auxiliary ("the town has").
 */
function plainNounPhrase(para: Para, k: number, limit: number): Subject | null {
  const t = para.tokens[k]!;
  if (!/^[\p{Ll}\d][\p{Ll}\d-]*\p{Ll}$/u.test(t.text) || t.text.length < 3 || AUXILIARY.test(t.lower) || STOPS.has(t.lower) || isAdverb(t)) return null;
  if (PREPOSITIONS.has(t.lower) || t.lower.endsWith('ing')) return null;
  // "a poem called “Winter Light”": a participle that names a thing, not a verb that reports.
  if (/^(called|named|titled|entitled|dubbed|nicknamed|labell?ed|known|billed|branded)$/.test(para.tokens[k + 1]?.lower ?? '')) return null;
  for (let j = k - 1; j >= limit && j >= k - 4; j--) {
    if (!spaceGap(gap(para, j, j + 1))) return null;
    const w = para.tokens[j]!;
    if (DESCRIPTION_OPENERS.has(w.lower) && !/^(senior|top|other|my|his|her|their|our)$/.test(w.lower)) {
      // The phrase opens the sentence or follows the quote: "“…,” the note said." / "The note said: …"
      const before = j === limit ? '' : gap(para, j - 1, j);
      const time = j !== limit && (TIMES.has(para.tokens[j - 1]!.lower) || (para.tokens[j - 1]!.flags & W.month) !== 0);
      if (j !== limit && !time && !/[,.;:!?“”"—–]\s*$/.test(before)) return null;
      return { kind: 'description', text: para.text.slice(w.start, t.end), start: w.start };
    }
    if (w.cap || !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w.text) || STOPS.has(w.lower) || PREPOSITIONS.has(w.lower) || AUXILIARY.test(w.lower)) return null;
  }
  return null;
}

/** "a Tarn Republican", "one senior Democrat": a determiner, then places or a rank, then the party word. */
function partyMember(para: Para, k: number, limit: number): boolean {
  for (let j = k - 1; j >= limit && j >= k - 4; j--) {
    if (!spaceGap(gap(para, j, j + 1))) return false;
    const w = para.tokens[j]!;
    if (DESCRIPTION_OPENERS.has(w.lower) && !/^(senior|top|other)$/.test(w.lower)) return true;
    if (!w.cap && !/^(senior|top|prominent|leading|former|moderate|longtime|veteran|fellow|local)$/.test(w.lower)) return false;
  }
  return false;
}

/** "a U.S. official": the full stop of an initialism ends no phrase. */
function afterInitials(para: Para, j: number): boolean {
  const t = para.tokens[j]!;
  return t.dot && (t.flags & W.initials) !== 0 && t.text.includes('.') && gap(para, j, j + 1) === '. ';
}

/** Tokens [from, to) are all lower-case words that head no speaker phrase ("a label", "the claim"). */
function commonNounsOnly(para: Para, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = para.tokens[j]!;
    if (t.cap || DESCRIPTION_OPENERS.has(t.lower) || SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower) || isRoleNoun(t)) return false;
  }
  return true;
}

/**
 * "a spokesperson for the treasury said": the speaker noun sits before a qualifier ("for", "of", "at").
 * Returns the last token of the whole phrase when the words before k are such a qualifier.
 */
function qualifiedNounBefore(para: Para, k: number, limit: number): { end: number } | null {
  for (let j = k - 1; j >= limit && j >= k - 5; j--) {
    if (!spaceGap(gap(para, j, j + 1))) return null;
    const w = para.tokens[j]!;
    if (!w.cap && (STOPS.has(w.lower) || isSpeechVerb(w))) return null;
    if (!CONNECTORS.has(w.lower)) continue;
    const noun = para.tokens[j - 1];
    if (noun && j - 1 >= limit && (SPEAKER_NOUNS.has(noun.lower) || TITLES.has(noun.lower)) && !noun.cap) return { end: k };
  }
  return null;
}

const headWord = (w: string) => ({ spokesman: 'spokesperson', spokeswoman: 'spokesperson' })[w] ?? w;

/**
 * "said Marsh adviser Ira Bell", "said Marsh’s press aide Ira Bell": the first name only modifies the noun
 * that the second one heads, and the second is the speaker.
 */
function headNameAfter(para: Para, end: number, limitEnd: number, mentions: MentionIndex): Person | null {
  let j = tokenIndexAt(para.tokens, end);
  if (j >= para.tokens.length || !spaceGap(para.text.slice(end, para.tokens[j]!.start).replace(/^['’]s/, ''))) return null;
  for (let n = 0; j < para.tokens.length && n < 5 && para.tokens[j]!.start < limitEnd; j++, n++) {
    const x = para.tokens[j]!;
    // "said Marsh’s deputy campaign manager, Ira Bell, who …": the name in apposition heads the phrase.
    if (n > 0 && /^,\s$/.test(gap(para, j - 1, j))) return x.cap ? (mentions.startingAt(para.index, x.start)?.person ?? null) : null;
    if (n > 0 && !spaceGap(gap(para, j - 1, j))) return null;
    if (n > 0 && x.cap) {
      const named = mentions.startingAt(para.index, x.start);
      if (named) return named.person;
    }
    if (!x.cap && (STOPS.has(x.lower) || CONNECTORS.has(x.lower) || isSpeechVerb(x) || /^(in|on|at|during|after|before|when|who|to)$/.test(x.lower)))
      return null;
  }
  return null;
}

/** The name after the first comma within a few words of token `end` ("…friend at Tarn College, Bo Turrin"). */
function apposedName(para: Para, end: number, limitEnd: number, mentions: MentionIndex): Person | null {
  for (let j = end; j < end + 5 && j + 1 < para.tokens.length && para.tokens[j + 1]!.start < limitEnd; j++) {
    const g = gap(para, j, j + 1);
    if (/^,\s$/.test(g)) return mentions.startingAt(para.index, para.tokens[j + 1]!.start)?.person ?? null;
    if (!spaceGap(g)) return null;
  }
  return null;
}

/** A possessive ending at `end` ("Marsh’s", "Marsh’") followed by a lower-case noun. */
function ownsNounAfter(para: Para, end: number): boolean {
  const m = /^(?:['’]s?)?[ \u00a0]+/.exec(para.text.slice(end, end + 4));
  const j = tokenIndexAt(para.tokens, end);
  const owner = para.tokens[j - 1];
  if (!owner || !(owner.word.possessive || (m && m[0].trim() !== ''))) return false;
  const noun = para.tokens[para.tokens[j]?.start === end ? j + 1 : j];
  return noun !== undefined && !noun.cap && (SPEAKER_NOUNS.has(noun.lower) || TITLES.has(noun.lower) || isRoleNoun(noun));
}

const GROUPS = new Set([
  'campaign',
  'campaigns',
  'team',
  'camp',
  'administration',
  'aides',
  'allies',
  'staff',
  'advisers',
  'advisors',
  'lawyers',
  'attorneys',
  'supporters',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** The end of a group noun right after a name ("the Marsh campaign"), or 0. */
function groupAfter(para: Para, end: number, limitEnd: number): number {
  const j = tokenIndexAt(para.tokens, end);
  const noun = para.tokens[j];
  return noun && noun.start < limitEnd && !noun.cap && GROUPS.has(noun.lower) && spaceGap(para.text.slice(end, noun.start)) ? noun.end : 0;
}

/** "businessman", and plurals of role nouns ("managers", "nurses"). */
const isRoleNoun = (t: Token) => (t.flags & W.role) !== 0 || (t.lower.endsWith('s') && ROLES.has(t.lower.slice(0, -1)));

/** The subject right after a verb at token v ("said Biden", "said a senior official"). */
export function subjectRightOf(para: Para, v: number, limitEnd: number, mentions: MentionIndex): Subject | null {
  const k = v + 1;
  const t = para.tokens[k];
  if (!t || t.start >= limitEnd || !spaceGap(gap(para, v, k))) return null;
  if (t.lower === 'he' || t.lower === 'she') return { kind: 'pronoun', gender: t.lower === 'he' ? 'm' : 'f', start: t.start };
  if (!t.cap && (STOPS.has(t.lower) || CONNECTORS.has(t.lower))) return null; // "said that the person…", "said of the plan"
  // Titles before a name: "said Russian Foreign Minister Sergey Lavrov".
  for (let j = k; j < Math.min(para.tokens.length, k + 6); j++) {
    if (j > k && !spaceGap(gap(para, j - 1, j)) && !(para.tokens[j - 1]!.dot && gap(para, j - 1, j) === '. ')) break;
    const named = mentions.startingAt(para.index, para.tokens[j]!.start);
    if (!named) continue;
    const head = headNameAfter(para, named.end, limitEnd, mentions);
    if (head) return { kind: 'person', person: head, start: t.start };
    // "said Marsh’s spokesman": the owner only qualifies the speaker, who has no name here.
    if (j === k && ownsNounAfter(para, named.end)) break;
    // "according to the Marsh campaign": the name qualifies a group, which speaks.
    const group = groupAfter(para, named.end, limitEnd);
    if (group) return { kind: 'description', text: para.text.slice(t.start, group), start: t.start };
    return { kind: 'person', person: named.person, start: t.start };
  }
  let end = k;
  while (end + 1 < para.tokens.length && end - k < 8 && para.tokens[end + 1]!.start < limitEnd) {
    const g = gap(para, end, end + 1);
    const next = para.tokens[end + 1]!.lower;
    // "said the mayor could be …": an auxiliary starts the reported clause, past the speaker phrase.
    if (
      (!spaceGap(g) && !afterInitials(para, end)) ||
      STOPS.has(next) ||
      /^(in|on|at|during|after|before|on|when|who|told|to)$/.test(next) ||
      AUXILIARY.test(next)
    )
      break;
    end++;
  }
  // "said another leading advocate, Ada Reyes of Lund Orrin", "said his friend at Tarn College, Bo Turrin": the name in
  // apposition is the speaker.
  const named = DESCRIPTION_OPENERS.has(t.lower) || t.word.possessive ? apposedName(para, end, limitEnd, mentions) : null;
  if (named) return { kind: 'person', person: named, start: t.start };
  if (!DESCRIPTION_OPENERS.has(t.lower) && !t.word.possessive && !SPEAKER_NOUNS.has(para.tokens[end]!.lower)) return null;
  const isParty = (x: Token) => x.cap && (x.flags & W.party) !== 0 && x === para.tokens[end];
  const nounAt = [...para.tokens.slice(k, end + 1)].findIndex(
    (x) => SPEAKER_NOUNS.has(x.lower) || TITLES.has(x.lower) || (!x.cap && isRoleNoun(x)) || isParty(x),
  );
  if (nounAt < 0) return null;
  const text = para.text.slice(t.start, para.tokens[end]!.end);
  const last = para.tokens[end]!;
  if (t.lower === 'the' && titleAt(para.tokens, end)) return { kind: 'title', head: headWord(last.lower), text, start: t.start };
  return { kind: 'description', text, start: t.start };
}
