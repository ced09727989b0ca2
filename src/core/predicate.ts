/**
 * Where a clause's predicate starts once its subject has been read. News puts a good deal between the two:
 * "Gov. Ada Reyes (R) blamed …", "Reyes, for her part, is labelling …", "Reyes, who chairs the board, called
 * …", "Reyes further summed up …". The fallback reads a quote in the predicate as the subject's words.
 */
import { isAdverb } from './adverbs';
import { tokenIndexAt, type Para } from './context';
import { W } from './words';

/** A comma-closed insertion longer than this is a sentence of its own, not an aside. */
const MAX_ASIDE_TOKENS = 24;

const gap = (para: Para, k: number) => para.text.slice(para.tokens[k - 1]!.end, para.tokens[k]!.start);
const isSpace = (g: string) => /^[ \u00a0]{1,3}$/.test(g);

/**
 * The token index where the predicate after a subject ending at token `last` starts, or -1 when what follows
 * is not an aside, a short parenthetical or an adverb. Never at or past token `end` (the quote's opening).
 */
export function predicateAfter(para: Para, last: number, end: number): number {
  let k = last + 1;
  if (k >= end) return -1;
  let rest = gap(para, k);
  // "Gov. Ada Reyes (R) blamed", "Rep. Ira Bell (D-Ore.), who …, called": a short bracket first.
  if (/^ \($/.test(rest)) {
    const close = para.text.indexOf(')', para.tokens[k]!.start);
    if (close < 0 || close - para.tokens[k]!.start > 30) return -1;
    k = tokenIndexAt(para.tokens, close + 1);
    if (k >= end) return -1;
    rest = para.text.slice(close + 1, para.tokens[k]!.start);
  }
  if (/^,\s+$/.test(rest)) {
    // "Reyes, for her part, is labelling": the aside closes at the next comma, inside the clause.
    let j = k + 1;
    while (j < end && j - k < MAX_ASIDE_TOKENS && !/^,\s+$/.test(gap(para, j))) {
      if (/[.;:!?()“”"—]/.test(gap(para, j))) return -1;
      j++;
    }
    if (j >= end || j - k >= MAX_ASIDE_TOKENS) return -1;
    k = j;
  } else if (!isSpace(rest)) return -1;
  // "Reyes further summed up", "Reyes, with some relish, then chided".
  while (k < end - 1 && isAdverb(para.tokens[k]!) && isSpace(gap(para, k + 1))) k++;
  return k < end ? k : -1;
}

/** Words that open another clause: past one of them the quote has a subject of its own to find. */
const CLAUSE_OPENERS = new Set(`that because after when while since which who whom whose if whether although though before until unless where`.split(/\s+/));
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const SOURCE_PREPOSITIONS = new Set(['from', 'by']);

/**
 * Whether the quote at token `end` still belongs to the predicate of the verb at token v: no clause opener, comma
 * or dash between them ("Vell sent it after Finch published “…”"), no source after "from" or "by" ("Vell is
 * taking heat from Finch over “…”"), and not a bare copula, whose quote describes the subject ("Vell is the
 * “kind” man …").
 */
export function quoteInPredicate(para: Para, v: number, end: number, named: (k: number) => boolean): boolean {
  const verb = para.tokens[v]!;
  if (COPULAS.has(verb.lower) && !/(?:ing|ed)$/.test(para.tokens[v + 1]?.lower ?? '')) return false;
  for (let k = v + 1; k < end; k++) {
    const t = para.tokens[k]!;
    if (CLAUSE_OPENERS.has(t.lower) || /[,;—–]|\s-\s/.test(gap(para, k))) return false;
    if (SOURCE_PREPOSITIONS.has(para.tokens[k - 1]!.lower) && named(k)) return false;
  }
  return true;
}

/** Words that may stand before a clause's subject: titles, capitalised modifiers, determiners. */
const BEFORE_SUBJECT = new Set(['the', 'a', 'an', 'former', 'then', 'party', 'state', 'house', 'senate', 'and', 'but', 'so', 'yet']);

/**
 * The name at token k leads its clause, which starts at token `from`: only titles, capitalised words and a few
 * modifiers stand before it, or an opening phrase closed by a comma ("On Tuesday, Vell …"). Not "Many fear
 * Vell will …", where the clause already has its subject and verb.
 */
export function leadsClause(para: Para, from: number, k: number): boolean {
  // A title may start before the clause ("HarbourSen. Vell" run together): nothing of the clause stands before it.
  if (k <= from || /,\s+$/.test(gap(para, k))) return true;
  for (let j = k - 1; j >= from; j--) {
    const t = para.tokens[j]!;
    if (/,\s+$/.test(gap(para, j + 1)) && j + 1 < k) return true;
    if (!t.cap && !BEFORE_SUBJECT.has(t.lower) && (t.flags & (W.role | W.titleStart | W.titleModifier)) === 0) return false;
  }
  return true;
}
