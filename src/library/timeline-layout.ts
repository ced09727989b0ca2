/**
 * A person's statements over time, laid out for an SVG: one row per topic (the person's most frequent topic
 * terms; the rest under "other"), x by date, and date ticks a reader can scan. Pure, so it is tested as data.
 * Own code rather than a charting library: one scale, a few rows and ticks need no dependency.
 */
import { isCommonWord, type QuoteRecord } from '../core/index';

export interface TimelinePoint {
  id: string;
  x: number;
  row: number;
  at: number;
  quote: QuoteRecord;
  /** -1, 0 or 1: a nudge up or down off a neighbour. */ lane: number;
}
export interface TimelineLayout {
  rows: Array<{ label: string | null; count: number }>;
  points: TimelinePoint[];
  ticks: Array<{ x: number; at: number }>;
  min: number;
  max: number;
}

export const MAX_ROWS = 5;
const DAY = 86_400_000;

/** The topic of each quote: its term that is most frequent across the person's quotes, if among the top MAX_ROWS. */
export function topicsOf(quotes: readonly QuoteRecord[]): { rows: string[]; of: (q: QuoteRecord) => string | null } {
  const df = new Map<string, number>();
  for (const q of quotes) for (const term of new Set(q.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  // A topic is a term at least two statements share, and not one nearly all of them share (it tells nothing apart),
  // nor a word of any English text ("answer", "deal", "issue"): a row is about something.
  const common = quotes.length >= 4 ? quotes.length * 0.6 : Infinity;
  const ranked = [...df].filter(([term, n]) => n >= 2 && n <= common && !isCommonWord(term)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const chosen: string[] = [];
  const of = (q: QuoteRecord) => {
    let best: string | null = null;
    for (const term of q.terms) if (chosen.includes(term) && (best === null || chosen.indexOf(term) < chosen.indexOf(best))) best = term;
    return best;
  };
  // Greedy: take terms in order of frequency while each still gives some statement a new row.
  for (const [term] of ranked) {
    if (chosen.length >= MAX_ROWS - 1) break;
    if (quotes.some((q) => q.terms.includes(term) && of(q) === null)) chosen.push(term);
  }
  return { rows: chosen, of };
}

export function layoutTimeline(quotes: readonly QuoteRecord[], width: number, pad: number): TimelineLayout | null {
  const dated = quotes
    .map((quote) => ({ quote, at: Date.parse(quote.published ?? quote.savedAt) }))
    .filter((d) => !Number.isNaN(d.at))
    .sort((a, b) => a.at - b.at);
  if (dated.length === 0) return null;
  const topics = topicsOf(dated.map((d) => d.quote));
  const labels: Array<string | null> = [...topics.rows];
  const rowOf = (q: QuoteRecord) => {
    const topic = topics.of(q);
    return topic === null ? -1 : labels.indexOf(topic);
  };
  const hasOther = dated.some((d) => rowOf(d.quote) < 0);
  if (hasOther) labels.push(null);
  // A short span is widened to a fortnight either side, so a single statement sits in the middle.
  let min = dated[0]!.at;
  let max = dated[dated.length - 1]!.at;
  if (max - min < 28 * DAY) {
    const mid = (min + max) / 2;
    min = mid - 14 * DAY;
    max = mid + 14 * DAY;
  }
  const x = (at: number) => pad + ((at - min) / (max - min)) * (width - 2 * pad);
  const points = dated.map(({ quote, at }) => ({ id: quote.id, x: x(at), row: rowOf(quote) < 0 ? labels.length - 1 : rowOf(quote), at, quote, lane: 0 }));
  // Points closer than a dot's width in one row step up and down, so each stays visible and pointable.
  const lastInRow = new Map<number, TimelinePoint[]>();
  for (const p of points) {
    const near = (lastInRow.get(p.row) ?? []).filter((o) => p.x - o.x < 12);
    p.lane = [0, -1, 1].find((l) => !near.some((o) => o.lane === l)) ?? 0;
    lastInRow.set(p.row, [...near, p]);
  }
  const counts = labels.map((_, i) => points.filter((p) => p.row === i).length);
  return { rows: labels.map((label, i) => ({ label, count: counts[i]! })), points, ticks: ticksBetween(min, max).map((at) => ({ x: x(at), at })), min, max };
}

/** Month starts (or year starts for long spans), at most about six. */
export function ticksBetween(min: number, max: number): number[] {
  const start = new Date(min);
  const months = (new Date(max).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(max).getUTCMonth() - start.getUTCMonth();
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 6) ?? 120;
  const out: number[] = [];
  const first = new Date(Date.UTC(start.getUTCFullYear(), step >= 12 ? 0 : start.getUTCMonth() - (start.getUTCMonth() % step) + step, 1));
  if (step >= 12) first.setUTCFullYear(first.getUTCFullYear() + 1);
  for (const d = first; d.getTime() <= max; d.setUTCMonth(d.getUTCMonth() + step)) if (d.getTime() >= min) out.push(d.getTime());
  return out;
}
