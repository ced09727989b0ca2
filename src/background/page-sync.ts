/**
 * Tells open pages what changed in the library: after any write, each page on the reader's own site whose
 * saved quotes may have changed gets its saved list afresh (savedChanged), so marks, cards and a later popup
 * agree without the page reading itself again. Writes come in bursts (an import, a merge); one push per page
 * per burst is enough.
 */
import type { QuoteRecord } from '../core/index';
import type { SavedOnPage } from '../shared/protocol';
import type { Result } from '../shared/result';
import type { TabReadings } from './tab-readings';

export interface PageSyncDeps {
  readings: TabReadings;
  savedOn: (sourceUrl: string) => Promise<Result<QuoteRecord[]>>;
  toSaved: (q: QuoteRecord) => SavedOnPage;
  push: (tabId: number, frameId: number, saved: SavedOnPage[]) => Promise<unknown>;
  /** Waits before pushing, so a burst of writes costs one push (a timer; tests pass an immediate one). */
  later: (work: () => void) => void;
}

export function createPageSync(deps: PageSyncDeps) {
  let pending: Set<string> | 'all' | null = null;
  let idle: Promise<void> = Promise.resolve();

  async function flush(): Promise<void> {
    const urls = pending;
    pending = null;
    if (urls === null) return;
    for (const { tabId, frameId, reading } of [...deps.readings.ofSources(urls)]) {
      const saved = await deps.savedOn(reading.source.url);
      if (!saved.ok) continue; // the library could not be read: the page keeps what it shows, and the next write retries
      reading.saved = saved.value.map(deps.toSaved);
      await deps.push(tabId, frameId, reading.saved).catch(() => null);
    }
  }

  return {
    /** The library changed for these pages (or, unknown which, for all of them). */
    changed(urls: Iterable<string> | 'all'): void {
      const first = pending === null;
      if (urls === 'all' || pending === 'all') pending = 'all';
      else {
        pending ??= new Set();
        for (const u of urls) pending.add(u);
      }
      if (first) deps.later(() => void (idle = idle.then(flush)));
    },
    /** Resolves when the pushes asked for so far are done (for tests and for orderly shutdown). */
    settled: () => idle,
  };
}
export type PageSync = ReturnType<typeof createPageSync>;
