/**
 * Server changes taken into the library: a quote edited or deleted elsewhere leaves the document
 * frequencies as if the library had only ever held its latest version, however the batch lists it.
 */
import { describe, expect, test } from 'vitest';
import { buildQuoteRecord, tickHlc, type QuoteRecord } from '../../../src/core/index';
import type { ParsedDoc } from '../../../src/shared/sync-schema';
import { applyRemote } from '../../../src/storage/sync-apply';
import { DOCS_KEY, statKeysOf, type LibraryDB, type StoredQuote } from '../../../src/storage/schema';
import { freshLibrary, makeInput, statRows, unwrap } from '../storage/helpers';

const first = buildQuoteRecord(makeInput({ text: 'The ferry timetable stays as it is for now.', speaker: null }), null);
const edited: QuoteRecord = { ...buildQuoteRecord(makeInput({ text: 'Lighthouse repairs begin in the autumn.', speaker: null }), null), id: first.id };

let clock = 0;
const doc = (record: QuoteRecord, state: 'live' | 'deleted' = 'live'): ParsedDoc => ({
  docId: `quote:${record.id}`,
  kind: 'quote',
  key: record.id,
  body: { kind: 'quote', hlc: tickHlc(null, Date.UTC(2026, 0, 1) + ++clock, 'other'), state, record, mergedInto: null, history: [] },
});

async function apply(db: LibraryDB, docs: ParsedDoc[]) {
  return unwrap(await applyRemote(db, { docs, redirects: new Map(), revived: [], seq: ++clock, mirror: 'm' }));
}

async function statsAfter(...batches: ParsedDoc[][]): Promise<Map<string, number>> {
  const { db } = await freshLibrary();
  for (const docs of batches) await apply(db, docs);
  return statRows(db);
}

describe('server changes keep the document frequencies true', () => {
  test.each<[string, () => ParsedDoc[][], () => ParsedDoc[][]]>([
    ['an edit in a later batch', () => [[doc(first)], [doc(edited)]], () => [[doc(edited)]]],
    ['an edit in the same batch', () => [[doc(first), doc(edited)]], () => [[doc(edited)]]],
    ['a delete in a later batch', () => [[doc(first)], [doc(edited, 'deleted')]], () => [[]]],
  ])('%s', async (_name, batches, expected) => {
    const got = await statsAfter(...batches());
    const want = await statsAfter(...expected());
    expect([...got].filter(([, n]) => n !== 0).sort()).toEqual([...want].filter(([, n]) => n !== 0).sort());
  });

  // Repeated words, a named speaker, concept words and a headline name: every kind of stat key, some twice.
  const harbour = buildQuoteRecord(
    makeInput({
      text: 'Harbour fees rise, and harbour fees will rise again when Marlow Quay reopens.',
      speaker: 'Ines Varga',
      paragraph: 'Port officials said the budget and the tax on moorings would be debated in parliament.',
      headline: 'Marlow Quay Fees Climb Again',
    }),
    null,
  );
  const orchard = buildQuoteRecord(makeInput({ text: 'The orchard grant was cut by half, and the election is near.', speaker: 'Tomas Reyes' }), null);
  const orchardEdited: QuoteRecord = { ...orchard, text: 'The orchard grant stays, whatever the election brings.' };

  /** The counts as a rebuild from the stored quotes would give them, each quote's keys derived again from its row. */
  async function recount(db: LibraryDB): Promise<Map<string, number>> {
    const df = new Map<string, number>();
    const rows: StoredQuote[] = await db.getAll('quotes');
    for (const q of rows) for (const k of statKeysOf(q)) df.set(k, (df.get(k) ?? 0) + 1);
    if (rows.length > 0 || df.size > 0) df.set(DOCS_KEY, rows.length);
    return df;
  }

  test.each<[string, () => ParsedDoc[][]]>([
    ['new quotes in one batch', () => [[doc(harbour), doc(orchard)]]],
    ['new quotes, then an edit of one', () => [[doc(harbour), doc(orchard)], [doc(orchardEdited)]]],
    ['a new quote and its edit in the same batch', () => [[doc(orchard), doc(harbour), doc(orchardEdited)]]],
    ['new quotes, then a delete of one', () => [[doc(harbour)], [doc(orchard)], [doc(harbour, 'deleted')]]],
  ])('%s: the counts are those of the quotes held', async (_name, batches) => {
    const { db } = await freshLibrary();
    for (const docs of batches()) await apply(db, docs);
    const stored = await statRows(db);
    const want = await recount(db);
    expect(want.size).toBeGreaterThan(1);
    expect([...stored].filter(([, n]) => n !== 0).sort()).toEqual([...want].sort());
  });

  test('an edit replaces the stored quote, and counts as applied', async () => {
    const { db } = await freshLibrary();
    await apply(db, [doc(first)]);
    expect(await apply(db, [doc(edited)])).toEqual({ applied: 1, heldBack: 0 });
    expect((await db.get('quotes', first.id))?.text).toBe(edited.text);
    expect(await db.count('quotes')).toBe(1);
  });
});
