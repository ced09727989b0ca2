/**
 * Library sync in real Chromium (the sync-test build, which has the loopback host permission): profile A
 * holds 10,000 imported quotes and sends them, profile B takes them in, through the in-process server;
 * then one speaker change A -> B end to end (A's round, then B's), median of several.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { SyncStatus } from '../../src/shared/sync-config';
import { launchWithExtension } from '../../tests/support/chromium';
import { startCouchServer } from '../../tests/support/couch-server';
import { fillLibrary, send } from './library-fill';
import { median } from './stats';

const QUOTES = Number(process.env.BENCH_SYNC_QUOTES ?? 10_000);
const INCREMENTAL_RUNS = 7;

async function roundsUntilSent(page: Page): Promise<SyncStatus> {
  for (;;) {
    const s = await send<SyncStatus>(page, 'syncNow', null);
    if (s.lastError) throw new Error(s.lastError);
    if (s.pending === 0) return s;
  }
}

export async function benchSyncBrowser(): Promise<void> {
  execSync('npm run -s build:sync-test', { stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startCouchServer();
  const dist = resolve('dist/chrome-sync-test');
  const [a, b] = [await launchWithExtension({ dist }), await launchWithExtension({ dist })];
  try {
    const pageOf = async (x: typeof a) => {
      const p = await x.context.newPage();
      await p.goto(`chrome-extension://${x.extensionId}/src/library/index.html`);
      return p;
    };
    const [pa, pb] = [await pageOf(a), await pageOf(b)];
    await fillLibrary(pa, 0, QUOTES);
    const settings = { url: server.url, database: 'bench-browser', username: '', password: '' };
    let t = performance.now();
    await send(pa, 'setSyncSettings', settings);
    await roundsUntilSent(pa);
    const sendMs = performance.now() - t;
    t = performance.now();
    await send(pb, 'setSyncSettings', settings);
    await roundsUntilSent(pb);
    const takeMs = performance.now() - t;
    const count = (await send<{ quotes: unknown[] }>(pb, 'exportLibrary', null)).quotes.length;
    const { quotes } = await send<{ quotes: Array<{ id: string }> }>(pa, 'exportLibrary', null);
    const id = quotes[0]!.id;
    const increments: number[] = [];
    for (let i = 0; i < INCREMENTAL_RUNS; i++) {
      const name = `Bench Speaker ${i}`;
      await send(pa, 'setQuoteSpeaker', { id, name, title: null });
      t = performance.now();
      await send(pa, 'syncNow', null);
      await send(pb, 'syncNow', null);
      increments.push(performance.now() - t);
      const { quotes: there } = await send<{ quotes: Array<{ id: string; speaker: string | null }> }>(pb, 'exportLibrary', null);
      if (there.find((q) => q.id === id)?.speaker !== name) throw new Error('the change did not reach B');
    }
    console.log(`\n## sync in Chromium: ${QUOTES} quotes, two profiles, in-process server`);
    console.log(`| step | time |\n|---|---|`);
    console.log(`| initial: A sends (from saving the settings until nothing is pending) | ${(sendMs / 1000).toFixed(2)} s |`);
    console.log(`| initial: B takes them in (${count} quotes counted after) | ${(takeMs / 1000).toFixed(2)} s |`);
    console.log(`| initial, end to end | ${((sendMs + takeMs) / 1000).toFixed(2)} s |`);
    console.log(`| incremental: one edit A -> B, median of ${INCREMENTAL_RUNS} | ${median(increments).toFixed(0)} ms |`);
  } finally {
    await Promise.all([a.context.close(), b.context.close()]);
    await server.stop();
  }
}
