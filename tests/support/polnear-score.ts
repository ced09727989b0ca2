/** Scores the engine against PolNeAR gold quotes: quote precision and recall, speakers right, wrong, or left unknown. */
import type { Analysis, QuoteResult } from '../../src/core/index';
import type { GoldQuote } from './polnear-gold';

export type Verdict = 'right' | 'wrong' | 'unknown' | 'unchecked';
export interface Judged {
  gold: GoldQuote;
  quote: QuoteResult | null;
  verdict: Verdict | 'missed';
}
export interface ArticleResult {
  judged: Judged[];
  extra: QuoteResult[];
  predicted: number;
}

export interface Row {
  gold: number;
  found: number;
  right: number;
  wrong: number;
  unknown: number;
  unchecked: number;
}
export const emptyRow = (): Row => ({ gold: 0, found: 0, right: 0, wrong: 0, unknown: 0, unchecked: 0 });

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A predicted quote matches a gold one in its paragraph when they share at least half of the longer span. */
export function scorePolnear(analysis: Analysis, gold: GoldQuote[]): ArticleResult {
  const used = new Set<QuoteResult>();
  const judged: Judged[] = [];
  for (const g of gold) {
    let best: QuoteResult | null = null;
    let bestShare = 0;
    for (const q of analysis.quotes) {
      if (q.paragraph !== g.paragraph || used.has(q)) continue;
      const share = overlap(q, g) / Math.max(q.end - q.start, g.end - g.start);
      if (share >= 0.5 && share > bestShare) ((best = q), (bestShare = share));
    }
    if (best) used.add(best);
    judged.push({ gold: g, quote: best, verdict: best ? judgeSpeaker(g, best) : 'missed' });
  }
  return { judged, extra: analysis.quotes.filter((q) => !used.has(q)), predicted: analysis.quotes.length };
}

const words = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Names and organisations: the speaker must contain the gold surname. Descriptions: no person's name, a shared noun. */
export function judgeSpeaker(g: GoldQuote, q: QuoteResult): Verdict {
  if (g.sourceKind === 'none' || g.sourceKind === 'pronoun') return q.speaker === null ? 'unknown' : 'unchecked';
  if (q.speaker === null) return 'unknown';
  const said = words(q.speaker);
  if (g.surname && g.surnames.some((s) => said.includes(words(s).pop() ?? ''))) return 'right';
  if (channelCredited(g, q)) return 'unchecked';
  if (g.surname) return 'wrong';
  // "the governor" names someone the corpus does not say; "officials" or "the report" is never one person.
  if (q.speakerId !== null) return collective(g.source ?? '') ? 'wrong' : 'unchecked';
  // "the man" for "the man": the same words are the same source, though no noun has four letters.
  if (said.join(' ') === words(g.source ?? '').join(' ')) return 'right';
  const source = new Set(words(g.source ?? '').filter((w) => w.length >= 4));
  return said.some((w) => source.has(w) || source.has(`${w}s`) || source.has(w.replace(/s$/, ''))) ? 'right' : 'wrong';
}

const SAY = 'said|says|say|told|tells|wrote|writes|added|adds|stated|declared|asked';

/**
 * "“…,” Ida Marsh said, according to the Gazette" / "…, the Gazette reported": the annotators credit the outlet
 * (nesting the speaker's own attribution, or leaving it out), while the engine names the person the sentence
 * says spoke. Neither is wrong; the gold does not say who spoke, so the quote is not checked.
 */
export function channelCredited(g: GoldQuote, q: QuoteResult): boolean {
  if (q.speakerId === null || q.speaker === null) return false;
  // "“…,” Grayson said, according to Frankel": a person who relays is credited the same way as an outlet.
  const relay = g.cue === 'according-to' && g.sourceKind === 'name';
  if (g.sourceKind !== 'organisation' && g.sourceKind !== 'description' && !relay) return false;
  if (g.cue !== 'according-to' && !/^(first |later |previously )?report(ed|s)?\b/.test(g.cueText)) return false;
  const surname = q.speaker
    .split(/\s+/)
    .pop()!
    .replace(/[^\p{L}\p{N}'’-]/gu, '');
  if (surname.length < 2) return false;
  const name = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(`\\b${name}(?:[’']s)?(?:,[^,]{1,80},)?\\s+(?:\\p{Ll}+ly\\s+)?(?:${SAY})\\b`, 'u');
  const after = new RegExp(`\\b(?:${SAY})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}${name}\\b`, 'u');
  return before.test(g.around) || after.test(g.around);
}

const COLLECTIVE =
  /^(officials|sources|aides|people|voters|critics|supporters|members|statement|report|poll|survey|study|data|documents|emails|records|analysis|memo|letter|filing|lawsuit|complaint|ad|ads|video|crowd|audience|group|organization|committee|campaign|staff|leaders|experts|analysts|strategists|advisers|republicans|democrats|observers|polls|figures|numbers|website|site|page|book|article|editorial|release|transcript|notes)$/;
const collective = (source: string) =>
  source
    .toLowerCase()
    .split(/\s*[,(]/)[0]!
    .split(/\s+/)
    .some((w) => COLLECTIVE.test(w.replace(/[^a-z]/g, '')));

export function addJudged(row: Row, j: Judged): void {
  row.gold++;
  if (j.verdict === 'missed') return;
  row.found++;
  row[j.verdict]++;
}
