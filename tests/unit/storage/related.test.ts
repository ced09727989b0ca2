/** findRelated: candidates only through indexes, stats from the stats store, and sensible answers on the seeds. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyzeArticle, headlineOf, rankRelated, type LibraryStats, type RelatedQuery } from '../../../src/core/index';
import { findPerson } from '../../../src/storage/people';
import { findRelated, findRelatedWithSources, RELATED_LIMITS, relatedStatKeys } from '../../../src/storage/related';
import type { LibraryDB } from '../../../src/storage/schema';
import { loadSeeds, type Annotated } from '../../support/corpus';
import { freshLibrary, makeInput, saveAll, seedInputs, unwrap } from './helpers';

afterEach(() => vi.restoreAllMocks());

const [seed000, seed003] = loadSeeds().sort((a, b) => a.file.localeCompare(b.file));
const URL000 = 'https://antiwar.example/biden-putin';
const URL003 = 'https://townhall.example/psaki';

function queryFrom(seed: Annotated, startsWith: string, sourceUrl: string): RelatedQuery {
  const q = analyzeArticle(seed.input).quotes.find((x) => x.text.startsWith(startsWith))!;
  return { text: q.text, paragraph: seed.input.paragraphs[q.paragraph]!, headline: headlineOf(seed.input.paragraphs), speaker: q.speaker, sourceUrl };
}

/** Unrelated quotes so that candidates have to be chosen, not just all read. */
async function withFiller(db: LibraryDB, count: number): Promise<void> {
  const topics = ['the farm budget', 'school lunches', 'a new stadium', 'bridge repairs', 'hospital funding'];
  await saveAll(
    db,
    Array.from({ length: count }, (_, i) =>
      makeInput({
        text: `We need more money for ${topics[i % topics.length]} this spring, number ${i}.`,
        speaker: `Mayor Person${i % 40}`,
        speakerTitle: 'Mayor',
        url: `https://local.example/${i % 60}`,
      }),
    ),
  );
}

function spyGetAll() {
  return { stores: vi.spyOn(IDBObjectStore.prototype, 'getAll'), indexes: vi.spyOn(IDBIndex.prototype, 'getAll') };
}

const top3 = (results: Array<{ candidate: { text: string; speaker: string | null } }>) =>
  results.slice(0, 3).map((r) => `${r.candidate.speaker}: ${r.candidate.text}`);

describe('findRelated on the seeds', () => {
  test.each([0, 300])('Biden\'s "no immediate plans" finds Psaki on diplomacy in the top 3 (%i filler quotes)', async (filler) => {
    expect(headlineOf(seed003!.input.paragraphs)).toMatch(/^Psaki Says/);
    const { db } = await freshLibrary();
    await withFiller(db, filler);
    await saveAll(db, seedInputs(seed003!, URL003, 2));
    const query = queryFrom(seed000!, 'I have no immediate plans', URL000);
    const biden = unwrap(await findPerson(db, 'Biden', 'President'));
    expect(biden).not.toBeNull();
    const spies = spyGetAll();
    const results = unwrap(await findRelated(db, { ...query, personId: biden!.id }, 10));
    expect(spies.stores.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'quotes')).toEqual([]);
    expect(spies.indexes).toHaveBeenCalled();
    const psaki = /^Jen Psaki: (door to diplomacy$|the door to diplomacy \[with Russia\] still remains open|That remains an option)/;
    expect(
      top3(results).some((t) => psaki.test(t)),
      top3(results).join('\n'),
    ).toBe(true);
    expect(results.every((r) => !r.candidate.text.includes('farm budget'))).toBe(true);
  });

  test.each([0, 300])('Psaki\'s "door to diplomacy [with Russia]" finds Biden on talking to Putin in the top 3 (%i filler quotes)', async (filler) => {
    const { db } = await freshLibrary();
    await withFiller(db, filler);
    await saveAll(db, seedInputs(seed000!, URL000, 1));
    const query = queryFrom(seed003!, 'the door to diplomacy [with Russia]', URL003);
    const spies = spyGetAll();
    const results = unwrap(await findRelated(db, { ...query, personId: null }, 10));
    expect(spies.stores.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'quotes')).toEqual([]);
    const biden = /^Biden: (I have no immediate plans|I’m prepared to speak)/;
    expect(
      top3(results).some((t) => biden.test(t)),
      top3(results).join('\n'),
    ).toBe(true);
  });

  test("without a person id the lookup finds the speaker's person itself, and brings each result's source", async () => {
    const { db } = await freshLibrary();
    await withFiller(db, 300);
    await saveAll(db, seedInputs(seed003!, URL003, 2));
    await saveAll(db, seedInputs(seed000!, 'https://elsewhere.example/biden', 3));
    const query = queryFrom(seed000!, 'I have no immediate plans', URL000);
    const biden = unwrap(await findPerson(db, 'Biden', 'President'))!;
    const given = unwrap(await findRelated(db, { ...query, personId: biden.id }, 10));
    const resolved = unwrap(await findRelatedWithSources(db, { ...query, speakerTitle: 'President' }, 10));
    expect(resolved.map(({ source: _s, ...r }) => r)).toEqual(given);
    // The person's other statements came in as candidates, not only quotes sharing words.
    expect(resolved.filter((r) => r.reasons.includes('same speaker')).length).toBeGreaterThan(0);
    expect(resolved.map((r) => r.source?.outlet)).toEqual(resolved.map(() => 'Seed News'));
    expect(resolved.every((r) => r.source?.url === r.candidate.sourceUrl)).toBe(true);
  });

  test('a source changed by a later save shows as it is now, not as a look-up before read it', async () => {
    const { db } = await freshLibrary();
    const save = (title: string, text: string) =>
      saveAll(db, [
        {
          ...makeInput({ text, speaker: 'Ines Harlow', url: 'https://news.example/ferry' }),
          source: { url: 'https://news.example/ferry', title, outlet: title, published: null },
        },
      ]);
    await save('Harbour Ledger', 'The Ashgrove ferry pilot ends in June.');
    const query = { text: 'Will the Ashgrove ferry pilot end?', paragraph: '', headline: '', speaker: 'Ines Harlow', sourceUrl: 'https://news.example/other' };
    const outlets = async () => unwrap(await findRelatedWithSources(db, query, 10)).map((r) => r.source?.outlet);
    expect(await outlets()).toEqual(['Harbour Ledger']);
    await save('Harbour Courier', 'The Ashgrove ferry pilot ends in June.');
    expect(await outlets()).toEqual(['Harbour Courier']);
  });

  test("quotes from the query's own page are not offered", async () => {
    const { db } = await freshLibrary();
    await saveAll(db, seedInputs(seed003!, URL003, 2));
    const results = unwrap(await findRelated(db, queryFrom(seed003!, 'the door to diplomacy [with Russia]', URL003), 10));
    expect(results).toEqual([]);
  });
});

describe('the same speaker', () => {
  test('brings their latest statements, not whichever ids come first', async () => {
    const { db } = await freshLibrary();
    const topics = ['harbour dredging', 'tram fares', 'library hours', 'snow clearing', 'park benches', 'bus lanes'];
    // Many statements by one speaker, one a day, none sharing a word with the query but the speaker.
    const total = 3 * RELATED_LIMITS.samePerson;
    const inputs = Array.from({ length: total }, (_, i) =>
      makeInput({
        text: `Council will review ${topics[i % topics.length]} plan ${i}.`,
        speaker: 'Ana Ruiz',
        speakerTitle: 'Mayor',
        url: `https://city.example/${i}`,
        savedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      }),
    );
    await saveAll(db, [...inputs].reverse());
    const person = unwrap(await findPerson(db, 'Ana Ruiz', 'Mayor'))!;
    const query = {
      text: 'Fireworks are cancelled this year.',
      paragraph: '“Fireworks are cancelled this year,” the mayor said.',
      headline: 'No fireworks',
      speaker: 'Ana Ruiz',
      personId: person.id,
      sourceUrl: 'https://city.example/new',
    };
    const found = new Set(unwrap(await findRelated(db, query, total)).map((r) => Number(/plan (\d+)/.exec(r.candidate.text)![1])));
    const latest = Array.from({ length: RELATED_LIMITS.samePerson }, (_, k) => total - 1 - k);
    expect(latest.filter((n) => !found.has(n))).toEqual([]);
  });
});

describe('relatedStatKeys', () => {
  test('holds every key the ranking asks a document frequency for', () => {
    const all = [...seedInputs(seed000!, URL000, 1), ...seedInputs(seed003!, URL003, 2)].map((s, i) => ({
      ...s,
      id: `c${i}`,
      sourceUrl: s.source.url,
      personId: null,
    }));
    for (const query of all) {
      const asked = new Set<string>();
      const stats: LibraryStats = {
        docs: 100,
        df: (k) => {
          asked.add(k);
          return 1;
        },
      };
      rankRelated({ ...query, id: undefined, sourceUrl: 'https://elsewhere.example/' }, all, stats, 50);
      const prefetched = new Set(relatedStatKeys(query));
      expect([...asked].filter((k) => !prefetched.has(k))).toEqual([]);
    }
  });
});
