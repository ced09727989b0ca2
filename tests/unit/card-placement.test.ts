/** Card placement and the pointer's grace corridor, as tables: the card never covers the hovered line or the next two. */
import { describe, expect, it } from 'vitest';
import { inCorridor, intersects, placeCard, readingBand, type Anchor, type Box } from '../../src/content/card/placement';
import { linesOf } from '../../src/content/card/anchor-rects';

const SIZE = { width: 360, height: 236 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
/** A hovered line of 24 px at `top` in a column from `left` to `left + width`, the quote starting `quoteAbove` px higher. */
const anchor = (top: number, left = 290, width = 700, quoteAbove = 0): Anchor => ({
  line: box(left, top, width, 24),
  quote: box(left, top - quoteAbove, width, 24 + quoteAbove),
  column: box(left, top - quoteAbove - 40, width, 400),
  bandBottom: top + 24 + 48,
});

describe('placeCard', () => {
  const cases: Array<{ name: string; a: Anchor; view: { width: number; height: number }; side: string }> = [
    { name: 'wide screen: beside the column, on the right', a: anchor(300, 200, 700), view: { width: 1600, height: 900 }, side: 'right' },
    { name: 'room only on the left', a: anchor(300, 900, 600), view: { width: 1600, height: 900 }, side: 'left' },
    { name: 'ordinary laptop: above the quote', a: anchor(400), view: { width: 1280, height: 720 }, side: 'above' },
    { name: 'quote starts above the viewport: above the hovered line', a: anchor(300, 290, 700, 500), view: { width: 1280, height: 720 }, side: 'above' },
    { name: 'line near the top: below the band', a: anchor(60), view: { width: 1280, height: 720 }, side: 'below' },
    { name: 'phone width, line near the top', a: anchor(40, 8, 360), view: { width: 390, height: 800 }, side: 'below' },
    { name: 'phone width, line low', a: anchor(600, 8, 360), view: { width: 390, height: 800 }, side: 'above' },
  ];
  it.each(cases)('$name', ({ a, view, side }) => {
    const at = placeCard(a, view, SIZE);
    expect(at.side).toBe(side);
    const rect = box(at.left, at.top, SIZE.width, SIZE.height);
    expect(intersects(rect, readingBand(a))).toBe(false);
    // Inside the viewport.
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(view.width);
    expect(rect.bottom).toBeLessThanOrEqual(view.height);
  });

  it('the band is the hovered line and the two after it', () => {
    const a = anchor(300);
    expect(readingBand(a)).toMatchObject({ top: 300, bottom: 372 });
  });
});

describe('inCorridor', () => {
  const card = box(300, 100, 360, 236); // above the quote
  const cases = [
    { name: 'inside the card', at: { x: 400, y: 200 }, in: true },
    { name: 'straight up from the quote towards the card', at: { x: 420, y: 380 }, in: true },
    { name: 'diagonally towards the card corner', at: { x: 350, y: 360 }, in: true },
    { name: 'away, below the quote', at: { x: 420, y: 460 }, in: false },
    { name: 'sideways, far to the right', at: { x: 900, y: 395 }, in: false },
  ];
  it.each(cases)('$name', ({ at, in: expected }) => {
    expect(inCorridor({ x: 420, y: 400 }, at, card)).toBe(expected);
  });
});

describe('linesOf', () => {
  it('merges the inline fragments of one line and orders lines top to bottom', () => {
    const lines = linesOf([box(100, 40, 50, 20), box(10, 10, 80, 20), box(95, 12, 30, 16), box(0, 0, 0, 0)]);
    expect(lines).toEqual([box(10, 10, 115, 20), box(100, 40, 50, 20)]);
  });
});
