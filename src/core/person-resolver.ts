/**
 * One person resolver for the whole library: the CLI, the extension's storage and import all decide with
 * these rules which library person a speaker is, and storage only reads and writes the records.
 *
 * - A full name joins the person whose given name agrees ("Joe Biden" is "J. Biden"), whatever the title.
 * - A full name joins a surname-only person ("Biden") only when their titles agree.
 * - A bare surname never joins someone whose title disagrees (a different role is a different person). It
 *   joins, in this order: the person an earlier mention in this article resolved to; the person this article
 *   names in full; the one whose title's words agree ("Lavrov, Foreign Minister"); a surname-only person.
 *   "Lee" on one page is not "MJ Lee" of another.
 * - Titles are dated by the source's publication date (the save date when the page has none).
 */
import { hashText } from './hash';
import type { PersonRecord, PersonTitle } from './library-model';
import { cleanName, givenAgree, nameParts } from './person-names';

export interface Sighting {
  name: string;
  title: string | null;
  official: boolean;
  sourceUrl: string;
  /** The source's publication date (ISO), or null. */
  published: string | null;
  /** ISO timestamp of the save. */
  savedAt: string;
}

/** What the article being saved from says about people: full names it uses, people its saved quotes went to. */
export interface ArticleContext {
  names: string[];
  resolved: string[];
}
export const NO_CONTEXT: ArticleContext = { names: [], resolved: [] };

const TITLE_HEAD =
  /(president|minister|secretary|senator|representative|governor|mayor|chancellor|ambassador|spokes\w+|judge|justice|general|leader|king|queen|chair\w*|director|journalist|reporter|correspondent)/;
const headOf = (title: string | null) => TITLE_HEAD.exec((title ?? '').toLowerCase())?.[1] ?? null;
const headsOf = (p: PersonRecord) => new Set(p.titles.map((t) => headOf(t.title)).filter((h): h is string => h !== null));
const givensOf = (p: PersonRecord) => [p.name, ...p.aliases].map((n) => nameParts(n).given).filter((g): g is string => g !== null);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The title agrees (both say the same kind of office) or says nothing against (either has none). */
const titleAllows = (p: PersonRecord, head: string | null) => head === null || headsOf(p).size === 0 || headsOf(p).has(head);
const titleAgrees = (p: PersonRecord, head: string | null) => head !== null && headsOf(p).has(head);

/** One of several, told apart by title; none when still ambiguous. */
function single(ps: PersonRecord[], head: string | null): PersonRecord | null {
  if (ps.length <= 1) return ps[0] ?? null;
  const byTitle = ps.filter((p) => titleAgrees(p, head));
  return byTitle.length === 1 ? byTitle[0]! : null;
}

/** People whose shown name has this surname: exactly the candidates storage's surname index returns. */
export const sameSurname = <P extends PersonRecord>(people: P[], surname: string) => people.filter((p) => nameParts(p.name).surname === surname);

/**
 * The library person `name` refers to when saving from an article, or null for a new person.
 * `ctx` null is a look-up with no article at hand (a hover card): a bare surname then takes the one
 * person of that surname whose title does not disagree.
 */
export function matchPerson<P extends PersonRecord>(name: string, title: string | null, people: P[], ctx: ArticleContext | null = null): P | null {
  const { surname, given } = nameParts(name);
  if (!surname) return null;
  const candidates = sameSurname(people, surname);
  const head = headOf(title);
  if (given !== null) {
    const agree = candidates.filter((p) => givensOf(p).some((g) => givenAgree(g, given)));
    if (agree.length > 0) return (single(agree, head) ?? agree.find((p) => same(p.name, name)) ?? null) as P | null;
    return single(
      candidates.filter((p) => givensOf(p).length === 0 && (titleAgrees(p, head) || ctx?.resolved.includes(p.id))),
      head,
    ) as P | null;
  }
  const allowed = candidates.filter((p) => titleAllows(p, head));
  // No article at hand: with a title, someone known by a full name must hold that title too.
  if (ctx === null)
    return single(
      allowed.filter((p) => givensOf(p).length === 0 || head === null || titleAgrees(p, head)),
      head,
    ) as P | null;
  const inFull = ctx.names.map((n) => nameParts(n)).filter((n) => n.surname === surname && n.given !== null);
  const steps: Array<(p: PersonRecord) => boolean> = [
    (p) => ctx.resolved.includes(p.id),
    (p) => inFull.some((n) => givensOf(p).some((g) => givenAgree(g, n.given!))),
    // "Lavrov, Foreign Minister" is the Russian Foreign Minister already known: the title's words agree.
    (p) => sameTitle(p, title),
    (p) => givensOf(p).length === 0,
  ];
  for (const step of steps) {
    const found = allowed.filter(step);
    if (found.length > 0) return single(found, head) as P | null;
  }
  return null;
}

const titleWords = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
/** One title's words all appear in one of the person's titles, or the other way round. */
function sameTitle(p: PersonRecord, title: string | null): boolean {
  if (!title) return false;
  const a = titleWords(title);
  if (a.size === 0) return false;
  return p.titles.some((t) => {
    const b = titleWords(t.title);
    return [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
  });
}

/** Ids derive from the name for readability in exports; a namesake who is someone else gets a suffix. */
export function personIdFor(name: string, n = 0): string {
  const base = cleanName(name).toLowerCase();
  return `p_${hashText(n === 0 ? base : `${base}\u0000${n}`)}`;
}

export function addAlias(p: PersonRecord, alias: string): string[] {
  if (same(alias, p.name) || p.aliases.some((a) => same(a, alias))) return p.aliases;
  return [...p.aliases, alias];
}

export function addTitle(titles: PersonTitle[], title: PersonTitle): PersonTitle[] {
  return titles.some((t) => same(t.title, title.title)) ? titles : [...titles, title];
}

const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

/** Records that this person was seen under `s.name` with `s.title`. */
export function withSighting<P extends PersonRecord>(p: P, s: Sighting): P {
  const name = cleanName(s.name);
  let next: P = { ...p, aliases: addAlias(p, name), official: p.official || s.official };
  // "Biden" first, "Joe Biden" later: the fuller form becomes the name shown in the library.
  if (wordCount(p.name) === 1 && wordCount(name) > 1 && !same(name, p.name)) {
    next = { ...next, name, aliases: addAlias({ ...next, name }, p.name).filter((a) => !same(a, name)) };
  }
  if (s.title) next = { ...next, titles: addTitle(next.titles, { title: s.title, seen: (s.published ?? s.savedAt).slice(0, 10), sourceUrl: s.sourceUrl }) };
  return next;
}

export const newPerson = (id: string, name: string): PersonRecord => ({ id, name: cleanName(name), aliases: [], titles: [], official: false });

/** `b` turns out to be `a`: names and titles are united under `a`'s id and name. */
export function mergePersonRecords<P extends PersonRecord>(a: P, b: PersonRecord): P {
  let out: P = { ...a, official: a.official || b.official };
  for (const alias of [b.name, ...b.aliases]) out = { ...out, aliases: addAlias(out, alias) };
  for (const t of b.titles) out = { ...out, titles: addTitle(out.titles, t) };
  return out;
}

/**
 * The person record a save ends up with, from the same-surname candidates: the matching one updated, or a
 * new one with the first free id (`taken` says which ids exist). Pure; storage and the CLI both call it.
 */
export function resolveSighting(
  candidates: PersonRecord[],
  s: Sighting,
  ctx: ArticleContext,
  taken: (id: string) => boolean,
): { person: PersonRecord; created: boolean } {
  const match = matchPerson(cleanName(s.name), s.title, candidates, ctx);
  if (match) return { person: withSighting(match, s), created: false };
  let n = 0;
  while (taken(personIdFor(s.name, n))) n++;
  return { person: withSighting(newPerson(personIdFor(s.name, n), s.name), s), created: true };
}
