/** Test machines: each its own library (fake IndexedDB) and PouchDB mirror, syncing with one server. */
import { vi } from 'vitest';
import type { LibraryExport } from '../../../src/core/index';
import { syncOnce, type Mirror, type SyncReport } from '../../../src/background/sync/engine';
import { exportLibrary } from '../../../src/storage/export-import';
import { enableJournal } from '../../../src/storage/journal';
import type { LibraryDB } from '../../../src/storage/schema';
import { MemoryPouch, PouchDB } from '../../support/couch-server';
import { freshLibrary, unwrap } from '../storage/helpers';

export interface Machine {
  name: string;
  db: LibraryDB;
  mirror: Mirror;
  remote: Mirror;
  sync(): Promise<SyncReport>;
}

let n = 0;

/** `batch`: documents per library transaction and per page of changes (the engine's own size when left out). */
export async function machine(name: string, remoteUrl: string, batch?: number): Promise<Machine> {
  const { db } = await freshLibrary();
  unwrap(await enableJournal(db));
  const m: Machine = {
    name,
    db,
    mirror: new MemoryPouch(`mirror-${name}-${++n}`),
    remote: new PouchDB(remoteUrl),
    sync: async () => unwrap(await syncOnce({ library: m.db, mirror: m.mirror, remote: m.remote, ...(batch ? { batch } : {}) })),
  };
  return m;
}

/** Rounds until nothing moves: what a few alarms in a row would do. */
export async function settle(...machines: Machine[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const m of machines) await m.sync();
}

/** The library as an export, without the export's own date. */
export async function contents(m: Machine): Promise<Omit<LibraryExport, 'exportedAt'>> {
  const { exportedAt: _e, ...rest } = unwrap(await exportLibrary(m.db));
  return rest;
}

/** Runs `work` as if the wall clock read `ms`: edits get stamps of that time. */
export async function at<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const spy = vi.spyOn(Date, 'now').mockReturnValue(ms);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}
