/** Credit lines: a name under a quote, on a line of its own, marked with a dash. */
import type { Para } from './context';
import type { QuoteSpan } from './quotes';
import type { MentionIndex, Subject } from './subjects';

const DASH = /^\s*[-—―–]\s*/;

/**
 * A quote alone in its paragraph, then "- Ida Marsh." as the whole next one (fact-check lists, quote boxes):
 * the name under the quote is its speaker. A name the registry does not know is kept as written.
 */
export function creditBelow(para: Para, below: Para | undefined, span: QuoteSpan, mentions: MentionIndex): Subject | null {
  if (!below || !span.closed || para.quotes.length !== 1 || below.quotes.length > 0 || below.text.length > 80) return null;
  if (para.text.slice(0, Math.max(span.open, 0)).trim() !== '' || para.text.slice(span.close + 1).trim() !== '') return null;
  const dash = DASH.exec(below.text);
  const first = dash ? below.tokens.find((t) => t.start >= dash[0].length) : undefined;
  if (!dash || !first || first.start !== dash[0].length || !first.cap) return null;
  const hit = mentions.startingAt(below.index, first.start);
  if (hit) return /^[\s.,]*$/.test(below.text.slice(hit.end)) ? { kind: 'person', person: hit.person, start: first.start } : null;
  // Two to four capitalised words and nothing after them but a full stop.
  const words = below.tokens.filter((t) => t.start >= first.start);
  if (words.length < 2 || words.length > 4 || !words.every((t) => t.cap) || !/^[\s.]*$/.test(below.text.slice(words[words.length - 1]!.end))) return null;
  return { kind: 'word', text: below.text.slice(first.start, words[words.length - 1]!.end), start: first.start };
}
