/**
 * How replicated library documents settle, with no I/O: the sync engine hands over the concurrent
 * versions CouchDB kept of one document (its leaf revisions) and writes back what comes out. Every
 * function is deterministic in its input alone, so machines holding the same versions settle on the same
 * library whatever order the versions reached them in.
 *
 * The rules:
 * - a person's merge (`state: 'merged'`, `mergedInto`) beats any concurrent edit of that person (a rename);
 * - otherwise the latest hybrid-clock stamp wins (a stamp ends in its device id, so ties go by device),
 *   and a delete is a version like any other: it beats an edit stamped before it and loses to one after;
 * - the last ties (same stamp, different content: a lying or broken peer) go by the canonical JSON;
 * - every version that does not win is kept in the document's history (newest first, at most
 *   HISTORY_LIMIT), so a losing edit stays visible and nothing is dropped silently.
 */
import type { PersonRecord } from './library-model';
import { mergePersonRecords } from './person-resolver';

export type SyncKind = 'quote' | 'person' | 'source';
export type VersionState = 'live' | 'deleted' | 'merged';

/** One edit of one record: the record as it became, or a tombstone that still carries the last record. */
export interface SyncVersion<T = unknown> {
  hlc: string;
  state: VersionState;
  record: T | null;
  /** The person this one was merged into (`state: 'merged'` only). */
  mergedInto: string | null;
}

/** A replicated document's body: the winning version, and the versions it beat or replaced. */
export interface SyncBody<T = unknown> extends SyncVersion<T> {
  kind: SyncKind;
  history: SyncVersion<T>[];
}

export const HISTORY_LIMIT = 20;

export const docIdOf = (kind: SyncKind, key: string) => `${kind}:${key}`;

export function parseDocId(id: string): { kind: SyncKind; key: string } | null {
  const m = /^(quote|person|source):(.+)$/s.exec(id);
  return m ? { kind: m[1] as SyncKind, key: m[2]! } : null;
}

/** JSON with keys sorted at every level: the same version always reads the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const versionOf = <T>(v: SyncVersion<T>): SyncVersion<T> => ({ hlc: v.hlc, state: v.state, record: v.record, mergedInto: v.mergedInto });
const keyOf = (v: SyncVersion<unknown>) => canonicalJson(versionOf(v));
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Positive when `a` wins over a concurrent `b`. */
export function compareVersions(a: SyncVersion<unknown>, b: SyncVersion<unknown>): number {
  const priority = (v: SyncVersion<unknown>) => (v.state === 'merged' ? 1 : 0);
  return priority(a) - priority(b) || order(a.hlc, b.hlc) || order(keyOf(a), keyOf(b));
}

/** Newest first by stamp (content breaks ties), duplicates and `winner` left out, cut to the limit. */
function historyOf<T>(versions: SyncVersion<T>[], winner: SyncVersion<T>): SyncVersion<T>[] {
  const seen = new Map<string, SyncVersion<T>>();
  for (const v of versions) seen.set(keyOf(v), versionOf(v));
  seen.delete(keyOf(winner));
  return [...seen]
    .sort(([ka, a], [kb, b]) => order(b.hlc, a.hlc) || order(kb, ka))
    .slice(0, HISTORY_LIMIT)
    .map(([, v]) => v);
}

/** Concurrent leaves of one document settled into one body. Commutative, associative and idempotent. */
export function mergeBodies<T>(leaves: SyncBody<T>[]): SyncBody<T> {
  if (leaves.length === 0) throw new Error('mergeBodies needs at least one version');
  const winner = leaves.reduce((best, v) => (compareVersions(v, best) > 0 ? v : best));
  const history = historyOf(
    leaves.flatMap((l) => [versionOf(l), ...l.history]),
    winner,
  );
  return { kind: winner.kind, ...versionOf(winner), history };
}

/**
 * A local edit written over the document as this machine last knew it. An edit stamped after that state
 * replaces it (even a merge: undoing one is a later edit); one stamped before it (a remote change
 * arrived while the edit waited to go out) was concurrent with it and is settled by the rules above.
 */
export function writeLocal<T>(prev: SyncBody<T> | null, kind: SyncKind, next: SyncVersion<T>): SyncBody<T> {
  const fresh: SyncBody<T> = { kind, ...versionOf(next), history: [] };
  if (!prev) return fresh;
  if (next.hlc > prev.hlc) return { ...fresh, history: historyOf([versionOf(prev), ...prev.history], next) };
  return mergeBodies([prev, fresh]);
}

/** Where quotes of `id` belong once merges are followed, and the merge cycle met on the way, if any. */
export interface MergeTarget {
  target: string;
  cycle: string[];
}

/**
 * Follows `mergedInto` from `id`. Two machines merging X into Y and Y into X leave a cycle in which
 * everyone is merged away; the member whose merge is the latest is kept instead (its merge came second
 * and would have removed both), so the cycle's quotes all land on one live person.
 */
export function mergeTarget(id: string, personAt: (id: string) => SyncVersion<unknown> | undefined): MergeTarget {
  const path: string[] = [];
  let current = id;
  for (;;) {
    const v = personAt(current);
    if (!v || v.state !== 'merged' || v.mergedInto === null) return { target: current, cycle: [] };
    path.push(current);
    const next = v.mergedInto;
    const loop = path.indexOf(next);
    if (loop >= 0) {
      const cycle = path.slice(loop);
      const survivor = cycle.reduce((best, p) => (compareVersions(personAt(p)!, personAt(best)!) > 0 ? p : best));
      return { target: survivor, cycle: [...cycle].sort(order) };
    }
    current = next;
  }
}

/** The record a cycle's survivor lives on with: its own, with every other member's names and titles. */
export function cycleSurvivorRecord(target: MergeTarget, personAt: (id: string) => SyncVersion<PersonRecord> | undefined): PersonRecord | null {
  const own = personAt(target.target)?.record;
  if (!own) return null;
  const others = target.cycle
    .filter((p) => p !== target.target)
    .map((p) => personAt(p)?.record)
    .filter((r): r is PersonRecord => !!r);
  return others.reduce((acc, r) => mergePersonRecords(acc, r), { ...own, id: target.target });
}
