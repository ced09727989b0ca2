/** The person timeline's layout: rows by shared topic, points in date order, ticks inside the span. */
import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../src/core/index';
import { layoutTimeline, ticksBetween, topicsOf } from '../../src/library/timeline-layout';

const q = (id: string, published: string | null, terms: string[]) =>
  ({ id, text: `Statement ${id}`, published, savedAt: '2025-06-01T00:00:00Z', terms }) as unknown as QuoteRecord;

describe('topicsOf', () => {
  it('rows are terms two statements share, the most frequent first; a lone term is no row', () => {
    const quotes = [
      q('a', null, ['ferry', 'budget']),
      q('b', null, ['ferry']),
      q('c', null, ['budget', 'harbour']),
      q('d', null, ['ferry']),
      q('e', null, ['lighthouse']),
    ];
    const t = topicsOf(quotes);
    expect(t.rows).toEqual(['ferry', 'budget']);
    expect(quotes.map(t.of)).toEqual(['ferry', 'ferry', 'budget', 'ferry', null]);
  });

  it('a term nearly every statement shares is no row: it tells nothing apart', () => {
    const quotes = ['ferry', 'ferry', 'toll', 'toll', 'toll'].map((w, i) => q(String(i), null, ['council', w]));
    expect(topicsOf(quotes).rows).toEqual(['toll', 'ferry']);
  });

  it('a word of any English text is no row, however often it comes', () => {
    const quotes = [['answer', 'ferry'], ['answer', 'toll'], ['answer', 'budget'], ['ferry'], ['toll'], ['budget'], ['harbour']].map((terms, i) =>
      q(String(i), null, terms),
    );
    expect(topicsOf(quotes).rows).toEqual(['budget', 'ferry', 'toll']);
  });
});

describe('layoutTimeline', () => {
  it('orders points by date along x, files them in their topic row, and puts the rest under "other"', () => {
    const layout = layoutTimeline(
      [
        q('late', '2025-05-01T00:00:00Z', ['ferry']),
        q('early', '2024-01-10T00:00:00Z', ['ferry']),
        q('mid', '2024-09-01T00:00:00Z', ['budget']),
        q('mid2', '2024-10-01T00:00:00Z', ['budget']),
        q('odd', '2024-03-01T00:00:00Z', ['lighthouse']),
      ],
      600,
      20,
    )!;
    expect(layout.rows).toEqual([
      { label: 'budget', count: 2 },
      { label: 'ferry', count: 2 },
      { label: null, count: 1 },
    ]);
    expect(layout.points.map((p) => p.id)).toEqual(['early', 'odd', 'mid', 'mid2', 'late']);
    const xs = layout.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(20);
    expect(xs.at(-1)).toBe(580);
    expect(layout.points.find((p) => p.id === 'odd')!.row).toBe(2);
    for (const tick of layout.ticks) expect(tick.x >= 20 && tick.x <= 580).toBe(true);
  });

  it('a single statement sits mid-span; no dated statement draws nothing', () => {
    const one = layoutTimeline([q('a', '2024-05-05T00:00:00Z', [])], 600, 20)!;
    expect(one.points[0]!.x).toBeCloseTo(300);
    expect(
      layoutTimeline(
        [q('a', 'not a date', [])].map((x) => ({ ...x, savedAt: 'never' })),
        600,
        20,
      ),
    ).toBeNull();
  });
});

describe('ticksBetween', () => {
  const cases = [
    { from: '2024-01-10', to: '2024-05-01', want: ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'] },
    { from: '2020-03-01', to: '2024-05-01', want: ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'] },
  ];
  it.each(cases)('$from to $to', ({ from, to, want }) => {
    expect(ticksBetween(Date.parse(from), Date.parse(to)).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(want);
  });
});
