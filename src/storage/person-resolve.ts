/**
 * Finding or creating the library person for a speaker, inside the caller's transaction: IndexedDB reads and
 * writes only. The decision is core's person resolver, the same one the CLI and import use.
 */
import {
  articleContextOf,
  cleanName,
  surnameOf,
  personIdFor,
  resolveSighting,
  type PersonRecord,
  type PersonTitle,
  type QuoteRecord,
  type Sighting,
} from '../core/index';
import type { StoredPerson, Tx } from './schema';
import { journalPerson } from './journal';

export type { Sighting } from '../core/index';
export { addAlias, addTitle } from '../core/index';
export { cleanName } from '../core/index';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function toPersonRecord(p: PersonRecord): PersonRecord {
  return { id: p.id, name: p.name, aliases: p.aliases, titles: p.titles, official: p.official };
}

export function toStoredPerson(p: PersonRecord): StoredPerson {
  return { ...toPersonRecord(p), surname: surnameOf(p.name) };
}

/** The first id core's rule gives this name that no one holds yet. */
export async function freshPersonId(tx: Tx<'readwrite'>, name: string): Promise<string> {
  for (let n = 0; ; n++) {
    const id = personIdFor(name, n);
    if ((await tx.objectStore('people').getKey(id)) === undefined) return id;
  }
}

/** Ids taken among the ones core would try for this name, up to the first free one. */
async function takenIds(tx: Tx<'readwrite'>, name: string): Promise<Set<string>> {
  const free = await freshPersonId(tx, name);
  const taken = new Set<string>();
  for (let n = 0; personIdFor(name, n) !== free; n++) taken.add(personIdFor(name, n));
  return taken;
}

/**
 * The person `s` refers to, created when nobody in the library matches; written to the store. The article
 * context is the page's own: `articlePeople` from the save, and the people its quotes saved so far went to.
 */
export async function resolvePerson(tx: Tx<'readwrite'>, s: Sighting, articlePeople: string[] = []): Promise<StoredPerson> {
  const people = tx.objectStore('people');
  const name = cleanName(s.name);
  const candidates = await people.index('bySurname').getAll(surnameOf(name));
  // The page's saved quotes matter only when someone of this surname is already known.
  const onPage = candidates.length > 0 ? await tx.objectStore('quotes').index('bySources').getAll(s.sourceUrl) : [];
  const ctx = articleContextOf(
    { articlePeople },
    onPage.map((q) => q.personId),
  );
  const probe = resolveSighting(candidates, { ...s, name }, ctx, () => false);
  const taken = probe.created ? await takenIds(tx, name) : new Set<string>();
  const { person } = probe.created ? resolveSighting(candidates, { ...s, name }, ctx, (id) => taken.has(id)) : probe;
  const stored = toStoredPerson(person);
  await people.put(stored);
  await journalPerson(tx, stored);
  return stored;
}

/** Titles a person received only through the quotes being moved away from them. */
export function titlesWithout(p: StoredPerson, moved: QuoteRecord[], kept: QuoteRecord[]): PersonTitle[] {
  const from = (qs: QuoteRecord[], t: PersonTitle) => qs.some((q) => q.speakerTitle !== null && same(q.speakerTitle, t.title));
  return p.titles.filter((t) => !(from(moved, t) && moved.some((q) => q.sourceUrls.includes(t.sourceUrl))) || from(kept, t));
}

/** A person left with no quotes after a split or a speaker change is removed rather than listed empty. */
export async function dropIfOrphan(tx: Tx<'readwrite'>, personId: string | null): Promise<void> {
  if (personId === null) return;
  if ((await tx.objectStore('quotes').index('byPerson').count(personId)) > 0) return;
  const gone = await tx.objectStore('people').get(personId);
  if (!gone) return;
  await tx.objectStore('people').delete(personId);
  await journalPerson(tx, gone, 'deleted');
}
