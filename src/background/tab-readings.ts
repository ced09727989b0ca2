/**
 * The background owns each tab's reading: the engine's analysis of the page, the article text it read, the
 * quotes' keys and the page's saved quotes. The content script only anchors and paints what it is given; the
 * popup and the card read from here, so every side names a quote by the same key.
 *
 * Kept in memory: a restarted service worker has none, and the popup then asks the page to read itself again.
 */
import type { SourceRecord, Analysis } from '../core/index';
import type { SavedOnPage } from '../shared/protocol';

export interface TabReading {
  location: string;
  source: SourceRecord;
  paragraphs: string[];
  analysis: Analysis;
  /** Parallel to analysis.quotes (core/quote-keys). */
  keys: string[];
  /** Whether the page may see library facts: its source is on the site the browser says it is on. */
  ownSite: boolean;
  saved: SavedOnPage[];
}

/** Article text held for all tabs together; beyond it the least recently read tabs are dropped. */
export const READINGS_CHAR_BUDGET = 40_000_000;

const keyOf = (tabId: number, frameId: number) => `${tabId}:${frameId}`;
const sizeOf = (r: TabReading) => r.paragraphs.reduce((n, p) => n + p.length, 0) + 1;

export function createTabReadings(budget = READINGS_CHAR_BUDGET) {
  // Insertion order is reading order: the first entry is the least recently read.
  const readings = new Map<string, { tabId: number; frameId: number; reading: TabReading; size: number }>();
  let used = 0;

  const drop = (key: string) => {
    const entry = readings.get(key);
    if (!entry) return;
    used -= entry.size;
    readings.delete(key);
  };

  return {
    set(tabId: number, frameId: number, reading: TabReading): void {
      const key = keyOf(tabId, frameId);
      drop(key);
      const size = sizeOf(reading);
      readings.set(key, { tabId, frameId, reading, size });
      used += size;
      for (const oldest of readings.keys()) {
        if (used <= budget || oldest === key) break;
        drop(oldest);
      }
    },
    get: (tabId: number, frameId = 0): TabReading | null => readings.get(keyOf(tabId, frameId))?.reading ?? null,
    forget: (tabId: number, frameId: number) => drop(keyOf(tabId, frameId)),
    forgetTab(tabId: number): void {
      for (const [key, entry] of readings) if (entry.tabId === tabId) drop(key);
    },
    /** Every reading of a page on the reader's own site whose source is one of `urls` (or all of them). */
    *ofSources(urls: ReadonlySet<string> | 'all'): Iterable<{ tabId: number; frameId: number; reading: TabReading }> {
      for (const entry of readings.values()) {
        if (entry.reading.ownSite && (urls === 'all' || urls.has(entry.reading.source.url))) yield entry;
      }
    },
  };
}
export type TabReadings = ReturnType<typeof createTabReadings>;
