/** Subjects set off by commas before a verb: the appositive's own name, the name before it, a qualified name. */
import type { Para } from './context';
import { PREPOSITIONS, SPEAKER_NOUNS, TITLES } from './lexicon';
import { titleAt } from './names';
import { descriptionEndingAt } from './described-subjects';
import type { MentionIndex, Subject } from './subjects';
import { gap, spaceGap } from './subject-words';
import { W } from './words';

/**
 * "the chief counsel, Ada Reyes, said": the name is the appositive itself when a comma or the sentence start
 * comes before it. "Ida Marsh, a spokeswoman for Governor Paul Oduya, said": after a lower-case word it is
 * an object inside the appositive, and the speaker is the name before it.
 */
export function closesAppositive(para: Para, k: number, limit: number): boolean {
  let j = k;
  while (j - 1 >= limit && j > k - 6 && para.tokens[j - 1]!.cap && /^(?:\.? |[ \u00a0])$/.test(gap(para, j - 1, j))) j--;
  if (j - 1 < limit) return true;
  const before = para.tokens[j - 1]!;
  // "the lead petitioner, journalist Ada Reyes, said": a role noun before the name belongs to the appositive.
  // A title only when its phrase ends at the name: "under" starts "under secretary" but is a preposition alone.
  return !/^[ \u00a0]$/.test(gap(para, j - 1, j)) || before.cap || (before.flags & W.role) !== 0 || titleAt(para.tokens, j - 1)?.to === j;
}

/** Nearest person whose name is followed by a comma, stepping back over an appositive clause. */
export function personBeforeAppositive(para: Para, k: number, limit: number, mentions: MentionIndex): Subject | null {
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
export function personBeforeQualifier(para: Para, k: number, limit: number, mentions: MentionIndex): Subject | null {
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
