/**
 * Finds quotation spans in paragraphs: curly, straight, single, guillemets and German marks,
 * nested quotes, and quotes that run on across paragraphs. One pass per paragraph, linear in its length.
 */

export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark, or -1 when the quote continues from the previous paragraph's end. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when it stays open. */
  close: number;
  /** The text starts just after `open` and ends at `close`. */
  start: number;
  end: number;
  closed: boolean;
  /** Continues an unclosed quote from the previous paragraph. */
  continued: boolean;
  family: Family;
}

import { isAlnumAt, isDigitAt, isSpaceAt } from './chars';
import { CurlyAhead, openerTypedAsCloser, openGluedAfterSentence, straightClosesCurlyAfterWord } from './mistyped-closers';

/** Punctuation after which a straight mark inside a curly quote is that quote's mistyped close: , . ! ? */
const TYPO_CLOSE_AFTER = new Set([44, 46, 33, 63]);

type Family = 'double' | 'single' | 'guillemet' | 'german' | 'straight' | 'apos' | 'gsingle' | 'doubled';
interface Open {
  at: number;
  family: Family;
}

const MARKS = /[“”"‘’'«»„‚]/g;
const OPEN_BEFORE = new Set([...'([{—–-/:;“‘«„‚"\''].map((c) => c.charCodeAt(0)));
const CLOSE_AFTER = new Set([...'.,;:!?)]}—–-”’»"\'…'].map((c) => c.charCodeAt(0)));
const ELISIONS = /^(?:n|em|tis|twas|til|cause|bout|round|nuff)\b/i;

const canOpen = (text: string, i: number) => (i === 0 || isSpaceAt(text, i - 1) || OPEN_BEFORE.has(text.charCodeAt(i - 1))) && !isSpaceAt(text, i + 1);
const canClose = (text: string, i: number) =>
  !isSpaceAt(text, i - 1) && (i + 1 >= text.length || isSpaceAt(text, i + 1) || CLOSE_AFTER.has(text.charCodeAt(i + 1)));

/** Is the mark at i an apostrophe rather than a quotation mark? */
function isApostrophe(text: string, i: number, singleOpen: boolean, laterCloser: () => boolean): boolean {
  const letterBefore = isAlnumAt(text, i - 1);
  if (letterBefore && isAlnumAt(text, i + 1)) return true; // don't, Russia's, O'Rourke
  if (isDigitAt(text, i + 1) && !letterBefore) return /^\d\ds?\b/.test(text.slice(i + 1, i + 5)); // '90s
  if (/^\s['’]n['’]\s/.test(text.slice(i - 1, i + 4)) || /^\s['’]n['’]\s/.test(text.slice(i - 3, i + 2))) return true; // rock 'n' roll
  if (!letterBefore && ELISIONS.test(text.slice(i + 1, i + 6)) && !singleOpen) return true;
  // Sophie in 't Veld, Gerard 't Hooft: a Dutch article before a capitalised name.
  if (!letterBefore && /^t[ \u00a0]\p{Lu}/u.test(text.slice(i + 1, i + 4))) return true;
  if (letterBefore && !singleOpen) return true; // Joneses' house, with no quote open
  const prev = text[i - 1];
  if ((prev === 's' || prev === 'S') && text[i + 1] === ' ' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3)) && laterCloser()) return true;
  return false;
}

export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carry: Family | null = null; // family of a quote left open at the end of the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const reopened = carry !== null && startsWithOpener(text, carry);
    carry = scanParagraph(text, p, spans, reopened);
  }
  return spans;
}

function startsWithOpener(text: string, family: Family): boolean {
  const m = /^[\s\u00a0]*([“"‘'«„‚»])/u.exec(text);
  if (!m) return false;
  const doubled = /^[\s\u00a0]*''/.test(text);
  if (family === 'doubled' || doubled) return family === 'doubled' && doubled;
  return familyOfOpener(m[1]!) === family || (family === 'straight' && m[1] === '“') || (family === 'double' && m[1] === '"');
}

function familyOfOpener(c: string): Family {
  switch (c) {
    case '“':
      return 'double';
    case '‘':
      return 'single';
    case '"':
      return 'straight';
    case "'":
      return 'apos';
    case '«':
      return 'guillemet';
    case '»':
      return 'guillemet';
    case '„':
      return 'german';
    default:
      return 'gsingle';
  }
}

/** Scans one paragraph; returns the family of a quote it leaves open, if any. */
function scanParagraph(text: string, p: number, out: QuoteSpan[], continued: boolean): Family | null {
  const stack: Open[] = [];
  // Asked only of a possessive s’ before a lower-case word, so found only then.
  let lastCloser: number | undefined;
  const lastSingleCloser = () => (lastCloser ??= lastCloserOf(text));
  const ahead = new CurlyAhead(text);
  let first = true;
  // A doubled closer ('') ends the text at its first mark and the quote at its second, as a doubled opener
  // starts the quote at its second mark: what follows `close` is then the sentence, not the other apostrophe.
  const emit = (open: Open, end: number, closed: boolean, close = end) => {
    const isContinuation = continued && first;
    first = false;
    if (end - open.at <= 1) return;
    out.push({ paragraph: p, open: open.at, close, start: open.at + 1, end, closed, continued: isContinuation, family: open.family });
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    const top = stack[stack.length - 1];
    // Some wires type a double mark as two apostrophes: ''We won,'' she said. It closes on its first mark
    // (after a single closer in '''), and opens on its second.
    if (c === "'" && text.charCodeAt(i + 1) === 39 && (text.charCodeAt(i + 2) !== 39 || !stack.some((o) => o.family === 'doubled'))) {
      MARKS.lastIndex = i + 2;
      const doubled = classifyDoubled(text, i, stack);
      if (doubled === 'open') stack.push({ at: i + 1, family: 'doubled' });
      else if (doubled === 'close') {
        const depth = findOpen(stack, 'doubled');
        const open = stack[depth]!;
        stack.length = depth;
        if (depth === 0) emit(open, i, true, i + 1);
      }
      continue;
    }
    const action = classify(text, i, c, stack, lastSingleCloser, ahead);
    if (action === 'skip') continue;
    if (action === 'open') {
      const family = familyOfOpener(c);
      // The same mark opening again at the same depth means the earlier one was never closed.
      if (top && top.family === family) stack.pop();
      stack.push({ at: i, family });
      continue;
    }
    const depth = findOpen(stack, action);
    if (depth < 0) continue;
    const open = stack[depth]!;
    stack.length = depth;
    if (depth === 0) emit(open, i, true);
  }
  if (stack.length === 0) return null;
  const outer = stack[0]!;
  let end = text.length;
  while (end > outer.at + 1 && isSpaceAt(text, end - 1)) end--;
  emit(outer, end, false);
  return outer.family;
}

type Action = 'open' | 'skip' | Family;

/** Which open family a closing mark may close, or open/skip. */
function classify(text: string, i: number, c: string, stack: Open[], lastSingleCloser: () => number, ahead: CurlyAhead): Action {
  const top = stack[stack.length - 1];
  const has = (f: Family) => stack.some((o) => o.family === f);
  switch (c) {
    case '“':
      if (top?.family === 'german') return 'german';
      // “…so,“ he said: an opening glyph typed where the quote closes shuts the open double quote.
      if ((top?.family === 'double' || top?.family === 'straight') && openerTypedAsCloser(text, i)) return top.family;
      return 'open';
    case '”':
      return has('double') ? 'double' : has('german') ? 'german' : has('straight') ? 'straight' : 'skip';
    case '«':
      return top?.family === 'guillemet' && text[top.at] === '»' ? 'guillemet' : 'open';
    case '»':
      return top?.family === 'guillemet' && text[top.at] === '«' ? 'guillemet' : canOpen(text, i) ? 'open' : 'skip';
    case '„':
      return 'open';
    case '‚':
      return isAlnumAt(text, i - 1) ? 'skip' : 'open';
    case '"':
      if (isDigitAt(text, i - 1) && !has('straight')) return 'skip'; // 5'9" inches
      if (top?.family === 'straight' && canClose(text, i)) return 'straight';
      if (canOpen(text, i)) return 'open';
      // `" You guys…`: an opening mark with a space after it (typed that way, or left by markup) still opens.
      if (!has('straight') && (i === 0 || isSpaceAt(text, i - 1)) && isSpaceAt(text, i + 1) && isAlnumAt(text, i + 2)) return 'open';
      if (has('straight') && canClose(text, i)) return 'straight';
      // `…the president,' " said Win`: a closing mark typed after a space, right after the sentence's punctuation.
      if (has('straight') && isSpaceAt(text, i - 1) && /[,.!?'’]/.test(text[i - 2] ?? '') && (i + 1 >= text.length || isSpaceAt(text, i + 1)))
        return 'straight';
      // `…left town."We tried`: the space before an opening mark went missing.
      if (!top && openGluedAfterSentence(text, i)) return 'open';
      // “…," — a straight mark closing a curly quote is a typo, and reading past it swallows the paragraph.
      // Only right after the sentence's punctuation and before a space: “=F("x","y") is…” keeps its inner marks.
      if (top?.family !== 'double') return 'skip';
      if (TYPO_CLOSE_AFTER.has(text.charCodeAt(i - 1)) && (i + 1 >= text.length || isSpaceAt(text, i + 1))) return 'double';
      return straightClosesCurlyAfterWord(text, i, ahead) ? 'double' : 'skip';
    case '‘': {
      if (top?.family === 'gsingle') return 'gsingle';
      if (isDigitAt(text, i + 1) && /^\d\ds?\b/.test(text.slice(i + 1, i + 5))) return 'skip';
      // How ‘bout it, ‘til then: a word processor turns the elision's apostrophe into an opening mark.
      if (!isAlnumAt(text, i - 1) && !has('single') && !has('apos') && ELISIONS.test(text.slice(i + 1, i + 6))) return 'skip';
      return isAlnumAt(text, i - 1) ? 'skip' : 'open';
    }
    default: {
      // ’ and ': closers of single quotes, or apostrophes.
      const singleOpen = has('single') || has('apos');
      if (isApostrophe(text, i, singleOpen, () => i < lastSingleCloser())) return 'skip';
      if (c === "'" && canOpen(text, i) && !(top?.family === 'apos' && canClose(text, i))) return 'open';
      if (!canClose(text, i) && !isSpaceAt(text, i + 1)) return 'skip';
      if (c === '’' && has('single')) return 'single';
      if (has('apos')) return 'apos';
      return has('single') ? 'single' : 'skip';
    }
  }
}

/** A doubled apostrophe as a double mark: opens before a word, closes after one, else it is two apostrophes. */
function classifyDoubled(text: string, i: number, stack: Open[]): 'open' | 'close' | 'skip' {
  const open = stack.some((o) => o.family === 'doubled');
  const after = i + 2;
  // `coalitions, '' said Ida`: a closer some wires type after a space, right after the sentence's punctuation.
  const spacedClose = open && /[,.!?'’][ \u00a0]+$/.test(text.slice(Math.max(0, i - 4), i));
  const closes = (!isSpaceAt(text, i - 1) || spacedClose) && (after >= text.length || isSpaceAt(text, after) || CLOSE_AFTER.has(text.charCodeAt(after)));
  if (open && closes) return 'close';
  const opens = (i === 0 || isSpaceAt(text, i - 1) || OPEN_BEFORE.has(text.charCodeAt(i - 1))) && after < text.length && !isSpaceAt(text, after);
  return opens ? 'open' : 'skip';
}

function findOpen(stack: Open[], family: Family): number {
  for (let d = stack.length - 1; d >= 0; d--) if (stack[d]!.family === family) return d;
  return -1;
}

/** The last ’ or ' that could close a quote; an earlier possessive s’ is then an apostrophe. */
function lastCloserOf(text: string): number {
  // Native lastIndexOf jumps between candidate marks instead of visiting every character.
  let curly = text.lastIndexOf('’');
  let straight = text.lastIndexOf("'");
  while (curly >= 0 || straight >= 0) {
    const i = Math.max(curly, straight);
    if (canClose(text, i) && !(isAlnumAt(text, i - 1) && isAlnumAt(text, i + 1))) return i;
    if (i === curly) curly = i > 0 ? text.lastIndexOf('’', i - 1) : -1;
    else straight = i > 0 ? text.lastIndexOf("'", i - 1) : -1;
  }
  return -1;
}
