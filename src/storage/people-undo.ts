/**
 * Undo for rename, merge and split. Before the change, the people it touches and which person each of
 * their quotes belonged to are read (a snapshot); undoing puts those people back, deletes the person the
 * change created, and returns each quote, if it is still there, to its person. The snapshot goes to the
 * library page, which holds it while it offers Undo: nothing is kept in the worker, which MV3 may stop.
 */
import * as v from 'valibot';
import type { PersonRecord } from '../core/index';
import type { PeopleChange, PeopleUndo } from '../shared/protocol';
import { personSchema } from '../shared/record-schemas';
import { err, ok, type Result } from '../shared/result';
import { run } from './db';
import { toPersonRecord, toStoredPerson } from './person-resolve';
import type { LibraryDB } from './schema';
import { journalPerson, journalQuote } from './journal';

export type { PeopleUndo };

const ids = v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(256)));
/** An undo comes back from an extension page; it is still checked, as a file would be, before it writes people. */
const undoSchema = v.object({
  people: v.array(personSchema),
  created: ids,
  quotes: v.array(v.object({ id: v.pipe(v.string(), v.maxLength(256)), personId: v.pipe(v.string(), v.maxLength(256)) })),
});

export function snapshotPeople(db: LibraryDB, ids: string[]): Promise<Result<PeopleUndo>> {
  return run('Reading the people for undo', db, ['people', 'quotes'], 'readonly', async (tx) => {
    const people: PersonRecord[] = [];
    const quotes: PeopleUndo['quotes'] = [];
    for (const id of new Set(ids)) {
      const p = await tx.objectStore('people').get(id);
      if (!p) continue;
      people.push(toPersonRecord(p));
      for (const key of await tx.objectStore('quotes').index('byPerson').getAllKeys(id)) quotes.push({ id: String(key), personId: id });
    }
    return { people, created: [], quotes };
  });
}

export async function undoPeopleChange(db: LibraryDB, input: PeopleUndo): Promise<Result<null>> {
  const checked = v.safeParse(undoSchema, input);
  if (!checked.success) return err('Undo failed: the change to undo is not one OnRecord made');
  const undo = checked.output;
  return run('Undoing the change', db, ['people', 'quotes'], 'readwrite', async (tx) => {
    const people = tx.objectStore('people');
    const quotes = tx.objectStore('quotes');
    const restored = new Set(undo.people.map((p) => p.id));
    for (const id of undo.created) {
      const made = restored.has(id) ? undefined : await people.get(id);
      if (!made) continue;
      await people.delete(id);
      await journalPerson(tx, made, 'deleted');
    }
    for (const p of undo.people) {
      await people.put(toStoredPerson(p));
      await journalPerson(tx, p);
    }
    for (const { id, personId } of undo.quotes) {
      const q = await quotes.get(id);
      // A quote deleted since stays deleted; one given to someone else meanwhile is the reader's later choice.
      if (q && (q.personId === personId || undo.created.includes(q.personId ?? '') || restored.has(q.personId ?? ''))) {
        await quotes.put({ ...q, personId });
        await journalQuote(tx, { ...q, personId });
      }
    }
    return null;
  });
}

/** Runs a change to people (rename, merge, split), answering with the person it left and how to undo it. */
export async function withUndo(db: LibraryDB, ids: string[], change: () => Promise<Result<PersonRecord>>): Promise<Result<PeopleChange>> {
  const before = await snapshotPeople(db, ids);
  if (!before.ok) return before;
  const done = await change();
  if (!done.ok) return done;
  const created = before.value.people.some((p) => p.id === done.value.id) ? [] : [done.value.id];
  return ok({ person: done.value, undo: { ...before.value, created } });
}
