import { describe, expect, test } from 'vitest';
import { rankRelated, statsOf, type RelatedCandidate } from './related';

const c = (id: string, text: string, speaker: string, extra: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  id,
  text,
  speaker,
  paragraph: text,
  headline: '',
  sourceUrl: `https://news.example/${id}`,
  ...extra,
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
    ['a concept match across different words, about the same place', { text: 'The door to diplomacy with Moscow stays open.', speaker: 'Jen Psaki' }, ['a']],
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

  test('a shared concept alone (no shared name) is not the same claim', () => {
    const top = rankRelated({ text: 'The door to diplomacy stays open.', speaker: 'Jen Psaki', paragraph: '', headline: '' }, library, stats, 5);
    expect(top.map((r) => r.candidate.id)).toEqual([]);
  });

  test('near-identical statements show once; numbers tell statements apart', () => {
    const lib = [
      c('x1', 'Talks with Moscow must resume at once.', 'Maria Alvarez'),
      c('x2', 'Talks with Moscow must resume at once!', 'M. Alvarez'),
      c('x3', 'Talks with Moscow must resume by May 3.', 'Henrik Dahl'),
      c('x4', 'Talks with Moscow must resume by May 4.', 'Henrik Dahl'),
    ];
    const top = rankRelated({ text: 'Moscow talks must resume.', speaker: 'Ines Varga', paragraph: '', headline: '' }, lib, statsOf(lib), 10);
    expect(top.map((r) => r.candidate.id).sort()).toEqual(['x1', 'x3', 'x4']);
  });

  describe('precision: the same news cycle is not the same claim', () => {
    // A crowd in which one famous person is named often (in a fifth of it), so that the name says little.
    const crowd = [
      ...Array.from({ length: 40 }, (_, i) =>
        c(`f${i}`, `${i % 5 === 0 ? 'Governor Quillon' : 'The council'} spoke about the harbour levy number ${i} again.`, `Aide Person${i}`),
      ),
      c('best', 'Quillon is the best choice we have, obviously.', 'Tamsin Ovell'),
      c('dredge', 'The Brackwater dredging permit was signed in secret by Quillon.', 'Odile Fenn'),
      c('cyc', 'Quillon will win the cycle, no question.', 'Pavo Rindt'),
    ];
    const crowdStats = statsOf(crowd);
    const top = (text: string) =>
      rankRelated({ text, speaker: 'Lisbet Amory', paragraph: '', headline: '' }, crowd, crowdStats, 3)
        .filter((r) => r.topic)
        .map((r) => r.candidate.id);

    test.each([
      ['a famous name and common English words ("best", "obviously")', 'Obviously Quillon gave the best answer tonight.', []],
      ['a famous name and a sentence-opening capitalised common word', 'People want Quillon to answer the question.', []],
      ['a rare name and a rare word both quotes hold (the same event)', 'Who signed the Brackwater dredging permit?', ['dredge']],
    ])('%s', (_name, text, ids) => {
      expect(top(text)).toEqual(ids);
    });
  });

  describe('who counts as the same speaker', () => {
    const people = [
      c('src', 'The vote was rigged from the start.', 'the source'),
      c('lee1', 'The anchor desk moves to Seoul next week.', 'Lee', { personId: 'p_mj_lee' }),
      c('self', 'Unlike Ines Varga, I read the harbour budget.', 'Ines Varga'),
      c('own', 'I will keep the harbour ferries running.', 'Ines Varga'),
    ];
    const ids = (q: Partial<RelatedCandidate>) =>
      rankRelated({ text: 'Ferries are not my department.', paragraph: '', headline: '', speaker: null, ...q }, people, statsOf(people), 5)
        .filter((r) => r.sameSpeaker)
        .map((r) => r.candidate.id);
    test.each([
      ['an unnamed "source" is nobody in particular', { speaker: 'the source' }, []],
      ['two library people who share a name stay two', { speaker: 'Lee', personId: 'p_lee_jae_myung' }, []],
      ['the same library person, whatever the name', { speaker: 'MJ Lee', personId: 'p_mj_lee' }, ['lee1']],
      ["a statement naming its own speaker is likely someone else's words", { speaker: 'Ines Varga' }, ['own']],
      ['…and so is the query when it names its speaker', { speaker: 'Ines Varga', text: 'Ines Varga never read the budget.' }, []],
    ])('%s', (_name, q, expected) => {
      expect(ids(q)).toEqual(expected);
    });
  });

  test('an unrelated statement is not returned at all', () => {
    expect(rankRelated({ text: 'Bananas are yellow.', speaker: 'Nobody', paragraph: '', headline: '' }, library, stats, 5)).toEqual([]);
  });
});
