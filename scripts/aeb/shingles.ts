/**
 * The article-extraction benchmark's scoring, ported line for line from its evaluate.py, so OnRecord's
 * figures can sit beside the published ones: 4-token shingles, per-page true/false positives normalised
 * to sum 1, and means of per-page precision and recall.
 */

export type TpFpFn = [tp: number, fp: number, fn: number];

/** Python's `re.findall(r'\w+', text, re.UNICODE)`: letters, numbers and '_' (Python's \w has no combining marks). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // range(0, max(1, len - n + 1)), and only non-empty shingles: a short text is one shingle of all its tokens.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // Tokens hold no NUL, so joining with it keeps tuples apart.
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleMatching(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  // Normalised so that longer texts do not weigh more.
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

/** Precision over pages that predicted something, recall over pages that have a body; F1 of the two means. */
export function scoresOf(pages: TpFpFn[]): Scores {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

export const accuracy = (truth: string, pred: string): number => (tokenize(truth).join('\u0000') === tokenize(pred).join('\u0000') ? 1 : 0);

/** evaluate.py's bootstrap spread (its ± column): standard deviation over resampled page sets. */
export function bootstrapStd(pages: TpFpFn[], rounds = 1000, seed = 1): Scores {
  let state = seed;
  // A small seeded generator, so two runs print the same spread.
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const samples: Scores[] = [];
  for (let r = 0; r < rounds; r++) samples.push(scoresOf(pages.map(() => pages[Math.floor(random() * pages.length)]!)));
  const std = (xs: number[]) => {
    const m = mean(xs);
    return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
  };
  return { f1: std(samples.map((s) => s.f1)), precision: std(samples.map((s) => s.precision)), recall: std(samples.map((s) => s.recall)) };
}
