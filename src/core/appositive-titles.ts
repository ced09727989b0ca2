/** The title or role in an appositive after a name: "Ada Reyes, the harbour's chief pilot, said". */
import type { Para } from './context';
import { ROLES, WEAK_TITLES } from './lexicon';
import { displayTitle, gapIsSpace, headOf, nameRunAt, titleAt } from './names';
import { DETERMINERS } from './introduction-words';
import { W } from './words';

/** Reads ", the White House press secretary," or ", a professor at ..." after a name. */
export function appositiveTitle(para: Para, i: number): { title?: { text: string; head: string; strength: number }; role?: string } | null {
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
