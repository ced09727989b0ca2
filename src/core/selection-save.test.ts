/** Which selections may be saved, and as what: table-driven over one invented paragraph. */
import { describe, expect, test } from 'vitest';
import { judgeSelection } from './selection-save';

const TEXT =
  '“We will build the pier before winter,” Mayor Oda Renn said on Friday, adding that “costs are under control” and that the council had met. The "harbour fund" was not discussed.';
const quote = (words: string) => {
  const start = TEXT.indexOf(words);
  return { paragraph: 0, start, end: start + words.length, name: words };
};
const QUOTES = [quote('We will build the pier before winter,'), quote('costs are under control')];
const span = (words: string, pad = 0) => [TEXT.indexOf(words) - pad, TEXT.indexOf(words) + words.length + pad] as const;

describe('judgeSelection', () => {
  test.each([
    ['the whole quote', span('We will build the pier before winter,'), { ok: true, quote: QUOTES[0]!.name }],
    ['the whole quote with its marks', span('We will build the pier before winter,', 1), { ok: true, quote: QUOTES[0]!.name }],
    ['three words inside a quote', span('build the pier'), { ok: true, quote: QUOTES[0]!.name, text: 'build the pier' }],
    ['a short quote whole', span('costs are under control'), { ok: true, quote: QUOTES[1]!.name }],
    [
      'the sentence around one quote: saved as that quote',
      span('adding that “costs are under control” and that'),
      { ok: true, quote: QUOTES[1]!.name, text: 'costs are under control' },
    ],
    ['a span between marks the engine did not take as a quote', span('harbour fund'), { ok: false, why: 'tooShort' }],
    ['two words inside a quote', span('the pier'), { ok: false, why: 'tooShort' }],
    ['narrative only', span('Mayor Oda Renn said on Friday'), { ok: false, why: 'notQuote' }],
    ['a short narrative fragment', span('the council'), { ok: false, why: 'notQuote' }],
    ['the whole paragraph, two quotes in it', [0, TEXT.length], { ok: false, why: 'notQuote' }],
    ['narrative starting inside a quote', span('winter,” Mayor Oda'), { ok: false, why: 'notQuote' }],
    ['only marks and spaces', span('” ', 0), { ok: false, why: 'nothing' }],
  ] as const)('%s', (_, [start, end], want) => {
    const got = judgeSelection(TEXT, start, end, QUOTES);
    if (!want.ok) return expect(got).toEqual(want);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.quote?.name ?? null).toBe(want.quote);
    if ('text' in want) expect(TEXT.slice(got.start, got.end)).toBe(want.text);
  });

  test.each([
    ['straight', "We don't think the ferry will come, and they'll say so."],
    ['curly', 'We don’t think the ferry will come, and they’ll say so.'],
  ])('narrative between two %s apostrophes is not a quoted span', (_, text) => {
    const [s, e] = [text.indexOf('t think'), text.indexOf('they') + 4];
    expect(judgeSelection(text, s, e, [])).toEqual({ ok: false, why: 'notQuote' });
  });

  test('a span between marks with no engine quote is saved with the speaker unknown', () => {
    const text = 'Officials called it a "plan to rebuild the harbour wall" in the notice.';
    const [s, e] = [text.indexOf('plan'), text.indexOf('wall') + 4];
    expect(judgeSelection(text, s, e, [])).toEqual({ ok: true, start: s, end: e, quote: null });
  });
});
