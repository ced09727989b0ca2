/** A name with no title before it: introduced by an appositive, a speech verb, an age, a label, or by later use. */
import { POS, type Para } from './context';
import { gapIsSpace, nameRunAt, type NameRun } from './names';
import { guessGender, isKnownGivenName } from './gender';
import { appositiveTitle } from './appositive-titles';
import { DETERMINERS, PLACE_BEFORE } from './introduction-words';
import type { Registry } from './registry';
import { W } from './words';

/** A name with no title before it: introduced by an appositive, or by a speech verb next to a full name. */
export function introduceBareName(para: Para, registry: Registry, run: NameRun): void {
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
export function introduceByLaterUse(paras: Para[], registry: Registry): void {
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
