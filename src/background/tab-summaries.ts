/** Per-tab page summaries, kept in session storage so a restarted service worker still knows them. */
import type { PageSummary, TabSummary } from '../shared/protocol';

export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const keyFor = (tabId: number) => `tab:${tabId}`;
// Apart from the summary, which every re-read replaces: the pace belongs to the tab's live page, not to one read.
const paceKey = (tabId: number) => `pace:${tabId}`;

export function createTabSummaries(area: KeyValueArea, now: () => number = Date.now) {
  return {
    async record(tabId: number, summary: PageSummary): Promise<TabSummary> {
      const entry: TabSummary = { ...summary, tabId, updatedAt: now() };
      await area.set({ [keyFor(tabId)]: entry });
      return entry;
    },
    /** How long the tab's live page now waits between re-reads (see content/observe). */
    async recordPace(tabId: number, intervalMs: number): Promise<void> {
      await area.set({ [paceKey(tabId)]: intervalMs });
    },
    async read(tabId: number): Promise<TabSummary | null> {
      const stored = await area.get([keyFor(tabId), paceKey(tabId)]);
      const found = stored[keyFor(tabId)] as TabSummary | undefined;
      const pace = stored[paceKey(tabId)];
      if (!found) return null;
      return typeof pace === 'number' ? { ...found, liveIntervalMs: pace } : found;
    },
    async forget(tabId: number): Promise<void> {
      await area.remove([keyFor(tabId), paceKey(tabId)]);
    },
  };
}
export type TabSummaries = ReturnType<typeof createTabSummaries>;
