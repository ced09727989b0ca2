import { describe, expect, test } from 'vitest';
import { anchorQuote } from './anchoring';
import type { TextQuoteSelector } from './library-model';

const page = 'Intro. “The door to diplomacy remains open,” Psaki said. Later: “The door to diplomacy remains open,” she repeated.';
const sel = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

describe('anchorQuote', () => {
  test('the recorded position wins when the text there is unchanged', () => {
    const start = page.indexOf('The door');
    expect(anchorQuote(page, sel('The door to diplomacy remains open,'), { type: 'TextPositionSelector', start, end: start + 35 })).toMatchObject({
      start,
      score: 1,
    });
  });

  test('context picks the right one of two identical quotes', () => {
    const second = page.lastIndexOf('The door');
    const a = anchorQuote(page, sel('The door to diplomacy remains open,', 'Later: “', '” she repeated'));
    expect(a?.start).toBe(second);
  });

  test('a lightly edited quote is still found', () => {
    const edited = 'Intro. “The door to diplomacy still remains open,” Psaki said.';
    const a = anchorQuote(edited, sel('The door to diplomacy remains open,', 'Intro. “', '” Psaki said'));
    expect(a).not.toBeNull();
    expect(edited.slice(a!.start, a!.end)).toMatch(/^The door to diplomacy (still )?remains open,?/);
  });

  test('a quote that is gone is an orphan', () => {
    expect(anchorQuote('A completely different article about ferries and budgets.', sel('The door to diplomacy remains open,'))).toBeNull();
  });
});
