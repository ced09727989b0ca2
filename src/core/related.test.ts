import { describe, expect, test } from 'vitest';
import { rankRelated, statsOf, type RelatedCandidate } from './related';

const c = (id: string, text: string, speaker: string, extra: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  id, text, speaker, paragraph: text, headline: '', sourceUrl: `https://news.example/${id}`, ...extra,
});

describe('rankRelated', () => {
  const library = [
    c('a', 'We are ready for talks with Moscow at any time.', 'Maria Alvarez'),
    c('b', 'The harbour budget keeps the ferries running.', 'Ines Varga'),
    c('c', 'Our farmers need the grain corridor reopened.', 'Maria Alvarez'),
    c('d', 'There will be no dialogue while the shelling continues.', 'Henrik Dahl'),
  ];
  const stats = statsOf(library);

  test.each([
    ['a concept match across different words', { text: 'The door to diplomacy stays open.', speaker: 'Jen Psaki' }, ['d', 'a']],
    ['the same speaker ranks even on another topic', { text: 'Ferries are not my department.', speaker: 'Maria Alvarez' }, ['a', 'c']],
  ])('%s', (_name, q, ids) => {
    const top = rankRelated({ ...q, paragraph: q.text, headline: '' }, library, stats, 5).map((r) => r.candidate.id);
    for (const id of ids) expect(top).toContain(id);
  });

  test('results carry readable reasons', () => {
    const [first] = rankRelated({ text: 'Talks with Moscow must resume.', speaker: 'Maria Alvarez', paragraph: '', headline: '' }, library, stats, 1);
    expect(first!.candidate.id).toBe('a');
    expect(first!.reasons).toContain('same speaker');
    expect(first!.reasons.join(' ')).toMatch(/both about .*Moscow/);
  });

  test('quotes from the same page are not earlier statements', () => {
    const top = rankRelated({ text: 'Talks with Moscow', speaker: 'X', paragraph: '', headline: '', sourceUrl: 'https://news.example/a' }, library, stats, 5);
    expect(top.map((r) => r.candidate.id)).not.toContain('a');
  });

  test('an unrelated statement is not returned at all', () => {
    expect(rankRelated({ text: 'Bananas are yellow.', speaker: 'Nobody', paragraph: '', headline: '' }, library, stats, 5)).toEqual([]);
  });
});
