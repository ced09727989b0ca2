/**
 * Which related statements each popup row shows. Rows are in article order; a statement already shown as
 * the best of a row above is not shown again as a later row's best: that row's best is its best statement
 * not yet shown, and the repeats wait behind its disclosure, marked as shown above.
 */
import type { RelatedItem } from '../shared/protocol';

export interface RowRelated {
  best: RelatedItem | null;
  rest: Array<{ item: RelatedItem; shownAbove: boolean }>;
}

export function arrangeRelated(keys: readonly string[], related: ReadonlyMap<string, readonly RelatedItem[]>): Map<string, RowRelated> {
  const shown = new Set<string>();
  const out = new Map<string, RowRelated>();
  for (const key of keys) {
    const items = related.get(key);
    if (!items) continue;
    const best = items.find((r) => !shown.has(r.id)) ?? null;
    const rest = items.filter((r) => r !== best).map((item) => ({ item, shownAbove: shown.has(item.id) }));
    if (best) shown.add(best.id);
    out.set(key, { best, rest });
  }
  return out;
}

/** One empty-state line for the whole list: some rows were looked up, and none has anything related. */
export function nothingRelated(arranged: ReadonlyMap<string, RowRelated>): boolean {
  return arranged.size > 0 && [...arranged.values()].every((r) => r.best === null && r.rest.length === 0);
}
