/** Scores engine output against hand-annotated expectations: quote precision and recall, speaker accuracy. */
import type { Analysis } from '../../src/core/index';

export interface ExpectedQuote {
  id?: string;
  text: string;
  speaker: string | null;
  paragraph?: number;
  optional?: boolean;
  cases?: string[];
}
export interface Expected {
  cases?: string[];
  officials: Array<{ name: string; title: string }>;
  others: Array<{ name: string; role: string }>;
  quotes: ExpectedQuote[];
}

export interface Tally {
  found: number;
  required: number;
  predicted: number;
  correctPredicted: number;
  speakerRight: number;
}
export interface ArticleScore {
  file: string;
  tally: Tally;
  byCase: Map<string, Tally>;
  missed: ExpectedQuote[];
  extra: Array<{ text: string; speaker: string | null }>;
  wrongSpeaker: Array<{ expected: ExpectedQuote; got: string | null }>;
  officialsMissed: string[];
  titlesWrong: Array<{ name: string; expected: string; got: string | null }>;
  othersAsOfficials: string[];
}

export const norm = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const lastWord = (s: string) =>
  norm(s)
    .split(' ')
    .pop()!
    .replace(/[^\p{L}\p{N}'-]/gu, '');
const matches = (predicted: string, expected: string) => {
  const p = norm(predicted);
  const e = norm(expected);
  return p === e || (p.length > 0 && e.length > 0 && (p.includes(e) || e.includes(p)));
};

export function speakerMatches(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  if (/^\p{Lu}/u.test(expected) && !/^(the|a|an)\s/i.test(expected)) return norm(got).split(' ').includes(lastWord(expected));
  return norm(got).includes(norm(expected)) || norm(expected).includes(norm(got));
}

const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator',
  'rep.': 'representative',
  'gov.': 'governor',
  'gen.': 'general',
  'adm.': 'admiral',
  'col.': 'colonel',
};
function titleHead(title: string): string {
  const words = norm(title)
    .split(' ')
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w.replace(/\.$/, ''));
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1]! : words[words.length - 1]!;
}
export const titleMatches = (expected: string, got: string | null) =>
  got !== null &&
  norm(got)
    .split(' ')
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ')
    .includes(titleHead(expected));

const emptyTally = (): Tally => ({ found: 0, required: 0, predicted: 0, correctPredicted: 0, speakerRight: 0 });

export function scoreArticle(file: string, analysis: Analysis, expected: Expected): ArticleScore {
  const tally = emptyTally();
  const byCase = new Map<string, Tally>();
  const caseTally = (c: string) => byCase.get(c) ?? (byCase.set(c, emptyTally()), byCase.get(c)!);
  const score: ArticleScore = { file, tally, byCase, missed: [], extra: [], wrongSpeaker: [], officialsMissed: [], titlesWrong: [], othersAsOfficials: [] };
  const inParagraph = (q: { paragraph: number }, e: ExpectedQuote) => e.paragraph === undefined || e.paragraph === q.paragraph;
  // Each expected quote takes the predicted quote that is exactly it where there is one, else the first that
  // contains it or is contained in it and no other expected quote took: a short headline quote ("We won't be
  // pushed around") must not stand in for the longer body quote that begins with the same words.
  const taken = new Set<number>();
  for (const e of expected.quotes) {
    const candidates = analysis.quotes.map((q, i) => ({ q, i })).filter(({ q }) => inParagraph(q, e) && matches(q.text, e.text));
    const best = candidates.find(({ q }) => norm(q.text) === norm(e.text)) ?? candidates.find(({ i }) => !taken.has(i)) ?? candidates[0];
    if (best) taken.add(best.i);
    const hit = best?.q;
    if (e.optional) continue;
    const tallies = [tally, ...(e.cases ?? []).map(caseTally)];
    for (const t of tallies) t.required++;
    if (!hit) {
      score.missed.push(e);
      continue;
    }
    for (const t of tallies) t.found++;
    if (speakerMatches(e.speaker, hit.speaker)) for (const t of tallies) t.speakerRight++;
    else score.wrongSpeaker.push({ expected: e, got: hit.speaker });
  }
  for (const q of analysis.quotes) {
    tally.predicted++;
    const ok = expected.quotes.some((e) => inParagraph(q, e) && matches(q.text, e.text));
    if (ok) tally.correctPredicted++;
    else score.extra.push({ text: q.text, speaker: q.speaker });
  }
  for (const c of expected.cases ?? []) {
    const t = caseTally(`article:${c}`);
    t.predicted += tally.predicted;
    t.correctPredicted += tally.correctPredicted;
  }
  for (const o of expected.officials) {
    const got = analysis.officials.find((p) => speakerMatches(o.name, p.name));
    if (!got) score.officialsMissed.push(o.name);
    else if (!titleMatches(o.title, got.title)) score.titlesWrong.push({ name: o.name, expected: o.title, got: got.title });
  }
  for (const o of expected.others) {
    if (analysis.officials.some((p) => norm(p.name) === norm(o.name))) score.othersAsOfficials.push(o.name);
  }
  return score;
}

export function addTally(into: Tally, t: Tally): void {
  into.found += t.found;
  into.required += t.required;
  into.predicted += t.predicted;
  into.correctPredicted += t.correctPredicted;
  into.speakerRight += t.speakerRight;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const metrics = (t: Tally) => ({
  precision: ratio(t.correctPredicted, t.predicted),
  recall: ratio(t.found, t.required),
  speaker: ratio(t.speakerRight, t.found),
});
