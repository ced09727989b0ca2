/**
 * Library sync, end to end in one process: two libraries (fake IndexedDB, as in the unit tests), each with
 * an in-memory PouchDB mirror, and the CouchDB-compatible test server (express-pouchdb) on 127.0.0.1.
 * Initial: machine A holds 10,000 imported quotes and sends them; machine B, empty, takes them all in.
 * Incremental: one speaker change on A, until B's library has it (A's round, then B's). Medians.
 * Real Chromium IndexedDB is not in this figure (fake-indexeddb is slower for bulk writes, if anything).
 */
import 'fake-indexeddb/auto';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { syncOnce, type Mirror } from '../../src/background/sync/engine';
import { openLibrary } from '../../src/storage/db';
import { importLibrary } from '../../src/storage/export-import';
import { enableJournal } from '../../src/storage/journal';
import { getQuote, setQuoteSpeaker } from '../../src/storage/quotes';
import type { LibraryDB } from '../../src/storage/schema';
import { MemoryPouch, PouchDB, startCouchServer } from '../../tests/support/couch-server';
import { exportOf } from './library-fill';
import { median } from './stats';
import { benchSyncBrowser } from './sync-browser';

const QUOTES = Number(process.env.BENCH_SYNC_QUOTES ?? 10_000);
const INITIAL_RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);
const INCREMENTAL_RUNS = 9;

function must<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

let n = 0;
async function machine(remoteUrl: string) {
  const db: LibraryDB = must(await openLibrary({ indexedDB: new FakeIDBFactory(), name: `bench-${++n}` }));
  must(await enableJournal(db));
  const mirror: Mirror = new MemoryPouch(`bench-mirror-${n}`);
  const remote: Mirror = new PouchDB(remoteUrl);
  return { db, sync: async () => must(await syncOnce({ library: db, mirror, remote })) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchSync(): Promise<void> {
  const server = await startCouchServer();
  try {
    const file = exportOf(0, QUOTES);
    const send: number[] = [];
    const take: number[] = [];
    const increments: number[] = [];
    for (let run = 0; run < INITIAL_RUNS; run++) {
      const url = `${server.url}/bench-${run}`;
      const [a, b] = [await machine(url), await machine(url)];
      must(await importLibrary(a.db, file));
      let t = performance.now();
      const sent = await a.sync();
      send.push(performance.now() - t);
      t = performance.now();
      const taken = await b.sync();
      take.push(performance.now() - t);
      if (run === 0) console.log(`  A sent ${sent.sent} documents; B applied ${taken.applied}`);
      if (run !== INITIAL_RUNS - 1) continue;
      const id = file.quotes[0]!.id;
      for (let i = 0; i < INCREMENTAL_RUNS; i++) {
        const speaker = `Bench Speaker ${i}`;
        must(await setQuoteSpeaker(a.db, id, speaker, null));
        t = performance.now();
        await a.sync();
        await b.sync();
        increments.push(performance.now() - t);
        if (must(await getQuote(b.db, id))?.speaker !== speaker) throw new Error('the change did not reach B');
      }
    }
    const initial = send.map((s, i) => s + take[i]!);
    console.log(`\n## sync: ${QUOTES} quotes through the in-process CouchDB-compatible server (medians)`);
    console.log(`| step | median | runs |\n|---|---|---|`);
    console.log(`| initial: A sends ${QUOTES} quotes | ${seconds(median(send))} | ${send.length} |`);
    console.log(`| initial: B takes them in | ${seconds(median(take))} | ${take.length} |`);
    console.log(`| initial, end to end | ${seconds(median(initial))} | ${initial.length} |`);
    console.log(`| incremental: one edit A -> B | ${median(increments).toFixed(0)} ms | ${increments.length} |`);
  } finally {
    await server.stop();
  }
  // The same in real Chromium; BENCH_SYNC_BROWSER=0 leaves it out.
  if (process.env.BENCH_SYNC_BROWSER !== '0') await benchSyncBrowser();
}
