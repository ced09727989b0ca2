/**
 * Headlines quote the story's subject: the person leading the headline, else the article's most-mentioned person
 * as a guess. Headlines follow their own grammar (title case, shouting, colons), hence a module of their own.
 */
import type { Para } from './context';
import type { Person } from './registry';
import { type Found, type QuoteContext, plain } from './attribution-types';

/** Headlines quote the story's subject: the first person they name, else the article's most-mentioned person. */
export function isHeadline(para: Para): boolean {
  return para.index === 0 || (para.index <= 2 && para.titleCase);
}

export function headlineSpeaker(ctx: QuoteContext): Found {
  const { para, deps } = ctx;
  const lower = para.text.toLowerCase();
  const named = deps.people
    .filter((p) => !p.author)
    .map((p) => ({ p, at: p.mentions.find((m) => m.paragraph === para.index)?.start ?? findSurname(lower, p) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  // "Fiorina Endorses Cruz: …" names its speaker before the quote; a name after it ("‘Deep Apology’ To Sanders")
  // is as often the one spoken about.
  // Only a name that leads the headline (or its clause after a colon or dash) is its subject: in "Pell Backs
  // Ives: I Am ‘Appalled’" or "Report: Ives’s Meetings ‘Cherry-Picked’" the name is an object, the speaker unsure.
  if (named)
    return named.at < Math.max(ctx.span.open, 0) && leadsHeadline(para.text, named.at)
      ? plain({ person: named.p, text: null }, 'headline', 0)
      : plain({ person: named.p, text: null }, 'headline', 1, 'word');
  // Named nowhere in the headline: the article's main person is a guess, and scores as one.
  const ranked = deps.people.filter((p) => !p.author).sort((a, b) => b.mentions.length - a.mentions.length || Number(b.official) - Number(a.official));
  return ranked[0] && ranked[0].mentions.length >= 2 ? plain({ person: ranked[0], text: null }, 'headline', 1, 'word') : null;
}

/**
 * The name starts the headline or its clause after a colon or dash, or follows at most two words of a title
 * ("Former Gov.") and is no possessive ("Half Of Ives’s Meetings").
 */
function leadsHeadline(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' - ')) + 1);
  const words = clause.trim().split(/\s+/).filter(Boolean).length;
  return words === 0 || (words <= 2 && !/^[\p{L}.-]+['’]s\b/u.test(text.slice(at)));
}

/** Headlines shout ("SUNAK’S ‘WAKE-UP CALL’"): find the surname whatever its case. */
function findSurname(lowerText: string, p: Person): number {
  const surname = p.words[p.words.length - 1]!.toLowerCase();
  const letter = /\p{L}/u;
  for (let at = lowerText.indexOf(surname); at >= 0; at = lowerText.indexOf(surname, at + 1)) {
    const before = lowerText[at - 1];
    const after = lowerText[at + surname.length];
    if ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after))) return at;
  }
  return -1;
}
