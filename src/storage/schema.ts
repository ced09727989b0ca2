/**
 * The IndexedDB layout of the library and its migrations. Every version bump adds a step to
 * `upgradeLibrary`; a browser may skip versions, so each step runs from whatever version it finds.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { indexKeysFrom, surnameOf, type PersonRecord, type QuoteRecord, type SourceRecord, type SyncKind, type VersionState } from '../core/index';
import { featuresOfRecord, statKeysOf, toStoredQuote } from './features';

export { statKeysOf } from './features';

export const DB_NAME = 'onrecord';
export const DB_VERSION = 6;

/** A quote as stored: its scoring features ride along, packed (see features.ts), so ranking never re-derives them. */
export interface StoredQuote extends QuoteRecord {
  features: string;
}

/** A person as stored: the surname is kept so candidates for a name come from an index, not a scan. */
export interface StoredPerson extends PersonRecord {
  surname: string;
}

/** Document frequency of one stat key; the `__docs` row holds the number of quotes. */
export interface StatRow {
  key: string;
  df: number;
}
export const DOCS_KEY = '__docs';

/**
 * A library change waiting to go to the sync server: one row per replicated document, the latest change
 * only (an edit and a later delete of the same quote leave the delete). The version is complete, so a
 * deleted quote still carries its last record to the server.
 */
export interface OutboxEntry {
  docId: string;
  kind: SyncKind;
  hlc: string;
  state: VersionState;
  record: QuoteRecord | PersonRecord | SourceRecord | null;
  mergedInto: string | null;
}

/** This device's sync bookkeeping: its id and clock, and how far the library has taken in the server's changes. */
export type SyncMetaRow =
  { key: 'journal'; device: string; clock: string | null; enabled: boolean } | { key: 'applied'; seq: string | number; mirror?: string };

export interface OnRecordDB extends DBSchema {
  quotes: {
    key: string;
    value: StoredQuote;
    indexes: {
      byPerson: string;
      bySaved: string;
      byPublished: string;
      bySource: string;
      byTerm: string;
      bySources: string;
      byEntity: string;
      byPersonSaved: [string, string];
    };
  };
  people: { key: string; value: StoredPerson; indexes: { bySurname: string } };
  sources: { key: string; value: SourceRecord };
  stats: { key: string; value: StatRow };
  outbox: { key: string; value: OutboxEntry };
  sync: { key: string; value: SyncMetaRow };
}

export type StoreName = StoreNames<OnRecordDB>;
export const ALL_STORES: StoreName[] = ['quotes', 'people', 'sources', 'stats'];
/** Stores every write to replicated records must also hold: the change is journaled in the same transaction. */
export const JOURNAL_STORES: StoreName[] = ['outbox', 'sync'];
export const REPLICATED_STORES: StoreName[] = ['quotes', 'people', 'sources'];
export type LibraryDB = IDBPDatabase<OnRecordDB>;
export type Tx<M extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<OnRecordDB, StoreName[], M>;

/** Core's rule (surname-first names included), so the index finds exactly the people core would compare. */
export { surnameOf } from '../core/index';

function createV1(db: LibraryDB): void {
  const quotes = db.createObjectStore('quotes', { keyPath: 'id' });
  quotes.createIndex('byPerson', 'personId');
  quotes.createIndex('bySaved', 'savedAt');
  quotes.createIndex('byPublished', 'published');
  quotes.createIndex('bySource', 'sourceUrl');
  quotes.createIndex('byTerm', 'terms', { multiEntry: true });
  const people = db.createObjectStore('people', { keyPath: 'id' });
  people.createIndex('bySurname', 'surname');
  db.createObjectStore('sources', { keyPath: 'url' });
}

/**
 * v2: quotes seen on several pages and entity lookups get indexes, and document frequencies move into a
 * `stats` store so ranking never scans the library. Existing quotes are counted here, inside the upgrade
 * transaction, so the library is never visible at v2 without its stats.
 */
async function upgradeToV2(tx: Tx<'versionchange'>): Promise<void> {
  const quotes = tx.objectStore('quotes');
  quotes.createIndex('bySources', 'sourceUrls', { multiEntry: true });
  quotes.createIndex('byEntity', 'entities', { multiEntry: true });
  const stats = tx.db.createObjectStore('stats', { keyPath: 'key' });
  const df = new Map<string, number>();
  let docs = 0;
  for (let cursor = await quotes.openCursor(); cursor; cursor = await cursor.continue()) {
    const q = cursor.value;
    // Records written by early builds may predate these fields; fill them rather than drop the quote.
    if (!Array.isArray(q.sourceUrls) || !Array.isArray(q.entities)) {
      const entities = Array.isArray(q.entities) ? q.entities : indexKeysFrom(featuresOfRecord(q)).entities;
      await cursor.update({ ...q, sourceUrls: Array.isArray(q.sourceUrls) ? q.sourceUrls : [q.sourceUrl], entities });
    }
    docs++;
    for (const k of statKeysOf(q)) df.set(k, (df.get(k) ?? 0) + 1);
  }
  await Promise.all([...df].map(([key, n]) => stats.put({ key, df: n })));
  await stats.put({ key: DOCS_KEY, df: docs });
}

/**
 * v3: every quote gets its scoring features (see features.ts). Derived inside the upgrade transaction, so
 * the library is never visible at v3 with a quote that lacks them; a failure rolls back to v2 intact.
 * Read and written in batches: a cursor's one round trip per quote took minutes on a 100k library.
 */
const UPGRADE_BATCH = 500;

async function upgradeToV3(tx: Tx<'versionchange'>): Promise<void> {
  const quotes = tx.objectStore('quotes');
  let after: IDBValidKey | null = null;
  for (;;) {
    const batch = await quotes.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), UPGRADE_BATCH);
    if (batch.length === 0) return;
    // async: a put that throws becomes a rejection, so the batch's other writes are still awaited.
    await Promise.all(batch.map(async (q) => quotes.put(toStoredQuote(q))));
    after = batch[batch.length - 1]!.id;
  }
}

/**
 * v4: a person's quotes by time, so related look-ups take a speaker's latest statements, not whichever
 * their ids happen to list first. Only an index: the browser fills it from the existing records.
 */
function upgradeToV4(tx: Tx<'versionchange'>): void {
  tx.objectStore('quotes').createIndex('byPersonSaved', ['personId', 'savedAt']);
}

/**
 * v5: surnames follow core's name order ("Lee Jae-myung" is filed under Lee, not Jae-myung): every person's
 * index key is derived again. People are few; one read and one write each.
 */
async function upgradeToV5(tx: Tx<'versionchange'>): Promise<void> {
  const people = tx.objectStore('people');
  const all = await people.getAll();
  await Promise.all(all.map(async (p) => (p.surname === surnameOf(p.name) ? undefined : people.put({ ...p, surname: surnameOf(p.name) }))));
}

/**
 * v6: library sync. The outbox journals changes for the server, in the same transaction as the change;
 * `sync` holds the device id, its clock and the server changes already applied. Both start empty:
 * journaling begins when the reader turns sync on (see journal.ts), so no existing record changes here.
 */
function upgradeToV6(db: LibraryDB): void {
  db.createObjectStore('outbox', { keyPath: 'docId' });
  db.createObjectStore('sync', { keyPath: 'key' });
}

/**
 * Runs every migration step from `oldVersion` up to `target` (DB_VERSION; tests stop earlier to build an
 * old library) inside the versionchange transaction.
 */
export async function upgradeLibrary(db: LibraryDB, oldVersion: number, tx: Tx<'versionchange'>, target = DB_VERSION): Promise<void> {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) await upgradeToV2(tx);
  if (oldVersion < 3) await upgradeToV3(tx);
  if (oldVersion < 4) upgradeToV4(tx);
  if (oldVersion < 5 && target >= 5) await upgradeToV5(tx);
  if (oldVersion < 6 && target >= 6) upgradeToV6(db);
}
