/** The library page's operations on people: list, rename, merge two, split one. */
import { matchPerson, mergePersonRecords, type PersonRecord } from '../core/index';
import type { Result } from '../shared/result';
import { LibraryError, run } from './db';
import { addAlias, addTitle, cleanName, dropIfOrphan, freshPersonId, titlesWithout, toPersonRecord } from './person-resolve';
import { surnameOf, type LibraryDB, type StoredPerson, type StoredQuote, type Tx } from './schema';
import { journalPerson, journalQuote } from './journal';

export interface PersonSummary extends PersonRecord {
  quoteCount: number;
}

async function personOrFail<M extends IDBTransactionMode>(tx: Tx<M>, id: string): Promise<StoredPerson> {
  const p = await tx.objectStore('people').get(id);
  if (!p) throw new LibraryError(`no person with id ${id}`);
  return p;
}

function requireName(name: string): string {
  const clean = cleanName(name);
  if (!clean) throw new LibraryError('the name is empty');
  return clean;
}

/** Everyone in the library with how many quotes they have, by name. */
export function listPeople(db: LibraryDB): Promise<Result<PersonSummary[]>> {
  return run('Listing people', db, ['people', 'quotes'], 'readonly', async (tx) => {
    const people = await tx.objectStore('people').getAll();
    const byPerson = tx.objectStore('quotes').index('byPerson');
    const counts = await Promise.all(people.map((p) => byPerson.count(p.id)));
    return people.map((p, i) => ({ ...toPersonRecord(p), quoteCount: counts[i]! })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  });
}

/** The library person a speaker name refers to, without creating one (hover cards, related-quote queries). */
export function findPerson(db: LibraryDB, name: string, title: string | null): Promise<Result<PersonRecord | null>> {
  return run('Looking up the person', db, ['people'], 'readonly', async (tx) => {
    const match = await personNamed(tx, name, title);
    return match ? toPersonRecord(match) : null;
  });
}

/**
 * How many saved quotes each named speaker has (an official's hover card): one index look-up per name,
 * not a read of everyone in the library.
 */
export function savedCounts(db: LibraryDB, names: string[]): Promise<Result<Array<{ name: string; saved: number; personId: string | null }>>> {
  return run('Counting saved statements', db, ['people', 'quotes'], 'readonly', async (tx) => {
    const byPerson = tx.objectStore('quotes').index('byPerson');
    return Promise.all(
      names.map(async (name) => {
        const person = await personNamed(tx, name, null);
        return { name, saved: person ? await byPerson.count(person.id) : 0, personId: person?.id ?? null };
      }),
    );
  });
}

/** `findPerson` inside the caller's transaction. */
export async function personNamed<M extends IDBTransactionMode>(tx: Tx<M>, name: string, title: string | null): Promise<StoredPerson | null> {
  const candidates = await tx
    .objectStore('people')
    .index('bySurname')
    .getAll(surnameOf(cleanName(name)));
  return matchPerson(cleanName(name), title, candidates);
}

/** The old name stays as an alias, so later articles using it still find this person. */
export function renamePerson(db: LibraryDB, id: string, name: string): Promise<Result<PersonRecord>> {
  return run('Renaming the person', db, ['people'], 'readwrite', async (tx) => {
    const clean = requireName(name);
    const p = await personOrFail(tx, id);
    const aliases = addAlias({ ...p, name: clean }, p.name).filter((a) => a.toLowerCase() !== clean.toLowerCase());
    const next: StoredPerson = { ...p, name: clean, aliases, surname: surnameOf(clean) };
    await tx.objectStore('people').put(next);
    await journalPerson(tx, next);
    return toPersonRecord(next);
  });
}

async function moveQuotes(tx: Tx<'readwrite'>, quotes: StoredQuote[], personId: string): Promise<void> {
  const store = tx.objectStore('quotes');
  // Record ids stay as they are: undo, exports and open pages keep referring to the same quote.
  await Promise.all(
    quotes.map(async (q) => {
      await store.put({ ...q, personId });
      await journalQuote(tx, { ...q, personId });
    }),
  );
}

/** `mergeId` turns out to be `keepId`: its quotes, names and titles move over and it is deleted. */
export function mergePeople(db: LibraryDB, keepId: string, mergeId: string): Promise<Result<PersonRecord>> {
  return run('Merging people', db, ['people', 'quotes'], 'readwrite', async (tx) => {
    if (keepId === mergeId) throw new LibraryError('cannot merge a person into themselves');
    const [keep, gone] = [await personOrFail(tx, keepId), await personOrFail(tx, mergeId)];
    const next = mergePersonRecords(keep, gone);
    await moveQuotes(tx, await tx.objectStore('quotes').index('byPerson').getAll(mergeId), keepId);
    await tx.objectStore('people').delete(mergeId);
    await tx.objectStore('people').put(next);
    // The merged person's document says where it went, so another machine moves its own quotes too.
    await journalPerson(tx, gone, 'merged', keepId);
    await journalPerson(tx, next);
    return toPersonRecord(next);
  });
}

/** Some of a person's quotes were said by someone else: they get a new person named `newName`. */
export function splitPerson(db: LibraryDB, personId: string, quoteIds: string[], newName: string): Promise<Result<PersonRecord>> {
  return run('Splitting the person', db, ['people', 'quotes'], 'readwrite', async (tx) => {
    const name = requireName(newName);
    const old = await personOrFail(tx, personId);
    if (quoteIds.length === 0) throw new LibraryError('no quotes were chosen');
    const all = await tx.objectStore('quotes').index('byPerson').getAll(personId);
    const ids = new Set(quoteIds);
    const moved = all.filter((q) => ids.has(q.id));
    const missing = quoteIds.filter((id) => !moved.some((q) => q.id === id));
    if (missing.length) throw new LibraryError(`quote ${missing[0]} is not one of ${old.name}'s quotes`);
    const person: StoredPerson = { id: await freshPersonId(tx, name), name, aliases: [], titles: [], official: old.official, surname: surnameOf(name) };
    for (const q of moved)
      if (q.speakerTitle) person.titles = addTitle(person.titles, { title: q.speakerTitle, seen: q.savedAt.slice(0, 10), sourceUrl: q.sourceUrl });
    await tx.objectStore('people').put(person);
    await journalPerson(tx, person);
    // The old person loses titles that only came with the moved quotes, or "Kelly, Governor" stays ambiguous.
    const rest: StoredPerson = {
      ...old,
      titles: titlesWithout(
        old,
        moved,
        all.filter((q) => !ids.has(q.id)),
      ),
    };
    await tx.objectStore('people').put(rest);
    await journalPerson(tx, rest);
    await moveQuotes(tx, moved, person.id);
    await dropIfOrphan(tx, personId);
    return toPersonRecord(person);
  });
}
