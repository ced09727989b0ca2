/**
 * Deleting several quotes at once (the person page's ticked statements) and undoing it. Each is one
 * transaction: a failure part-way deletes or restores nothing. The deleted records go to the page, which
 * holds them while it offers Undo; nothing is kept in the worker, which MV3 may stop.
 */
import * as v from 'valibot';
import type { QuoteRecord } from '../core/index';
import { quoteSchema } from '../shared/record-schemas';
import { err, type Result } from '../shared/result';
import { run } from './db';
import { toQuoteRecord } from './features';
import { journalQuote } from './journal';
import { storeQuote } from './quotes';
import type { LibraryDB } from './schema';
import { applyStatDelta, StatDelta } from './stats';

/** More than a person page lists (500) is not one reader's selection. */
export const BULK_LIMIT = 1000;

const idsSchema = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(256))), v.maxLength(BULK_LIMIT));
/** Records come back from an extension page; they are checked as an imported file's would be. */
const recordsSchema = v.pipe(v.array(quoteSchema), v.maxLength(BULK_LIMIT));

/** Deletes the quotes with these ids and hands back the ones that were there, for `restoreQuotes`. */
export function deleteQuotes(db: LibraryDB, ids: string[]): Promise<Result<QuoteRecord[]>> {
  const checked = v.safeParse(idsSchema, ids);
  if (!checked.success) return Promise.resolve(err(`Deleting the quotes failed: at most ${BULK_LIMIT} quote ids, none empty`));
  return run('Deleting the quotes', db, ['quotes', 'stats'], 'readwrite', async (tx) => {
    const store = tx.objectStore('quotes');
    const found = (await Promise.all([...new Set(checked.output)].map((id) => store.get(id)))).filter((q) => q !== undefined);
    await Promise.all(found.map((q) => store.delete(q.id)));
    const delta = new StatDelta();
    for (const q of found) delta.add(q, -1);
    await applyStatDelta(tx, delta);
    // Each deletion is a tombstone for sync, as a single delete is (deleteQuote).
    for (const q of found) await journalQuote(tx, q, 'deleted');
    return found.map(toQuoteRecord);
  });
}

/** Undo of `deleteQuotes`: each record is stored again (merged into one saved meanwhile, as a re-save would be). */
export function restoreQuotes(db: LibraryDB, records: QuoteRecord[]): Promise<Result<number>> {
  const checked = v.safeParse(recordsSchema, records);
  if (!checked.success) return Promise.resolve(err('Undo failed: the quotes to restore are not ones OnRecord deleted'));
  return run('Restoring the quotes', db, ['quotes', 'stats'], 'readwrite', async (tx) => {
    let created = 0;
    // One after another: two records of one statement must merge, not race to the same row.
    for (const record of checked.output) if ((await storeQuote(tx, record)).created) created++;
    return created;
  });
}
