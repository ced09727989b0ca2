/**
 * Server changes taken into the library: a quote edited or deleted elsewhere leaves the document
 * frequencies as if the library had only ever held its latest version, however the batch lists it.
 */
import { describe, expect, test } from 'vitest';
import { buildQuoteRecord, tickHlc, type QuoteRecord } from '../../../src/core/index';
import type { ParsedDoc } from '../../../src/shared/sync-schema';
import { applyRemote } from '../../../src/storage/sync-apply';
import type { LibraryDB } from '../../../src/storage/schema';
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

  test('an edit replaces the stored quote, and counts as applied', async () => {
    const { db } = await freshLibrary();
    await apply(db, [doc(first)]);
    expect(await apply(db, [doc(edited)])).toEqual({ applied: 1, heldBack: 0 });
    expect((await db.get('quotes', first.id))?.text).toBe(edited.text);
    expect(await db.count('quotes')).toBe(1);
  });
});
