/**
 * One sync round between the library (IndexedDB, the source of truth for every page) and the team's
 * server, through a local PouchDB mirror that PouchDB replicates with the server. CouchDB keeps every
 * concurrent version as a leaf revision; this round settles them with core's rules and writes the
 * settlement back, so both machines and the server end up holding the same winner and history.
 *
 *   1. the outbox goes into the mirror, each change written over the version this machine last knew;
 *   2. the mirror pushes to the server and pulls from it (PouchDB replication, checkpointed);
 *   3. new mirror changes are settled (conflicts resolved), checked like an import, and applied, in one pass.
 *
 * The databases come in as arguments: the worker passes IndexedDB-backed ones, tests in-memory ones.
 */
import { mergeBodies, writeLocal, type SyncBody } from '../../core/index';
import { err, ok, type Result } from '../../shared/result';
import { parseSyncDoc, type LibraryRecord, type ParsedDoc } from '../../shared/sync-schema';
import type { LibraryDB } from '../../storage/schema';
import { clearSent, readOutbox } from '../../storage/journal';
import { appliedSeq, applyRemote } from '../../storage/sync-apply';
import { describeSyncError } from './errors';
import { mergeRedirects } from './redirects';

export type MirrorDoc = SyncBody<LibraryRecord> & { _id: string; _rev?: string };
export type Mirror = PouchDB.Database<MirrorDoc>;

export interface SyncDeps {
  library: LibraryDB;
  mirror: Mirror;
  remote: Mirror;
  /** Documents per library transaction and per page of mirror changes (tests page with small ones). */
  batch?: number;
}

export interface SyncReport {
  sent: number;
  pulled: number;
  applied: number;
  /** Documents whose concurrent versions were settled this round. */
  conflicts: number;
  /** Server documents that failed the checks and were left out, with the first few reasons. */
  skipped: number;
  problems: string[];
}

// As many as replication moves at once: each library transaction rewrites the stat rows its quotes touch
// (much the same vocabulary every time) and reads the outbox and journal again, so fewer, larger ones win.
const BATCH = 2000;
const MAX_PROBLEMS = 5;
const REPLICATION_BATCH = 2000;

/**
 * Step 1. Entries leave the outbox only once the mirror holds them; a failed write keeps them for the next
 * round. Answers the stamp written per document: the library already holds those versions.
 */
async function flushOutbox(library: LibraryDB, mirror: Mirror, batch: number): Promise<Map<string, string>> {
  const sent = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const entries = await readOutbox(library, batch, after);
    if (!entries.ok) throw new Error(entries.error);
    if (entries.value.length === 0) return sent;
    const rows = (await mirror.allDocs({ keys: entries.value.map((e) => e.docId), include_docs: true })).rows;
    const docs = entries.value.map((e, i): MirrorDoc => {
      const row = rows[i] as { doc?: MirrorDoc; value?: { rev: string } } | undefined;
      const known = row?.doc ? parseSyncDoc(row.doc) : null;
      const body = writeLocal(known?.ok ? known.value.body : null, e.kind, { hlc: e.hlc, state: e.state, record: e.record, mergedInto: e.mergedInto });
      return { ...body, _id: e.docId, ...(row?.value?.rev ? { _rev: row.value.rev } : {}) };
    });
    const results = await mirror.bulkDocs(docs);
    const written = entries.value.filter((_, i) => 'ok' in results[i]! && (results[i] as { ok?: boolean }).ok);
    const cleared = await clearSent(library, written);
    if (!cleared.ok) throw new Error(cleared.error);
    for (const e of written) sent.set(e.docId, e.hlc);
    after = entries.value[entries.value.length - 1]!.docId;
  }
}

/**
 * Settles one document's leaves into a new revision over the winner and deletes the others. False when no
 * leaf passes the checks: nothing is written, and the winner goes on to be skipped as it fails them.
 */
async function settle(mirror: Mirror, doc: MirrorDoc & { _conflicts?: string[] }, report: SyncReport): Promise<boolean> {
  const leaves = (await mirror.get(doc._id, { open_revs: 'all' })) as Array<{ ok?: MirrorDoc & { _deleted?: boolean } }>;
  const valid = leaves.flatMap((l) => (l.ok && !l.ok._deleted ? [parseSyncDoc(l.ok)] : [])).flatMap((p) => (p.ok ? [p.value.body] : []));
  if (valid.length === 0) return false;
  const merged = mergeBodies(valid);
  const writes: MirrorDoc[] = [{ ...merged, _id: doc._id, _rev: doc._rev! }];
  for (const rev of doc._conflicts ?? []) writes.push({ _id: doc._id, _rev: rev, _deleted: true } as unknown as MirrorDoc);
  await mirror.bulkDocs(writes);
  report.conflicts++;
  return true;
}

/**
 * Settles people first: where merged-away people's quotes go is read from every person document before
 * any quote is applied, so it must be read from settled ones. People are few; quotes are settled on sight.
 */
async function settlePeople(mirror: Mirror, report: SyncReport): Promise<void> {
  const rows = (await mirror.allDocs({ startkey: 'person:', endkey: 'person:\uffff', include_docs: true, conflicts: true })).rows;
  for (const row of rows) {
    const doc = row.doc;
    if (doc && !doc._deleted && doc._conflicts?.length) await settle(mirror, doc, report);
  }
}

/**
 * Step 3: the new mirror changes into the library, a batch per transaction, each with the sequence it
 * reaches. One pass settles and applies: a document with concurrent versions is settled where it is met
 * and not applied there, as its settled revision is a new change further on in this same pass (or the next
 * round's, should the worker stop first). A separate settling pass read every body of an initial sync twice.
 */
async function applyChanges(deps: Required<SyncDeps>, since: string | number, own: Map<string, string>, report: SyncReport): Promise<void> {
  const { library, mirror, batch } = deps;
  await settlePeople(mirror, report);
  const { redirects, revived } = await mergeRedirects(mirror);
  let first = true;
  for (let seq = since; ;) {
    const page = await mirror.changes({ since: seq, limit: batch, include_docs: true, conflicts: true });
    const docs: ParsedDoc[] = [];
    let settled = 0;
    for (const change of page.results) {
      if (change.id.startsWith('_design/')) continue;
      const doc = change.doc;
      if (doc && !doc._deleted && doc._conflicts?.length && (await settle(mirror, doc, report))) {
        settled++;
        continue;
      }
      const parsed = parseSyncDoc(doc);
      if (!parsed.ok) {
        if (++report.skipped <= MAX_PROBLEMS) report.problems.push(parsed.error);
      } else if (own.get(parsed.value.docId) !== parsed.value.body.hlc) {
        // This round's own writes came from the library: taking them back in would only redo the work.
        docs.push(parsed.value);
      }
    }
    const outcome = await applyRemote(library, { docs, redirects, revived: first ? revived : [], seq: page.last_seq, mirror: mirror.name });
    if (!outcome.ok) throw new Error(outcome.error);
    report.applied += outcome.value.applied;
    first = false;
    // A short page is the end, unless it settled documents: their settled revisions come after it.
    if (page.results.length < batch && settled === 0) return;
    seq = page.last_seq;
  }
}

export async function syncOnce({ library, mirror, remote, batch = BATCH }: SyncDeps): Promise<Result<SyncReport>> {
  const report: SyncReport = { sent: 0, pulled: 0, applied: 0, conflicts: 0, skipped: 0, problems: [] };
  try {
    // An unreachable server or a wrong password fails here, with the outbox untouched and countable.
    await remote.info();
    const own = await flushOutbox(library, mirror, batch);
    report.sent = own.size;
    await mirror.replicate.to(remote, { batch_size: REPLICATION_BATCH });
    report.pulled = (await mirror.replicate.from(remote, { batch_size: REPLICATION_BATCH })).docs_written;
    const since = await appliedSeq(library, mirror.name);
    if (!since.ok) return since;
    await applyChanges({ library, mirror, remote, batch }, since.value, own, report);
    // Settlements are new revisions: the server gets them now rather than next round.
    if (report.conflicts > 0) await mirror.replicate.to(remote, { batch_size: REPLICATION_BATCH });
    return ok(report);
  } catch (e) {
    return err(describeSyncError(e));
  }
}
