/**
 * Server changes into the library, after the sync engine has settled them. Nothing here is journaled:
 * these changes came from the server and must not go back as new edits. A document with a change of
 * this device's still on the outbox is left alone: that change goes out next and settles against this one.
 */
import { receiveHlc, type PersonRecord, type QuoteRecord, type SourceRecord } from '../core/index';
import type { ParsedDoc } from '../shared/sync-schema';
import type { Result } from '../shared/result';
import { run } from './db';
import { storedWithStatKeys } from './features';
import { toStoredPerson } from './person-resolve';
import type { LibraryDB, SyncMetaRow, Tx } from './schema';
import { applyStatDelta, StatDelta } from './stats';

export interface RemoteBatch {
  docs: ParsedDoc[];
  /** Where each merged-away person's quotes belong (merges followed, cycles repaired). */
  redirects: Map<string, string>;
  /** People a merge cycle keeps alive, with every member's names. */
  revived: PersonRecord[];
  /** The mirror's change sequence this batch reaches, stored with it, and which mirror that sequence is of. */
  seq: string | number;
  mirror: string;
}

export interface ApplyOutcome {
  applied: number;
  heldBack: number;
}

type Journal = Extract<SyncMetaRow, { key: 'journal' }>;

/**
 * The batch's quotes, their old rows read all at once and their new rows written all at once: requests in
 * one transaction are pipelined, where awaiting a get and a put per quote in turn cost two round trips each.
 * A quote listed twice counts once, as its last version.
 */
async function applyQuotes(tx: Tx<'readwrite'>, docs: ParsedDoc[], redirects: Map<string, string>, delta: StatDelta): Promise<void> {
  const store = tx.objectStore('quotes');
  const latest = [...new Map(docs.map((d) => [d.key, d])).values()];
  const olds = await Promise.all(latest.map((d) => store.get(d.key)));
  const writes = latest.map((doc, i) => {
    const old = olds[i];
    if (old) delta.add(old, -1);
    if (doc.body.state !== 'live') return old ? store.delete(doc.key) : null;
    const record = doc.body.record as QuoteRecord;
    const personId = record.personId === null ? null : (redirects.get(record.personId) ?? record.personId);
    const { stored, statKeys } = storedWithStatKeys({ ...record, personId });
    delta.addKeys(statKeys, 1);
    return store.put(stored);
  });
  await Promise.all(writes);
}

async function applyPerson(tx: Tx<'readwrite'>, doc: ParsedDoc, redirects: Map<string, string>): Promise<void> {
  const people = tx.objectStore('people');
  if (doc.body.state === 'live') return void (await people.put(toStoredPerson(doc.body.record as PersonRecord)));
  const quotes = await tx.objectStore('quotes').index('byPerson').getAll(doc.key);
  const target = doc.body.state === 'merged' ? redirects.get(doc.key) : undefined;
  // A person deleted elsewhere (no quotes there) who still has quotes here stays: nothing goes silently.
  if (!target && quotes.length > 0) return;
  if (target && target !== doc.key) await Promise.all(quotes.map((q) => tx.objectStore('quotes').put({ ...q, personId: target })));
  if (target !== doc.key) await people.delete(doc.key);
}

async function applySource(tx: Tx<'readwrite'>, doc: ParsedDoc): Promise<void> {
  const sources = tx.objectStore('sources');
  if (doc.body.state === 'live') await sources.put(doc.body.record as SourceRecord);
  else await sources.delete(doc.key);
}

/** Applies a settled batch in one transaction, with the sequence it reaches: all of it or none. */
export function applyRemote(db: LibraryDB, batch: RemoteBatch): Promise<Result<ApplyOutcome>> {
  return run('Taking in server changes', db, ['quotes', 'people', 'sources', 'stats', 'outbox', 'sync'], 'readwrite', async (tx) => {
    const pending = new Set((await tx.objectStore('outbox').getAllKeys()).map(String));
    const journal = (await tx.objectStore('sync').get('journal')) as Journal | undefined;
    const delta = new StatDelta();
    let clock = journal?.clock ?? null;
    let applied = 0;
    // People first, so quotes that move to a merged person's target find it.
    const ordered = [...batch.docs].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person'));
    const quotes: ParsedDoc[] = [];
    for (const doc of ordered) {
      if (journal) clock = receiveHlc(clock, doc.body.hlc, Date.now(), journal.device);
      if (pending.has(doc.docId)) continue;
      if (doc.kind === 'quote') quotes.push(doc);
      else if (doc.kind === 'person') await applyPerson(tx, doc, batch.redirects);
      else await applySource(tx, doc);
      applied++;
    }
    // After the people, as before: a merged person's quotes have moved before the batch's own quotes land.
    await applyQuotes(tx, quotes, batch.redirects, delta);
    for (const p of batch.revived) await tx.objectStore('people').put(toStoredPerson(p));
    await applyStatDelta(tx, delta);
    if (journal) await tx.objectStore('sync').put({ ...journal, clock });
    await tx.objectStore('sync').put({ key: 'applied', seq: batch.seq, mirror: batch.mirror });
    return { applied, heldBack: batch.docs.length - applied };
  });
}

/** How far this mirror's changes are in the library; another server's mirror starts from the beginning. */
export function appliedSeq(db: LibraryDB, mirror: string): Promise<Result<string | number>> {
  return run('Reading the sync state', db, ['sync'], 'readonly', async (tx) => {
    const row = await tx.objectStore('sync').get('applied');
    return row?.key === 'applied' && (row.mirror ?? mirror) === mirror ? row.seq : 0;
  });
}
