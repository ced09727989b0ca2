/** PolNeAR gold: which quotation-mark spans are attributed statements, who said them, and in what construct. */

export interface Fragment {
  start: number;
  end: number;
}
export interface Attribution {
  content: Fragment[];
  source: Fragment[];
  cue: Fragment[];
}

export type SourceKind = 'name' | 'pronoun' | 'organisation' | 'description' | 'none';
export type Position = 'after' | 'before' | 'earlier-sentence' | 'later-sentence' | 'other-paragraph' | 'no-source';
export type CueKind = 'say' | 'according-to' | 'other-verb' | 'no-cue';

export interface GoldQuote {
  paragraph: number;
  start: number;
  end: number;
  source: string | null;
  sourceKind: SourceKind;
  /** The word a predicted speaker must contain, for names and organisations. */
  surname: string | null;
  /** "Ida Marsh and Juan Ortiz said": every joint speaker's surname (the quote is each one's). */
  surnames: string[];
  /** The paragraph around the quote with every quoted span blanked: who else the sentence says spoke. */
  around: string;
  position: Position;
  cue: CueKind;
  /** The cue as written, lower-case ("slammed", "according to"). */
  cueText: string;
}

/** Quotation-mark spans of a paragraph, independent of the engine: curly or straight double marks, and ‘…’ pairs. */
export function markedSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // Some wires write a double mark as two apostrophes: ''…''.
    const doubled = ch === "'" && text[i + 1] === "'";
    if (ch === '“' && open < 0) open = i;
    else if (ch === '”' && open >= 0) (out.push({ start: open + 1, end: i }), (open = -1));
    else if (ch === '"' || doubled) {
      // A straight mark closes a curly opener too (a typo the annotators read through).
      if (open < 0) open = doubled ? i + 1 : i;
      else (out.push({ start: open + 1, end: i }), (open = -1));
      if (doubled) i++;
    } else if (ch === '‘' && open < 0 && !/\p{L}/u.test(text[i - 1] ?? '')) {
      const close = singleCloser(text, i + 1);
      if (close > 0) (out.push({ start: i + 1, end: close }), (i = close));
    }
  }
  if (open >= 0 && text.length - open > 2) out.push({ start: open + 1, end: text.length });
  return out.filter((s) => s.end - s.start > 1);
}

function singleCloser(text: string, from: number): number {
  for (let j = from; j < Math.min(text.length, from + 400); j++) {
    if (text[j] === '’' && !/\p{L}/u.test(text[j + 1] ?? '')) return j;
    if (text[j] === '“' || text[j] === '"') return -1;
  }
  return -1;
}

const SLACK = 2; // a Content may include or exclude the marks and a closing full stop

/** Every marked span inside a Content, with the Source of the smallest Content that holds it. */
export function goldQuotes(raw: string, paragraphs: string[], layout: Int32Array[], attributions: Attribution[]): GoldQuote[] {
  const out: GoldQuote[] = [];
  const starts = layout.map((m) => m[0]!);
  paragraphs.forEach((text, p) => {
    const map = layout[p]!;
    for (const span of markedSpans(text)) {
      const rs = map[span.start]!;
      const re = map[span.end]!;
      let best: Attribution | null = null;
      let bestLength = Infinity;
      for (const a of attributions) {
        const frag = a.content.find((f) => f.start - SLACK <= rs && re <= f.end + SLACK);
        if (frag && frag.end - frag.start < bestLength) ((best = a), (bestLength = frag.end - frag.start));
      }
      if (best) out.push({ paragraph: p, start: span.start, end: span.end, around: around(text, span), ...describeSource(raw, best, rs, re, starts) });
    }
  });
  return out;
}

const join = (raw: string, frags: Fragment[]) =>
  frags
    .map((f) => raw.slice(f.start, f.end))
    .join(' ')
    .trim();

/** 200 characters either side of the quote, quoted words blanked out. */
function around(text: string, span: { start: number; end: number }): string {
  let out = text.slice(Math.max(0, span.start - 200), span.end + 200);
  for (const m of markedSpans(out)) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

function describeSource(raw: string, a: Attribution, rs: number, re: number, starts: number[]): Omit<GoldQuote, 'paragraph' | 'start' | 'end' | 'around'> {
  const cueText = join(raw, a.cue).toLowerCase();
  const cue = cueKind(cueText);
  if (a.source.length === 0) return { source: null, sourceKind: 'none', surname: null, surnames: [], position: 'no-source', cue, cueText };
  const source = join(raw, a.source);
  const { kind, surname } = classifySource(source);
  const surnames = jointSurnames(source, surname);
  const s = a.source[0]!;
  const paragraphOf = (at: number) => {
    let p = 0;
    while (p + 1 < starts.length && starts[p + 1]! <= at) p++;
    return p;
  };
  let position: Position;
  if (paragraphOf(s.start) !== paragraphOf(rs)) position = 'other-paragraph';
  else if (s.start >= re) position = SENTENCE_BREAK.test(raw.slice(re + 1, s.start)) ? 'later-sentence' : 'after';
  else position = SENTENCE_BREAK.test(raw.slice(s.end, rs - 1)) ? 'earlier-sentence' : 'before';
  return { source, sourceKind: kind, surname, surnames, position, cue, cueText };
}

/** "Trump and Ryan", "Sen. Ida Marsh of Ohio and Sen. Juan Ortiz of Iowa": each named part's surname. */
export function jointSurnames(source: string, surname: string | null): string[] {
  const parts = source.split(/\s*[,(]/)[0]!.split(/\s+and\s+/);
  const out = surname ? [surname] : [];
  if (parts.length < 2) return out;
  for (const part of parts) {
    const c = classifySource(part);
    if (c.kind === 'name' && c.surname && !out.includes(c.surname)) out.push(c.surname);
  }
  return out;
}

const SENTENCE_BREAK = /[.!?]["”’]?\s+["“]?\p{Lu}/u;

function cueKind(cue: string): CueKind {
  const c = cue.toLowerCase();
  if (c === '') return 'no-cue';
  if (/according to/.test(c)) return 'according-to';
  if (/\b(said|says|say|saying|told|tell|tells|telling)\b/.test(c)) return 'say';
  return 'other-verb';
}

const PRONOUNS = new Set('he she they i we you it him her them me us his its their our one who'.split(' '));
const NOT_SURNAMES = new Set('jr jr. sr sr. ii iii iv'.split(' '));
const ORG_HEADS =
  /^(committee|campaign|news|times|post|journal|party|department|administration|house|office|agency|network|poll|survey|report|group|foundation|institute|center|centre|council|commission|court|bureau|association|inc|corporation|company|university|pac|cnn|nbc|abc|cbs|msnbc|fox|reuters|gop|fbi|cia|rnc|dnc|state)$/i;

/**
 * "Sen. Ida Marsh (D-Ore.)" is a name, "the Marsh campaign" an organisation, "a spokesman for Marsh" and
 * "aides" descriptions, "she" a pronoun. The surname is the last capitalised word before any comma or bracket.
 */
export function classifySource(source: string): { kind: SourceKind; surname: string | null } {
  const first = classifyCore(coreOf(source.split(/\s*[,(]/)[0]!));
  // "Marsh's press aide, Ira Bell," names the speaker after the comma.
  const second = source.split(/\s*[,(]/)[1];
  if (first.kind === 'description' && second) {
    const named = classifyCore(coreOf(second));
    if (named.kind === 'name' && /^\p{Lu}/u.test(second.trim())) return named;
  }
  return first;
}

const TITLE_HEADS = /^(president|secretary|governor|minister|chairman|chairwoman|speaker|senator|mayor|director|spokesman|spokeswoman|spokesperson)$/i;
const TITLE_WORDS =
  /^(secretary|director|chairman|chairwoman|chair|president|governor|minister|chief|head|leader|speaker|member|mayor|senator|representative|attorney|general|department|university|institute|school|college|bureau|office|house)$/i;

/** "Ida Marsh of Ohio" is Ida Marsh; "Secretary of State Ida Marsh" keeps its "of". */
function coreOf(part: string): string {
  const words = part.trim().split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^(of|from|at|in)$/.test(words[i]!)) continue;
    const before = words[i - 1]!;
    if (/^\p{Lu}/u.test(before) && !TITLE_WORDS.test(before)) return words.slice(0, i).join(' ');
  }
  return part.trim();
}

function classifyCore(core0: string): { kind: SourceKind; surname: string | null } {
  const core = core0.replace(/[’']s$/, '').trim();
  const words = core.split(/\s+/).filter(Boolean);
  if (words.length === 0) return { kind: 'description', surname: null };
  if (words.every((w) => PRONOUNS.has(w.toLowerCase()))) return { kind: 'pronoun', surname: null };
  const bare = words.map((w) => w.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.'’-]/gu, ''));
  let last = bare.length - 1;
  while (last > 0 && NOT_SURNAMES.has(bare[last]!.toLowerCase())) last--;
  const head = bare[last]!;
  const determiner = /^(a|an|the|some|many|several|one|two|three|other|another|most|both|all)$/i.test(bare[0]!);
  const lowerNoun = bare.slice(0, last).some((w) => /^\p{Ll}/u.test(w) && !/^(of|for|at|with|and|the|de|van|von|da|del|la|le|al|bin)$/.test(w));
  // "CNN President", "the Speaker": a title names no one the corpus spells out.
  if (!/^\p{Lu}/u.test(head) || TITLE_HEADS.test(head)) return { kind: 'description', surname: null };
  if (ORG_HEADS.test(head) || /^\p{Lu}{2,}$/u.test(head)) return { kind: 'organisation', surname: head.replace(/\.$/, '') };
  if (determiner && lowerNoun) return { kind: 'description', surname: null };
  if (determiner) return { kind: 'organisation', surname: head.replace(/\.$/, '') };
  return { kind: 'name', surname: head.replace(/\.$/, '') };
}
