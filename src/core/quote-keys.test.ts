import { describe, expect, it } from 'vitest';
import { quoteKeyOf, quoteKeysOf } from './quote-keys';

describe('quote keys', () => {
  const a = { paragraph: 2, start: 10, text: 'We will not back down' };
  const b = { paragraph: 3, start: 4, text: 'Nobody is ready' };
  it('depends on the quote alone, not on its place in the list', () => {
    expect(quoteKeysOf([a, b])[1]).toBe(quoteKeysOf([b])[0]);
    expect(quoteKeyOf(a)).toBe(quoteKeyOf({ ...a }));
  });
  it('tells apart the same words at two places, and two quotes at one place', () => {
    expect(quoteKeyOf(a)).not.toBe(quoteKeyOf({ ...a, paragraph: 5 }));
    const keys = quoteKeysOf([a, a, a]);
    expect(new Set(keys).size).toBe(3);
  });
  it('fits the protocol limit of 64 characters', () => {
    expect(quoteKeyOf({ paragraph: 5999, start: 99_999, text: 'x'.repeat(20_000) }).length).toBeLessThanOrEqual(64);
  });
});
