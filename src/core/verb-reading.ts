/**
 * Where a speech verb or a finite verb stands in a paragraph, and where a quote's clause begins. Every reader
 * (after the quote, before it, the fallback, the statement checks) asks these same questions, so they live once.
 */
import { sentenceEnd, sentenceStart, tokenIndexAt, type Para } from './context';
import { PREPOSITIONS } from './lexicon';
import type { Token } from './tokens';
import { W } from './words';
import { isSpeechVerb } from './subjects';

/** Quotes are sorted by position: a binary search, so huge paragraphs of quotes stay linear overall. */
export function insideQuote(para: Para, at: number): boolean {
  let lo = 0;
  let hi = para.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = para.quotes[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A speech verb in the quote's sentence (before `until`, if given), outside quotes, other than token `own`. */
export function otherSpeechVerb(para: Para, open: number, own: number, until = -1): boolean {
  const from = tokenIndexAt(para.tokens, sentenceStart(para, open));
  const to = until >= 0 ? tokenIndexAt(para.tokens, until) : tokenIndexAt(para.tokens, sentenceEnd(para, open));
  for (let k = from; k < to && k < from + 120; k++) if (k !== own && isVerbAt(para, k) && !insideQuote(para, para.tokens[k]!.start)) return true;
  return false;
}

/** Finite verbs the suffix test misses ("Marsh wrote", "Marsh took aim at"). */
const IRREGULAR_VERBS = new Set(
  `wrote took made gave put got spoke thought saw went came felt found held kept left meant read ran set
sent stood won lost led hit knew drew bore swore struck threw told said began brought bought fought sought taught caught`.split(/\s+/),
);

const AUXILIARIES = new Set(`has have had is was are were will would could can did does do may might should must shall`.split(' '));

const NOT_VERBS = new Set(
  `and or but nor who whom whose which that than as if of campaign campaigns administration supporters voters aides allies
backers critics officials fans team staff family spokesman spokeswoman`.split(/\s+/),
);

/** ", but went on to say", ", but has said": a verb straight after the conjunction, so no subject of its own. */
const startsPredicate = (t: Token) => !t.cap && (AUXILIARIES.has(t.lower) || IRREGULAR_VERBS.has(t.lower) || t.lower.endsWith('ed'));

/** A lower-case word a clause's verb may be: a tense or person ending, an auxiliary, an adverb, or a listed verb. */
export function looksFinite(t: Token): boolean {
  if (t.cap || NOT_VERBS.has(t.lower) || PREPOSITIONS.has(t.lower) || (t.flags & W.role) !== 0) return false;
  return AUXILIARIES.has(t.lower) || IRREGULAR_VERBS.has(t.lower) || /(?:ed|[^su]s|ly)$/.test(t.lower);
}

/** Speech verbs are lower-case mid-sentence; "State" in "the State Department" is not "state". */
export function isVerbAt(para: Para, v: number): boolean {
  const t = para.tokens[v]!;
  if (!isSpeechVerb(t) || isNounHere(para, v)) return false;
  return !t.cap || para.titleCase || sentenceStart(para, t.start) >= (para.tokens[v - 1]?.end ?? 0);
}

const NOUN_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'such',
  'whose',
  'recent',
  'latest',
  'further',
  'public',
  'similar',
]);

/** "Pruitt's comments came after…", "the report", "his remarks": a verb's spelling after a possessive or determiner is a noun. */
function isNounHere(para: Para, v: number): boolean {
  const before = para.tokens[v - 1];
  if (!before || !/^[ \u00a0]$/.test(para.text.slice(before.end, para.tokens[v]!.start))) return false;
  return before.word.possessive || NOUN_DETERMINERS.has(before.lower);
}

const CLAUSE_OPENERS = new Set(['though', 'although', 'but', 'while', 'whereas', 'yet']);

/**
 * “…,” Ortiz said, though managers have not said it will be “…”: a clause with its own subject after ", though"
 * ends Ortiz's turn when it has a speech verb of its own, so a quote inside it looks for its speaker no further
 * back than the conjunction.
 */
export function clauseStart(para: Para, open: number): number {
  const start = sentenceStart(para, open);
  const from = tokenIndexAt(para.tokens, start);
  let verb = false;
  for (let k = tokenIndexAt(para.tokens, open) - 1; k > from && k > tokenIndexAt(para.tokens, open) - 40; k--) {
    const t = para.tokens[k]!;
    verb ||= isVerbAt(para, k);
    // Only a clause that reports speech of its own: "…, though the “door” is open" goes on with the first speaker.
    if (!verb || !CLAUSE_OPENERS.has(t.lower) || !/,\s*$/.test(para.text.slice(para.tokens[k - 1]!.end, t.start))) continue;
    // ", but added that …" has no subject of its own: the turn goes on.
    const next = para.tokens[k + 1];
    if (
      next &&
      (isSpeechVerb(next) ||
        /^(also|then|later|still|quickly|added|noted|now|again|instead|often|never|always|even|just|soon|since)$/.test(next.lower) ||
        next.lower.endsWith('ly') ||
        startsPredicate(next))
    )
      continue;
    return t.start;
  }
  return start;
}

/** Verbs that characterise rather than report ("branded the plan a “…”"); only the fallback reads them. */
export const CHARACTERISING = new Set(
  `branded brands labelled labeled labels dubbed dubs likened likens compared compares characterized characterised
characterizes portrayed portrays framed touted touts deemed termed terms emailed emails texted messaged cast casts painted paints`.split(/\s+/),
);

export const DOCUMENTS = new Set(['statement', 'email', 'letter', 'release', 'post', 'tweet', 'message', 'memo', 'note', 'video', 'interview', 'op-ed']);
