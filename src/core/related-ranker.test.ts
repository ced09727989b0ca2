import { describe, expect, test } from 'vitest';
import { rankRelated, relatedRanker, statsOf, type RelatedCandidate, type RelatedQuery } from './related';

const c = (id: string, text: string, speaker: string, day: number): RelatedCandidate => ({
  id,
  text,
  speaker,
  paragraph: `“${text}” ${speaker} told reporters in Lindqvist.`,
  headline: day % 2 ? 'Harbour levy vote nears' : 'Ferry strike enters second week',
  sourceUrl: `https://paper.example/${id}`,
  published: `2025-03-${String(1 + day).padStart(2, '0')}T08:00:00.000Z`,
});

// Invented statements: two near-identical ones, several by one speaker (some on the same day, so only the id
// orders them), topics that overlap in part.
const library = [
  c('a', 'The harbour levy will pay for new ferry berths.', 'Olga Brandt', 1),
  c('b', 'The harbour levy will pay for new ferry berths!', 'Olga Brandt', 1),
  c('c', 'Ferry crews deserve the pay rise they asked for.', 'Tomas Ek', 3),
  c('d', 'No levy should fall on fishing families.', 'Olga Brandt', 4),
  c('e', 'The strike ends when the ferry company talks to the crews.', 'Tomas Ek', 5),
  c('f', 'Our school roofs need repairs before winter.', 'Mira Holm', 6),
  c('g', 'Ferry berths in Lindqvist are older than the harbour levy itself.', 'Mira Holm', 7),
  c('h', 'I never said the levy was a tax on fishing.', 'Olga Brandt', 4),
  c('i', 'Crews on the night ferry have not been paid since March.', 'Jonas Falk', 9),
];
const stats = statsOf(library);
const q = (text: string, speaker: string): RelatedQuery => ({
  text,
  speaker,
  paragraph: `“${text}” ${speaker} said.`,
  headline: '',
  sourceUrl: 'https://paper.example/new',
});

/** The same candidates, cut into batches in other orders. */
const splits: Array<[string, (xs: RelatedCandidate[]) => RelatedCandidate[][]]> = [
  ['all at once', (xs) => [xs]],
  ['one at a time, last first', (xs) => [...xs].reverse().map((x) => [x])],
  ['three interleaved batches', (xs) => [0, 1, 2].map((k) => xs.filter((_, i) => i % 3 === k))],
  ['an empty batch first, then two halves', (xs) => [[], xs.slice(4), xs.slice(0, 4)]],
];
const queries = [
  q('The harbour levy must not raise ferry fares.', 'Olga Brandt'),
  q('Ferry crews will strike again unless they are paid.', 'Tomas Ek'),
  q('Nobody in Lindqvist asked for a levy on fishing.', 'Mira Holm'),
  q('The budget for roofs is settled.', 'Ada Lind'),
];

describe('relatedRanker', () => {
  test.each(splits.flatMap(([name, split]) => queries.map((query, i) => [name, i, query, split] as const)))(
    'batches (%s) rank query %i as rankRelated does on the whole list',
    (_name, _i, query, split) => {
      const whole = rankRelated(query, library, stats, 6);
      const ranker = relatedRanker(query, stats);
      for (const batch of split(library)) ranker.add(batch);
      expect(ranker.ranked(6)).toEqual(whole);
    },
  );

  // Same-speaker results, topic ones, a near-identical pair shown once (Brandt's four make three) and an
  // empty answer: the comparisons above cover every path of the ranking.
  test('the queries reach every kind of result, so the comparisons above are not between empty lists', () => {
    const found = queries.map((query) => rankRelated(query, library, stats, 6));
    expect(found.map((r) => r.length)).toEqual([3, 2, 4, 0]);
    expect(found.map((r) => r.filter((x) => x.topic).length)).toEqual([0, 0, 2, 0]);
  });

  test('ranked can be read part-way and again after more candidates, as if they had come at once', () => {
    const ranker = relatedRanker(queries[0]!, stats);
    ranker.add(library.slice(0, 3));
    expect(ranker.ranked(6)).toEqual(rankRelated(queries[0]!, library.slice(0, 3), stats, 6));
    ranker.add(library.slice(3));
    expect(ranker.ranked(6)).toEqual(rankRelated(queries[0]!, library, stats, 6));
  });
});
