/**
 * The sync outbox. Every write to a quote, person or source calls `journal` inside its own transaction,
 * so a change is on the outbox exactly when it is in the library (a failed save journals nothing, a
 * crash cannot leave an unjournaled change). Each entry is stamped by this device's hybrid clock. Until
 * the reader turns sync on nothing is journaled; turning it on journals the whole library once.
 */
import { docIdOf, tickHlc, type PersonRecord, type QuoteRecord, type SourceRecord, type SyncKind, type VersionState } from '../core/index';
import type { Result } from '../shared/result';
import { run } from './db';
import { toQuoteRecord } from './features';
import type { LibraryDB, OutboxEntry, SyncMetaRow, Tx } from './schema';

type JournalRow = Extract<SyncMetaRow, { key: 'journal' }>;

/** The journal row read once per transaction; stamps issued in it advance this copy, written back each time. */
const perTransaction = new WeakMap<object, Promise<JournalRow | undefined>>();

async function journalRow<M extends IDBTransactionMode>(tx: Tx<M>): Promise<JournalRow | undefined> {
  let row = perTransaction.get(tx);
  if (!row) {
    row = tx
      .objectStore('sync')
      .get('journal')
      .then((r) => (r?.key === 'journal' ? r : undefined));
    perTransaction.set(tx, row);
  }
  return row;
}

export type JournalRecord = QuoteRecord | PersonRecord | SourceRecord;

/** Journals one change; `record` is the record as it now is, or for a tombstone as it last was. */
export async function journal(
  tx: Tx<'readwrite'>,
  kind: SyncKind,
  key: string,
  state: VersionState,
  record: JournalRecord | null,
  mergedInto: string | null = null,
): Promise<void> {
  const row = await journalRow(tx);
  if (!row?.enabled) return;
  await Promise.all([tx.objectStore('outbox').put(stamped(row, kind, key, state, record, mergedInto)), tx.objectStore('sync').put({ ...row })]);
}

/** The outbox entry for one change, its stamp issued from (and advancing) the journal row's clock. */
function stamped(row: JournalRow, kind: SyncKind, key: string, state: VersionState, record: JournalRecord | null, mergedInto: string | null): OutboxEntry {
  row.clock = tickHlc(row.clock, Date.now(), row.device);
  return { docId: docIdOf(kind, key), kind, hlc: row.clock, state, record: record && plain(kind, record), mergedInto };
}

/** Only the record's own fields travel: stored features and index keys are derived again on arrival. */
function plain(kind: SyncKind, record: JournalRecord): JournalRecord {
  if (kind === 'quote') return toQuoteRecord(record as QuoteRecord);
  if (kind === 'person') {
    const p = record as PersonRecord;
    return { id: p.id, name: p.name, aliases: p.aliases, titles: p.titles, official: p.official };
  }
  const s = record as SourceRecord;
  return { url: s.url, title: s.title, outlet: s.outlet, published: s.published };
}

export const journalQuote = (tx: Tx<'readwrite'>, q: QuoteRecord, state: VersionState = 'live') => journal(tx, 'quote', q.id, state, q);
export const journalPerson = (tx: Tx<'readwrite'>, p: PersonRecord, state: VersionState = 'live', mergedInto: string | null = null) =>
  journal(tx, 'person', p.id, state, p, mergedInto);
export const journalSource = (tx: Tx<'readwrite'>, s: SourceRecord) => journal(tx, 'source', s.url, 'live', s);

function randomDevice(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Turns journaling on and puts every record on the outbox, so the first sync sends the whole library;
 * again only with `resend` (sync now points at another server, which has none of it). Answers the device id.
 */
export function enableJournal(db: LibraryDB, resend = false): Promise<Result<string>> {
  return run('Turning on sync', db, ['quotes', 'people', 'sources', 'outbox', 'sync'], 'readwrite', async (tx) => {
    const old = await journalRow(tx);
    const row: JournalRow = { key: 'journal', device: old?.device ?? randomDevice(), clock: old?.clock ?? null, enabled: true };
    perTransaction.set(tx, Promise.resolve(row));
    if (old?.enabled && !resend) return row.device;
    const [quotes, people, sources] = await Promise.all([
      tx.objectStore('quotes').getAll(),
      tx.objectStore('people').getAll(),
      tx.objectStore('sources').getAll(),
    ]);
    // The journal row goes once, after the last stamp, rather than once per record as `journal` writes it.
    const outbox = tx.objectStore('outbox');
    await Promise.all([
      ...quotes.map((q) => outbox.put(stamped(row, 'quote', q.id, 'live', q, null))),
      ...people.map((p) => outbox.put(stamped(row, 'person', p.id, 'live', p, null))),
      ...sources.map((s) => outbox.put(stamped(row, 'source', s.url, 'live', s, null))),
      tx.objectStore('sync').put({ ...row }),
    ]);
    return row.device;
  });
}

export function syncDevice(db: LibraryDB): Promise<Result<{ device: string; clock: string | null } | null>> {
  return run('Reading the sync state', db, ['sync'], 'readonly', async (tx) => {
    const row = await journalRow(tx);
    return row?.enabled ? { device: row.device, clock: row.clock } : null;
  });
}

export function countPending(db: LibraryDB): Promise<Result<number>> {
  return run('Counting changes to send', db, ['outbox'], 'readonly', (tx) => tx.objectStore('outbox').count());
}

/** Outbox entries in document order, `limit` at a time after `after`. */
export function readOutbox(db: LibraryDB, limit: number, after: string | null = null): Promise<Result<OutboxEntry[]>> {
  return run('Reading changes to send', db, ['outbox'], 'readonly', (tx) =>
    tx.objectStore('outbox').getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), limit),
  );
}

/**
 * Drops entries that have gone out; an entry edited again meanwhile (a newer stamp) stays for the next round.
 * The sent entries are one page of the outbox in key order: its rows are read in one request, and each run
 * of neighbouring rows that all went out is deleted as one key range (no other write can come between, as
 * the transaction holds the store), where a get and a delete per entry cost two requests each.
 */
export function clearSent(db: LibraryDB, sent: Array<Pick<OutboxEntry, 'docId' | 'hlc'>>): Promise<Result<number>> {
  return run('Clearing sent changes', db, ['outbox'], 'readwrite', async (tx) => {
    if (sent.length === 0) return 0;
    const store = tx.objectStore('outbox');
    const stamps = new Map(sent.map((e) => [e.docId, e.hlc]));
    const ids = [...stamps.keys()].sort(byKey);
    const rows = await store.getAll(IDBKeyRange.bound(ids[0]!, ids[ids.length - 1]!));
    const ranges: Array<[string, string]> = [];
    let open: [string, string] | null = null;
    for (const row of rows) {
      if (stamps.get(row.docId) !== row.hlc) open = null;
      else if (open) open[1] = row.docId;
      else ranges.push((open = [row.docId, row.docId]));
    }
    await Promise.all(ranges.map(([from, to]) => store.delete(IDBKeyRange.bound(from, to))));
    return rows.filter((row) => stamps.get(row.docId) === row.hlc).length;
  });
}

/** IndexedDB's order for string keys (UTF-16 code units), which is also JavaScript's `<` on strings. */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
