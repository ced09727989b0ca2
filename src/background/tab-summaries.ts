/** Per-tab page summaries, kept in session storage so a restarted service worker still knows them. */
import type { PageSummary, TabSummary } from '../shared/protocol';

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyFor = (tabId: number) => `tab:${tabId}`;

export function createTabSummaries(area: KeyValueArea, now: () => number = Date.now) {
  return {
    async record(tabId: number, summary: PageSummary): Promise<TabSummary> {
      const entry: TabSummary = { ...summary, tabId, updatedAt: now() };
      await area.set({ [keyFor(tabId)]: entry });
      return entry;
    },
    async read(tabId: number): Promise<TabSummary | null> {
      const found = (await area.get(keyFor(tabId)))[keyFor(tabId)];
      return (found as TabSummary | undefined) ?? null;
    },
    async forget(tabId: number): Promise<void> {
      await area.remove(keyFor(tabId));
    },
  };
}
export type TabSummaries = ReturnType<typeof createTabSummaries>;
