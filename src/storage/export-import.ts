/** The whole library out to a file and back in. Import validates everything before it writes anything. */
import {
  mergeQuoteRecords,
  normaliseQuoteText,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  mergePersonRecords,
  type LibraryExport,
  type PersonRecord,
  type QuoteRecord,
  type SourceRecord,
} from '../core/index';
import type { Result } from '../shared/result';
import { run } from './db';
import { parseLibraryExport } from '../shared/import-schema';
import { toPersonRecord, toStoredPerson } from './person-resolve';
import { existingFor, mergeSource } from './quotes';
import { keepFeatures, storedWithStatKeys, toQuoteRecord } from './features';
import { ALL_STORES, type LibraryDB, type OnRecordDB, type Tx } from './schema';
import { applyStatDelta, clearStatCache, StatDelta } from './stats';
import { journal, journalQuote, type JournalRecord } from './journal';

export { toCsv, toWebAnnotation } from '../shared/formats';
export { parseLibraryExport } from '../shared/import-schema';

export interface ImportOutcome {
  added: number;
  merged: number;
}

// Code-unit order, not locale order: the same library exports byte-identical files everywhere.
const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export function exportLibrary(db: LibraryDB, now: Date = new Date()): Promise<Result<LibraryExport>> {
  return run('Exporting the library', db, ['quotes', 'people', 'sources'], 'readonly', async (tx) => {
    const [quotes, people, sources] = await Promise.all([
      tx.objectStore('quotes').getAll(),
      tx.objectStore('people').getAll(),
      tx.objectStore('sources').getAll(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      quotes: quotes.map(toQuoteRecord).sort(byKey((q) => q.id)),
      people: people.map(toPersonRecord).sort(byKey((p) => p.id)),
      sources: sources.sort(byKey((s) => s.url)),
    };
  });
}

export function wipeLibrary(db: LibraryDB): Promise<Result<null>> {
  return run('Deleting the library', db, ALL_STORES, 'readwrite', async (tx) => {
    clearStatCache(db.name);
    await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
    // Local only: the shared library is not deleted for everyone. Pending changes go, and the server's
    // changes are taken in again from the start at the next sync.
    await Promise.all([tx.objectStore('outbox').clear(), tx.objectStore('sync').delete('applied')]);
    return null;
  });
}

const mergePerson = (a: PersonRecord, b: PersonRecord): PersonRecord => mergePersonRecords(a, b);

/** Folds records with the same key (within the file) together before they meet the library. */
function dedupe<T>(items: T[], key: (x: T) => string, merge: (a: T, b: T) => T): { items: T[]; folded: number } {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const seen = map.get(k);
    map.set(k, seen === undefined ? item : merge(seen, item));
  }
  return { items: [...map.values()], folded: items.length - map.size };
}

const CHUNK = 500;
const KIND = { quotes: 'quote', people: 'person', sources: 'source' } as const;

const sameRow = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A merge that adds no page, title or date leaves the stored quote as it was. */
const sameQuote = (a: QuoteRecord, b: QuoteRecord) =>
  a.sourceUrls.length === b.sourceUrls.length && a.speakerTitle === b.speakerTitle && a.published === b.published;

/** Reads `items` existing rows a chunk at a time and writes what `combine` returns. */
async function upsertAll<S extends 'quotes' | 'people' | 'sources', T>(
  tx: Tx<'readwrite'>,
  store: S,
  items: T[],
  key: (x: T) => string,
  combine: (existing: OnRecordDB[S]['value'] | undefined, incoming: T) => OnRecordDB[S]['value'],
): Promise<number> {
  const os = tx.objectStore(store);
  let existed = 0;
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const found = (await Promise.all(chunk.map((x) => os.get(key(x))))) as Array<OnRecordDB[S]['value'] | undefined>;
    existed += found.filter((x) => x !== undefined).length;
    await Promise.all(
      chunk.map((x, j) => {
        const next = combine(found[j], x);
        // A re-import mostly repeats what is stored: leave those rows alone rather than write them again.
        if (found[j] !== undefined && sameRow(found[j], next)) return undefined;
        return Promise.all([os.put(next as never), journal(tx, KIND[store], key(x), 'live', next as JournalRecord)]);
      }),
    );
  }
  return existed;
}

async function writeImport(tx: Tx<'readwrite'>, data: LibraryExport): Promise<ImportOutcome> {
  const people = dedupe(data.people, (p) => p.id, mergePerson).items;
  await upsertAll(
    tx,
    'people',
    people,
    (p) => p.id,
    (old, p) => toStoredPerson(old ? mergePerson(old, p) : p),
  );
  const sources = dedupe<SourceRecord>(
    data.sources,
    (s) => s.url,
    (a, b) => mergeSource(a, b),
  ).items;
  await upsertAll(
    tx,
    'sources',
    sources,
    (s) => s.url,
    (old, s) => mergeSource(old, s),
  );
  // The same rule as saving: one record per person, text and page, whatever id the file gives it.
  const byId = dedupe<QuoteRecord>(data.quotes, (q) => q.id, mergeQuoteRecords);
  const quotes = dedupe<QuoteRecord>(byId.items, sameStatementKey, mergeQuoteRecords);
  const delta = new StatDelta();
  const existed = await storeAll(tx, quotes.items, delta);
  await applyStatDelta(tx, delta);
  return { added: quotes.items.length - existed, merged: existed + byId.folded + quotes.folded };
}

const sameStatementKey = (q: QuoteRecord) => (q.personId === null ? `id\u0000${q.id}` : `${q.personId}\u0000${q.sourceUrl}\u0000${normaliseQuoteText(q.text)}`);

/** Quotes a chunk at a time, each merged into the stored record it repeats (by id, or by person, text and page). */
async function storeAll(tx: Tx<'readwrite'>, items: QuoteRecord[], delta: StatDelta): Promise<number> {
  const os = tx.objectStore('quotes');
  let existed = 0;
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const found = await Promise.all(chunk.map((q) => existingFor(tx, q)));
    existed += found.filter((x) => x !== undefined).length;
    await Promise.all(
      chunk.map((q, j) => {
        const old = found[j];
        // Features are derived here from the text, never read from the file.
        if (old) {
          const before = toQuoteRecord(old);
          const merged = mergeQuoteRecords(before, q);
          return sameQuote(before, merged) ? undefined : Promise.all([os.put(keepFeatures(merged, old)), journalQuote(tx, merged)]);
        }
        const { stored, statKeys } = storedWithStatKeys(q);
        delta.addKeys(statKeys, 1);
        return Promise.all([os.put(stored), journalQuote(tx, stored)]);
      }),
    );
  }
  return existed;
}

/**
 * Adds an exported library to this one. The file is checked whole first: an invalid file changes nothing
 * and the error names the field (`quotes[12].selectors[0].exact: expected string, received 12`).
 */
export async function importLibrary(db: LibraryDB, data: unknown): Promise<Result<ImportOutcome>> {
  const parsed = parseLibraryExport(data);
  if (!parsed.ok) return parsed;
  return run('Importing the library', db, ALL_STORES, 'readwrite', (tx) => writeImport(tx, parsed.value));
}
