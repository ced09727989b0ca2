/**
 * What changed between two reads of a live page's article. Blocks are compared by element, text and the
 * very text nodes behind them, so a block that is the same keeps its ranges and is not anchored again.
 */
import type { QuoteResult } from '../core/index';
import type { TextBlock } from './extract';
import type { PageAnalysis } from './page-analysis';

const sameNodes = (a: TextBlock, b: TextBlock) =>
  a.segments.length === b.segments.length && a.segments.every((s, i) => s.node === b.segments[i]!.node && s.raw === b.segments[i]!.raw);

/** For each block of the new read, the index of the same block in the old read, or -1 where it changed. */
export function matchBlocks(before: readonly TextBlock[], after: readonly TextBlock[]): number[] {
  const byText = new Map<string, number[]>();
  before.forEach((b, i) => byText.set(b.text, [...(byText.get(b.text) ?? []), i]));
  return after.map((b) => {
    const same = (byText.get(b.text) ?? []).find((i) => before[i]!.element === b.element && sameNodes(before[i]!, b));
    return same ?? -1;
  });
}

export const isUnchanged = (before: readonly TextBlock[], after: readonly TextBlock[], matched: readonly number[]) =>
  before.length === after.length && matched.every((m, i) => m === i);

/** Where a quote's highlight runs: the marks belong to it, and a quote left open runs to its paragraph's end. */
export const quoteBounds = (q: QuoteResult): [number, number] => [Math.max(q.outerStart, 0), Math.max(q.outerEnd, q.end)];

export const rangeKey = (paragraph: number, start: number, end: number) => `${paragraph}:${start}:${end}`;

/** The previous read's ranges by paragraph and offsets, for blocks that did not change. */
export function rangesOf(previous: PageAnalysis): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (const { quote, range } of previous.quotes) ranges.set(rangeKey(quote.paragraph, ...quoteBounds(quote)), range);
  for (const { range, mention } of previous.officialRanges) ranges.set(rangeKey(mention.paragraph, mention.start, mention.end), range);
  return ranges;
}
