/** The subject right after a speech verb: "said Biden", "said Marsh adviser Ira Bell", "said a senior official". */
import { tokenIndexAt, type Para } from './context';
import { DESCRIPTION_OPENERS, SPEAKER_NOUNS, TITLES } from './lexicon';
import { titleAt } from './names';
import type { Person } from './registry';
import type { MentionIndex, Subject } from './subjects';
import type { Token } from './tokens';
import { AUXILIARY, CONNECTORS, STOPS, afterInitials, gap, headWord, isRoleNoun, isSpeechVerb, spaceGap } from './subject-words';
import { W } from './words';

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
