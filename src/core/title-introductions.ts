/** A name introduced by the title before it ("Foreign Minister Sergey Lavrov", "the press secretary, Jen Psaki,"). */
import { POS, sentenceStart, type Para } from './context';
import { TITLES, WEAK_TITLES } from './lexicon';
import { displayTitle, gapIsSpace, headOf, modifiersBefore, nameRunAt, titleAt, type NameRun } from './names';
import { guessGender, isKnownGivenName } from './gender';
import { DETERMINERS } from './introduction-words';
import type { TitleMention } from './people';
import type { Registry } from './registry';
import type { Token } from './tokens';
import { W } from './words';

/** "Russian Foreign Minister Sergey Lavrov", "the press secretary, Jen Psaki,", or just "the minister". */
export function introduceAfterTitle(para: Para, registry: Registry, titleMentions: TitleMention[], i: number, title: { to: number; core: string }): number {
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
