/** A library as an old build left it: quotes by eight people on thirty pages, some seen on two pages. */
import { buildQuoteRecord, type QuoteRecord, type SourceRecord } from '../../../src/core/index';
import { surnameOf } from '../../../src/storage/schema';
import { makeInput } from './helpers';
import type { V1Data, V1Person } from './v1-database';

const SPEAKERS = [
  ['Jen Psaki', 'White House Press Secretary'],
  ['Antony Blinken', 'Secretary of State'],
  ['Sergey Lavrov', 'Russian Foreign Minister'],
  ['Olaf Scholz', 'German Chancellor'],
  ['Emmanuel Macron', 'French President'],
  ['Joe Biden', 'President'],
  ['Mark Kelly', 'Senator'],
  ['Laura Kelly', 'Governor'],
] as const;
const TOPICS = [
  'sanctions on Russian banks',
  'grain exports through the Black Sea',
  'inflation and the budget',
  'talks with Moscow',
  'troops in Estonia',
  'asylum at the border',
  'a ceasefire in Ukraine',
];

/** `count` quotes (240 unless told) by 8 people on 30 pages; every tenth was seen on two pages. */
export function oldLibrary(count = 240): V1Data & { quotes: QuoteRecord[] } {
  const people: V1Person[] = SPEAKERS.map(([name, title], i) => ({
    id: `p_v1_${i}`,
    name,
    aliases: [],
    titles: [{ title, seen: '2023-05-01', sourceUrl: 'https://old.example/0' }],
    official: true,
    surname: surnameOf(name),
  }));
  const sources: SourceRecord[] = Array.from({ length: 30 }, (_, i) => ({
    url: `https://old.example/${i}`,
    title: `Story ${i}`,
    outlet: i % 2 ? 'Old Times' : 'Wire',
    published: `2023-0${1 + (i % 9)}-01T00:00:00.000Z`,
  }));
  const quotes = Array.from({ length: count }, (_, i) => {
    const [speaker, speakerTitle] = SPEAKERS[i % SPEAKERS.length]!;
    const source = sources[i % sources.length]!;
    const input = makeInput({
      text: `We discussed ${TOPICS[i % TOPICS.length]} again, item ${i}.`,
      speaker,
      speakerTitle,
      url: source.url,
      published: source.published,
      savedAt: new Date(Date.UTC(2023, 5, 1, 0, i)).toISOString(),
    });
    const record = buildQuoteRecord(input, people[i % SPEAKERS.length]!.id);
    return i % 10 === 0 ? { ...record, sourceUrls: [record.sourceUrl, sources[(i + 1) % sources.length]!.url] } : record;
  });
  return { quotes, people, sources };
}
