import { describe, expect, test } from 'vitest';
import { earlierCount, whenOf } from './related-time';

const q = (published: string | null, savedAt?: string) => ({
  text: '',
  paragraph: '',
  headline: '',
  speaker: null,
  published,
  ...(savedAt ? { savedAt } : {}),
});

describe('earlier means published earlier', () => {
  test.each([
    ['published before the article', q('2023-02-10T00:00:00Z'), q('2022-11-01T00:00:00Z', '2026-03-01T00:00:00Z'), 'earlier', false],
    ['published after it, though saved before', q('2023-02-10T00:00:00Z'), q('2026-03-01T00:00:00Z', '2023-01-01T00:00:00Z'), 'later', false],
    ['the same day', q('2023-02-10T08:00:00Z'), q('2023-02-10T20:00:00Z'), 'same day', false],
    ['no publication date: the save date, flagged', q('2023-02-10T00:00:00Z'), q(null, '2023-01-05T00:00:00Z'), 'earlier', true],
    ['no date on the article', q(null), q('2023-01-05T00:00:00Z'), null, false],
  ] as const)('%s', (_name, query, candidate, relation, dateIsSaved) => {
    expect(whenOf(query, candidate)).toMatchObject({ relation, dateIsSaved });
  });

  test('the count of earlier statements counts earlier topic matches only', () => {
    const at = (relation: 'earlier' | 'later', topic: boolean) => ({ topic, when: { relation, date: null, dateIsSaved: false } });
    expect(earlierCount([at('earlier', true), at('later', true), at('earlier', false), at('earlier', true)])).toBe(2);
  });
});
