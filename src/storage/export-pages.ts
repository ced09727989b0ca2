/**
 * The library out in pages. One runtime message carries at most 64 MiB (Chromium), and a library of 45,000
 * quotes is more than that as JSON, so export reads a store in key order a page at a time, each page kept to
 * a size budget; the library page writes the file from the pages (library/export-file.ts).
 */
import type { QuoteRecord } from '../core/index';
import type { ExportPage, ExportStore } from '../shared/library-queries';
import type { Result } from '../shared/result';
import { run } from './db';
import { toQuoteRecord } from './features';
import { toPersonRecord } from './person-resolve';
import type { LibraryDB } from './schema';

/** Characters of text per page, well under the message limit with JSON's overhead; and a cap on records. */
export const PAGE_BUDGET_CHARS = 8_000_000;
export const PAGE_MAX_ITEMS = 2000;

/** A record's weight in the page budget: its longest parts, which is what makes a page large. */
function weight(store: ExportStore, item: unknown): number {
  if (store !== 'quotes') return JSON.stringify(item).length;
  const q = item as QuoteRecord;
  return 600 + q.text.length * 2 + q.paragraph.length + q.headline.length + q.selectors[0].exact.length + q.sourceUrls.reduce((n, u) => n + u.length, 0);
}

/** The records after key `after` (all from the start when null), in key order, up to the budget. */
export function exportPage(db: LibraryDB, store: ExportStore, after: string | null, budget = PAGE_BUDGET_CHARS): Promise<Result<ExportPage>> {
  return run('Exporting the library', db, [store], 'readonly', async (tx) => {
    const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const items: unknown[] = [];
    let used = 0;
    let next: string | null = null;
    for (let cursor = await tx.objectStore(store).openCursor(range); cursor; cursor = await cursor.continue()) {
      const item = store === 'quotes' ? toQuoteRecord(cursor.value as never) : store === 'people' ? toPersonRecord(cursor.value as never) : cursor.value;
      const w = weight(store, item);
      // At least one record per page, however large, so export always moves on.
      if (items.length > 0 && (used + w > budget || items.length >= PAGE_MAX_ITEMS)) {
        next = String((items.at(-1) as { id?: string; url?: string }).id ?? (items.at(-1) as { url: string }).url);
        break;
      }
      items.push(item);
      used += w;
    }
    return { store, items, next } as ExportPage;
  });
}
