/**
 * A he or she later in the sentence its antecedent leads: "Rep. Ada Reyes said the vote showed what she called
 * a “tide of anger”", "Vell said he had nothing but praise for Dunmore, whom he called “a rock”". The pronoun is
 * the sentence subject's when that subject has its gender and no one else who could be meant is named between
 * them (its gender may be unknown, never the other one); people of the other gender are no rivals to it.
 */
import { sentenceStart, tokenIndexAt, type Para } from './context';
import { mainClauseStart } from './clauses';
import { PREPOSITIONS } from './lexicon';
import { leadsClause } from './predicate';
import type { Person } from './registry';
import type { Salience } from './resolve';
import type { MentionIndex } from './subjects';

const MAX_TOKENS = 60;

export function boundPronoun(para: Para, at: number, gender: 'm' | 'f', mentions: MentionIndex, salience: Salience): Person | null {
  const first = tokenIndexAt(para.tokens, sentenceStart(para, at));
  const pronoun = tokenIndexAt(para.tokens, at);
  const from = mainClauseStart(para, first, pronoun);
  // Within a long sentence's reach only, so a huge paragraph is never scanned far.
  if (pronoun - from > MAX_TOKENS) return null;
  for (let k = from; k < pronoun; k++) {
    const hit = mentions.startingAt(para.index, para.tokens[k]!.start);
    // A name inside the marks is spoken about, not speaking.
    if (!hit || para.quotes.some((q) => q.start <= para.tokens[k]!.start && para.tokens[k]!.start < q.end)) continue;
    const lead = titleStart(para, k);
    if ((lead > from && PREPOSITIONS.has(para.tokens[lead - 1]!.lower)) || !leadsClause(para, from, lead)) return null;
    const owner = para.tokens[tokenIndexAt(para.tokens, hit.end) - 1];
    const other = gender === 'm' ? 'f' : 'm';
    if (hit.person.gender === other || owner?.word.possessive || /^['’]/.test(para.text.slice(hit.end, hit.end + 1))) return null;
    const between = salience.namedBetween(para.index, hit.end, at);
    return between.some((p) => p !== hit.person && p.gender !== other) ? null : hit.person;
  }
  return null;
}

/** The first token of the capitalised titles right before token k ("Rep.", "Sen."). */
function titleStart(para: Para, k: number): number {
  let j = k;
  while (j > 0 && para.tokens[j - 1]!.cap && para.tokens[j - 1]!.dot) j--;
  return j;
}
