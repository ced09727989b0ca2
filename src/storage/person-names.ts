/**
 * What a saved quote shows as its speaker. A quote keeps the name as the article wrote it (its history and
 * exports need that), but once the reader, or a sync from another machine, renames or merges its person,
 * every view shows the person's name now: "Tom Rell" merged into "Tomas Rell" reads "Tomas Rell" on the
 * page's card and in the library, and Undo brings the old name back because nothing was overwritten.
 */
import type { QuoteRecord } from '../core/index';
import type { Tx } from './schema';

/** The records with each speaker replaced by its person's current name, where the person is still there. */
export async function withPersonNames(tx: Tx<'readonly'>, records: QuoteRecord[]): Promise<QuoteRecord[]> {
  const people = tx.objectStore('people');
  const ids = [...new Set(records.map((r) => r.personId).filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  for (const p of await Promise.all(ids.map((id) => people.get(id)))) if (p) names.set(p.id, p.name);
  return records.map((r) => {
    const name = r.personId === null ? undefined : names.get(r.personId);
    return name === undefined || name === r.speaker ? r : { ...r, speaker: name };
  });
}
