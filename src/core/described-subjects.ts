/** A speaker described rather than named, ending right before its verb: "the mayor", "a Tarn Republican", "the note". */
import type { Para } from './context';
import { DESCRIPTION_OPENERS, PREPOSITIONS, SPEAKER_NOUNS, TITLES } from './lexicon';
import { titleAt } from './names';
import type { Subject } from './subjects';
import { AUXILIARY, CONNECTORS, STOPS, TIMES, afterInitials, gap, headWord, beforeVerb, isRoleNoun, isSpeechVerb, spaceGap } from './subject-words';
import { W } from './words';

export function descriptionEndingAt(para: Para, k: number, limit: number): Subject | null {
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
  if (!/^[\p{Ll}\d][\p{Ll}\d-]*\p{Ll}$/u.test(t.text) || t.text.length < 3 || AUXILIARY.test(t.lower) || STOPS.has(t.lower) || beforeVerb(t)) return null;
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
