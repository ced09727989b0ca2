/** Stored scoring features: packed without loss, kept current by every write, read by ranking, never handed out. */
import { describe, expect, test } from 'vitest';
import { featuresOf, conceptsOf, type Features } from '../../../src/core/index';
import { exportLibrary, importLibrary, wipeLibrary } from '../../../src/storage/export-import';
import { FEATURES_TAG, packFeatures, unpackFeatures } from '../../../src/storage/features';
import { findPerson, mergePeople, splitPerson } from '../../../src/storage/people';
import { deleteQuote, getQuote, restoreQuote, saveQuote, setQuoteSpeaker } from '../../../src/storage/quotes';
import { findRelated } from '../../../src/storage/related';
import { listQuotes, listQuotesOnPage, searchQuotes } from '../../../src/storage/search';
import { loadSeeds } from '../../support/corpus';
import { expectFeaturesCurrent, freshLibrary, makeInput, saveAll, seedInputs, unwrap } from './helpers';

/**
 * Entities and concepts as arrays in insertion order: the reasons shown name the first concept word found.
 * Terms are only ever looked up, so their order is not kept.
 */
const ordered = (f: Features) => JSON.stringify([f.entities, f.concepts], (_k, v: unknown) => (v instanceof Set || v instanceof Map ? [...v] : v));

const TRICKY = [
  { text: 'the door to diplomacy [with Russia] still remains open', paragraph: '', headline: 'Psaki Says Door Open', speaker: 'Jen Psaki' },
  {
    text: 'A constructor’s talks, talks and TALKS on the Black Sea grain deal',
    paragraph: 'Kyiv-based O’Neill said the deal-making…',
    headline: 'Talks To Contact Putin',
    speaker: 'a senior official',
  },
  { text: 'x', paragraph: '', headline: '', speaker: null },
];

describe('packing', () => {
  test('every seed quote, and some awkward ones, unpack to exactly the features they were packed from', () => {
    const inputs = loadSeeds().flatMap((seed, i) => seedInputs(seed, `https://seed.example/${i}`));
    expect(inputs.length).toBeGreaterThan(20);
    for (const q of [...inputs, ...TRICKY]) {
      const f = featuresOf(q);
      const back = unpackFeatures(packFeatures(f));
      expect(back).toEqual(f);
      expect(ordered(back!)).toBe(ordered(f));
    }
  });

  test('a packing under another tag, or none, is not read', () => {
    const packed = packFeatures(featuresOf(TRICKY[0]!));
    expect(packed.startsWith(`${FEATURES_TAG}|`)).toBe(true);
    for (const stale of [packed.replace(FEATURES_TAG, 'f0'), packed.split('|').slice(0, 5).join('|'), undefined, null, 42, ''])
      expect(unpackFeatures(stale)).toBeNull();
  });

  test('"constructor" is a word, not a concept', () => {
    expect([...conceptsOf('The constructor said talks were over.').keys()]).toEqual(['diplomacy']);
  });
});

describe('stored features', () => {
  test("stay those of the record's own text through saves, merges, speaker changes, people edits, undo and import", async () => {
    const { db } = await freshLibrary();
    await saveAll(
      db,
      loadSeeds().flatMap((seed, i) => seedInputs(seed, `https://seed.example/${i}`)),
    );
    const a = unwrap(await saveQuote(db, makeInput({ text: 'Kansas needs schools.', speaker: 'Kelly', speakerTitle: 'Governor' }))).record;
    unwrap(await saveQuote(db, makeInput({ text: 'Kansas needs schools.', speaker: 'Kelly', speakerTitle: 'Governor', url: 'https://other.example/k' })));
    const b = unwrap(
      await saveQuote(db, makeInput({ text: 'Arizona needs water.', speaker: 'Mark Kelly', speakerTitle: 'Senator', url: 'https://news.example/az' })),
    ).record;
    await expectFeaturesCurrent(db);
    const moved = unwrap(await setQuoteSpeaker(db, a.id, 'Laura Kelly', 'Governor'));
    expect(moved.speaker).toBe('Laura Kelly');
    await expectFeaturesCurrent(db);
    unwrap(await mergePeople(db, b.personId!, moved.personId!));
    unwrap(await splitPerson(db, b.personId!, [a.id], 'Laura Kelly'));
    const removed = unwrap(await deleteQuote(db, b.id))!;
    unwrap(await restoreQuote(db, { ...removed, features: 'f1|forged||||||||' } as typeof removed));
    await expectFeaturesCurrent(db);
    const file = unwrap(await exportLibrary(db));
    unwrap(await wipeLibrary(db));
    unwrap(await importLibrary(db, file));
    unwrap(await importLibrary(db, file));
    await expectFeaturesCurrent(db, file.quotes.length);
  });

  test('ranking reads them instead of deriving them from the text again', async () => {
    const { db } = await freshLibrary();
    const bridge = makeInput({ text: 'The Ashford bridge repairs will be funded this year.', speaker: 'Ana Okafor', url: 'https://news.example/1' });
    const other = unwrap(await saveQuote(db, makeInput({ text: 'Bananas are yellow.', speaker: 'Ana Okafor', url: 'https://news.example/2' }))).record;
    const person = unwrap(await findPerson(db, 'Ana Okafor', null))!;
    const query = {
      text: 'Who pays for the Ashford bridge repairs?',
      paragraph: '',
      headline: '',
      speaker: 'Ana Okafor',
      personId: person.id,
      sourceUrl: 'https://news.example/3',
    };
    const [before] = unwrap(await findRelated(db, query, 5));
    expect(before).toMatchObject({ candidate: { id: other.id }, reasons: ['same speaker'] });
    // Only the stored features change; the record's text still says nothing about bridges.
    const stored = (await db.get('quotes', other.id))!;
    await db.put('quotes', { ...stored, features: packFeatures(featuresOf({ ...bridge, speaker: bridge.speaker })) });
    const [after] = unwrap(await findRelated(db, query, 5));
    expect(after!.candidate.id).toBe(other.id);
    expect(after!.score).toBeGreaterThan(before!.score);
    expect(after!.reasons.join(' ')).toMatch(/both about Ashford/);
  });

  test('are never handed out: reads, searches, lookups, saves and exports give plain records', async () => {
    const { db } = await freshLibrary();
    await saveAll(
      db,
      loadSeeds().flatMap((seed, i) => seedInputs(seed, `https://seed.example/${i}`, i + 1)),
    );
    const saved = unwrap(await saveQuote(db, makeInput({ text: 'Talks with Moscow must resume.', speaker: 'Joe Biden', speakerTitle: 'President' })));
    const related = unwrap(
      await findRelated(db, { text: 'Talks with Moscow', paragraph: '', headline: '', speaker: 'Joe Biden', sourceUrl: 'https://elsewhere.example/' }, 10),
    );
    expect(related.length).toBeGreaterThan(0);
    const handedOut = [
      saved.record,
      unwrap(await getQuote(db, saved.record.id))!,
      ...related.map((r) => r.candidate),
      ...unwrap(await listQuotes(db, { limit: 5 })),
      ...unwrap(await listQuotesOnPage(db, 'https://seed.example/0')),
      ...unwrap(await searchQuotes(db, { text: 'moscow', limit: 5 })).items,
      ...unwrap(await searchQuotes(db, { limit: 5 })).items,
      ...unwrap(await exportLibrary(db)).quotes,
      unwrap(await setQuoteSpeaker(db, saved.record.id, 'Biden', 'President')),
      unwrap(await deleteQuote(db, saved.record.id))!,
    ];
    expect(handedOut.length).toBeGreaterThan(20);
    for (const q of handedOut) expect(Object.keys(q)).not.toContain('features');
  });
});
