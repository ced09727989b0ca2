/** Opening the library and running work in transactions, with every IndexedDB failure turned into a Result. */
import { clearSourceCache } from './source-cache';
import { clearStatCache } from './stats';
import { wrap } from 'idb';
import { describeError, err, ok, type Result } from '../shared/result';
import { DB_NAME, DB_VERSION, JOURNAL_STORES, REPLICATED_STORES, upgradeLibrary, type LibraryDB, type StoreName, type Tx } from './schema';

export interface OpenOptions {
  /** Tests pass a fresh fake factory; the extension uses the global one. */
  indexedDB?: IDBFactory;
  name?: string;
}

export function storageErrorMessage(action: string, e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  switch (name) {
    case 'QuotaExceededError':
      return `${action} failed: the browser's storage for OnRecord is full. Delete some saved quotes or free disk space, then try again.`;
    case 'VersionError':
      return `${action} failed: the library was written by a newer version of OnRecord.`;
    case 'InvalidStateError':
      return `${action} failed: the library connection was closed (OnRecord may have been updated). Try again.`;
    case 'AbortError':
      return `${action} failed: the browser aborted the operation, so nothing was changed.`;
    default: {
      const detail = describeError(e);
      return `${action} failed: ${detail || name || 'unknown storage error'}`;
    }
  }
}

/** Callers across message boundaries get a Result, never an exception. */
export async function guard<T>(action: string, work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (e) {
    return err(storageErrorMessage(action, e));
  }
}

export async function openLibrary(opts: OpenOptions = {}): Promise<Result<LibraryDB>> {
  return guard('Opening the library', () => openRaw(opts.indexedDB ?? globalThis.indexedDB, opts.name ?? DB_NAME));
}

async function openRaw(factory: IDBFactory, name: string): Promise<LibraryDB> {
  // A fresh connection may follow an upgrade or another context's writes: start with no cached stats.
  clearStatCache(name);
  clearSourceCache(name);
  const request = factory.open(name, DB_VERSION);
  let upgradeError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as LibraryDB;
    const tx = wrap(request.transaction!) as unknown as Tx<'versionchange'>;
    // The open request reports the outcome; idb's own `done` promise would otherwise reject unobserved.
    tx.done.catch(() => undefined);
    upgradeLibrary(db, event.oldVersion, tx).catch((e: unknown) => {
      // Aborting rolls the whole migration back: the old version stays intact for the next attempt.
      upgradeError = e;
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    });
  });
  try {
    const db = (await wrap(request)) as unknown as LibraryDB;
    // A newer OnRecord (extension update) wants to upgrade: step aside instead of blocking it.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (e) {
    throw upgradeError ?? e;
  }
}

/**
 * Runs `work` in one transaction and resolves once it has committed. If `work` fails midway the
 * transaction is aborted, so nothing it wrote survives. A read-only transaction has nothing to commit:
 * its results are final once read, so it resolves without waiting another round trip for `complete`.
 */
export async function inTransaction<M extends 'readonly' | 'readwrite', T>(
  db: LibraryDB,
  stores: StoreName[],
  mode: M,
  work: (tx: Tx<M>) => Promise<T>,
): Promise<T> {
  // Cached source rows may be about to change: forgotten before a write, and again once it committed.
  if (mode !== 'readonly') clearSourceCache(db.name);
  // A write to replicated records journals it for sync in the same transaction (journal.ts), so the
  // journal's stores come along with every such transaction and no caller can forget them.
  const journaled = mode === 'readwrite' && stores.some((s) => REPLICATED_STORES.includes(s));
  const tx = db.transaction(journaled ? [...new Set([...stores, ...JOURNAL_STORES])] : stores, mode) as unknown as Tx<M>;
  const done = tx.done;
  // Observed below; this keeps an abort after a failed request from surfacing as an unhandled rejection.
  done.catch(() => undefined);
  try {
    const value = await work(tx);
    if (mode !== 'readonly') await done.finally(() => clearSourceCache(db.name));
    return value;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already aborted or committed */
    }
    throw e;
  }
}

/** `inTransaction` wrapped in `guard`: the common shape of every repository function. */
export function run<M extends 'readonly' | 'readwrite', T>(
  action: string,
  db: LibraryDB,
  stores: StoreName[],
  mode: M,
  work: (tx: Tx<M>) => Promise<T>,
): Promise<Result<T>> {
  return guard(action, () => inTransaction(db, stores, mode, work));
}

/** A rule broken by the caller's input ("no such person"); `guard` reports its message as-is. */
export class LibraryError extends Error {}
