/**
 * Finds the people of an article in two passes: introductions (a name with a title, honorific,
 * role, appositive, byline or speech verb) register people; then every later form of their
 * name ("Psaki", "Mr. Putin", "Putin's") becomes a mention of the same person. This module owns the first
 * pass's order; the introductions live in title-introductions.ts, bare-names.ts and appositive-titles.ts,
 * the second pass in name-mentions.ts.
 */
import { POS, sentenceStart, type Para } from './context';
import { HONORIFICS } from './lexicon';
import { gapIsSpace, modifiersBefore, nameRunAt, titleAt } from './names';
import { guessGender, isKnownGivenName } from './gender';
import { Registry } from './registry';
import { introduceAfterTitle } from './title-introductions';
import { introduceBareName, introduceByLaterUse } from './bare-names';
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
