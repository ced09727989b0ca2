/**
 * The content script on the first page of a fresh browser, where V8 has compiled none of it yet, against the
 * next load of the same page. Measured from a trace alone (no profiler, whose sampling would cost thread time
 * too): the thread time of the script's evaluation plus the page's microtasks, where its async work runs.
 * The fixture pages run no script of their own, so those microtasks are the content script's.
 */
import { rmSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { launchWithExtension } from '../../tests/support/chromium';
import type { StaticServer } from '../../tests/support/static-server';
import { scriptThread, type TraceEvent } from './cpu-profile';
import { median } from './stats';

const POLL = `(() => { const poll = setInterval(() => { if (CSS.highlights && CSS.highlights.has('onrecord-quote')) { window.__onrecordShown = true; clearInterval(poll); } }, 2); })();`;

/** Thread time (ms) of the content script's evaluation and of the microtasks on its thread after it. */
function scriptThreadMs(events: TraceEvent[], scriptUrl: string): number | null {
  const thread = scriptThread(events, scriptUrl);
  if (!thread) return null;
  const { evaluated } = thread;
  const own = thread.events.filter((e) => e === evaluated || (e.name === 'RunMicrotasks' && e.ts >= evaluated.ts));
  return own.reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
}

/** `shown`: an expression that turns true once the page is highlighted (polled over CDP). */
export async function tracedLoad(cdp: CDPSession, url: string, scriptUrl: string, shown = 'window.__onrecordShown === true'): Promise<number | null> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await cdp.send('Page.navigate', { url });
  // Polled over CDP, not with Playwright's helpers: those run their own scripts and microtasks in the page.
  for (let i = 0; i < 1500; i++) {
    const r = (await cdp.send('Runtime.evaluate', { expression: shown, returnByValue: true })) as { result: { value?: boolean } };
    if (r.result.value) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return scriptThreadMs(events, scriptUrl);
}

export async function benchFirstLoad(server: StaticServer, paths: string[], launches = 6, dist?: string): Promise<{ first: number; next: number }> {
  const first: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < launches; i++) {
    const { context, extensionId, profileDir } = await launchWithExtension({ dist });
    try {
      await context.addInitScript(POLL);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      const scriptUrl = `chrome-extension://${extensionId}/src/content/index.js`;
      const url = server.url(paths[i % paths.length]!);
      const a = await tracedLoad(cdp, url, scriptUrl);
      const b = await tracedLoad(cdp, url, scriptUrl);
      if (a !== null) first.push(a);
      if (b !== null) next.push(b);
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
  return { first: median(first), next: median(next) };
}
