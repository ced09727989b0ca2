/** Finding or creating the library person for a speaker, inside the caller's transaction. */
import { hashText, matchPerson, type PersonRecord, type PersonTitle, type QuoteRecord } from '../core';
import { surnameOf, type StoredPerson, type Tx } from './schema';

export interface Sighting {
  name: string;
  title: string | null;
  official: boolean;
  sourceUrl: string;
  /** ISO timestamp of the save; the title keeps its date. */
  seenAt: string;
}

export const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

export function toPersonRecord(p: PersonRecord): PersonRecord {
  return { id: p.id, name: p.name, aliases: p.aliases, titles: p.titles, official: p.official };
}

export function toStoredPerson(p: PersonRecord): StoredPerson {
  return { ...toPersonRecord(p), surname: surnameOf(p.name) };
}

/** Ids derive from the name for readability in exports; a namesake who is someone else gets a suffix. */
export async function freshPersonId(tx: Tx<'readwrite'>, name: string): Promise<string> {
  const base = cleanName(name).toLowerCase();
  for (let n = 0; ; n++) {
    const id = `p_${hashText(n === 0 ? base : `${base}\u0000${n}`)}`;
    if ((await tx.objectStore('people').getKey(id)) === undefined) return id;
  }
}

export function addAlias(p: PersonRecord, alias: string): string[] {
  if (same(alias, p.name) || p.aliases.some((a) => same(a, alias))) return p.aliases;
  return [...p.aliases, alias];
}

export function addTitle(titles: PersonTitle[], title: PersonTitle): PersonTitle[] {
  return titles.some((t) => same(t.title, title.title)) ? titles : [...titles, title];
}

/** Records that this person was seen under `s.name` with `s.title`. */
export function withSighting(p: StoredPerson, s: Sighting): StoredPerson {
  const name = cleanName(s.name);
  let next: StoredPerson = { ...p, aliases: addAlias(p, name), official: p.official || s.official };
  // "Biden" first, "Joe Biden" later: the fuller form becomes the name shown in the library.
  if (wordCount(p.name) === 1 && wordCount(name) > 1 && !same(name, p.name)) {
    next = { ...next, name, aliases: addAlias({ ...next, name }, p.name).filter((a) => !same(a, name)) };
  }
  if (s.title) next.titles = addTitle(next.titles, { title: s.title, seen: s.seenAt.slice(0, 10), sourceUrl: s.sourceUrl });
  return next;
}

/** The person `s` refers to, created when nobody in the library matches; written to the store. */
export async function resolvePerson(tx: Tx<'readwrite'>, s: Sighting): Promise<StoredPerson> {
  const people = tx.objectStore('people');
  const name = cleanName(s.name);
  const candidates = await people.index('bySurname').getAll(surnameOf(name));
  const match = matchPerson(name, s.title, candidates);
  const existing = match ? candidates.find((c) => c.id === match.id) : undefined;
  const base: StoredPerson = existing ?? { id: await freshPersonId(tx, name), name, aliases: [], titles: [], official: false, surname: surnameOf(name) };
  const person = withSighting(base, s);
  await people.put(person);
  return person;
}

/** Titles a person received only through the quotes being moved away from them. */
export function titlesWithout(p: StoredPerson, moved: QuoteRecord[], kept: QuoteRecord[]): PersonTitle[] {
  const from = (qs: QuoteRecord[], t: PersonTitle) => qs.some((q) => q.speakerTitle !== null && same(q.speakerTitle, t.title));
  return p.titles.filter((t) => !(from(moved, t) && moved.some((q) => q.sourceUrls.includes(t.sourceUrl))) || from(kept, t));
}

/** A person left with no quotes after a split or a speaker change is removed rather than listed empty. */
export async function dropIfOrphan(tx: Tx<'readwrite'>, personId: string | null): Promise<void> {
  if (personId === null) return;
  if ((await tx.objectStore('quotes').index('byPerson').count(personId)) === 0) await tx.objectStore('people').delete(personId);
}
