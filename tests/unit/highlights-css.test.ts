import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../src/content/highlights';

/** A Highlight that, like the browser's, cannot take 100,000 ranges as spread arguments. */
class FakeHighlight {
  ranges: unknown[] = [];
  priority = 0;
  constructor(...ranges: unknown[]) {
    if (ranges.length > 10_000) throw new RangeError('Maximum call stack size exceeded');
    this.ranges.push(...ranges);
  }
  add(r: unknown) {
    this.ranges.push(r);
  }
}

function env() {
  const registry = new Map<string, FakeHighlight>();
  const styles = {
    attached: 0,
    detached: 0,
    attach() {
      this.attached++;
    },
    detach() {
      this.detached++;
    },
  };
  const highlighter = createHighlighter({
    doc: {} as Document,
    highlights: { set: (n, h) => void registry.set(n, h as FakeHighlight), delete: (n) => registry.delete(n) },
    Highlight: FakeHighlight as never,
    styles,
  });
  return { registry, styles, highlighter };
}

describe('the CSS highlighter', () => {
  it('registers 100,000 ranges', () => {
    const { registry, highlighter } = env();
    const ranges = Array.from({ length: 100_000 }, () => ({}) as Range);
    highlighter.set('quote', ranges);
    expect(registry.get('onrecord-quote')?.ranges.length).toBe(100_000);
  });

  it('puts its style sheet in the page only while something is marked', () => {
    const { registry, styles, highlighter } = env();
    highlighter.set('quote', [{} as Range]);
    highlighter.set('official', [{} as Range]);
    expect(styles).toMatchObject({ attached: 1, detached: 0 });
    highlighter.set('quote', []);
    expect(styles.detached).toBe(0);
    highlighter.clear();
    expect(styles).toMatchObject({ attached: 1, detached: 1 });
    expect([...registry.keys()]).toEqual([]);
  });
});
