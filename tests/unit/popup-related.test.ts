/** The popup shows each related statement once as a best, in article order; repeats wait behind the disclosure. */
import { describe, expect, it } from 'vitest';
import { arrangeRelated, nothingRelated } from '../../src/popup/related-shown';
import type { RelatedItem } from '../../src/shared/protocol';

const item = (id: string) => ({ id, text: `Statement ${id}` }) as RelatedItem;
const view = (m: ReturnType<typeof arrangeRelated>) =>
  Object.fromEntries([...m].map(([k, r]) => [k, `${r.best?.id ?? '-'} | ${r.rest.map((x) => `${x.item.id}${x.shownAbove ? '^' : ''}`).join(',')}`]));

describe('arrangeRelated', () => {
  const cases: Array<{ name: string; keys: string[]; related: Record<string, string[]>; want: Record<string, string> }> = [
    {
      name: 'the same statement under every quote is a best once',
      keys: ['a', 'b', 'c'],
      related: { a: ['x'], b: ['x'], c: ['x'] },
      want: { a: 'x | ', b: '- | x^', c: '- | x^' },
    },
    { name: 'a later row takes its best not yet shown', keys: ['a', 'b'], related: { a: ['x', 'y'], b: ['x', 'z'] }, want: { a: 'x | y', b: 'z | x^' } },
    { name: 'rows not looked up yet are skipped', keys: ['a', 'b', 'c'], related: { a: ['x'], c: ['x', 'y'] }, want: { a: 'x | ', c: 'y | x^' } },
    { name: 'nothing related', keys: ['a', 'b'], related: { a: [], b: [] }, want: { a: '- | ', b: '- | ' } },
  ];
  it.each(cases)('$name', ({ keys, related, want }) => {
    const map = new Map(Object.entries(related).map(([k, ids]) => [k, ids.map(item)]));
    expect(view(arrangeRelated(keys, map))).toEqual(want);
  });

  it('says "nothing related" once, only when some rows were looked up and none has any', () => {
    expect(nothingRelated(arrangeRelated(['a'], new Map()))).toBe(false);
    expect(
      nothingRelated(
        arrangeRelated(
          ['a', 'b'],
          new Map([
            ['a', []],
            ['b', []],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      nothingRelated(
        arrangeRelated(
          ['a', 'b'],
          new Map([
            ['a', []],
            ['b', [item('x')]],
          ]),
        ),
      ),
    ).toBe(false);
  });
});
