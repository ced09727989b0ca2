/** The people of one article: merges the forms of a name ("President Biden", "Joe Biden") into one person. */
import type { Mention } from './types';

export type Gender = 'm' | 'f' | null;

export interface Person {
  id: number;
  words: string[];
  title: string | null;
  titleHead: string | null;
  /** Title found before the name in capitals beats one read from an appositive. */
  titleStrength: number;
  role: string | null;
  official: boolean;
  gender: Gender;
  author: boolean;
  firstSeen: number;
  mentions: Mention[];
}

export interface Introduction {
  words: string[];
  title?: { text: string; head: string; strength: number } | undefined;
  role?: string | undefined;
  gender?: Gender;
  author?: boolean;
  /** Document position, for ordering. */
  at: number;
}

// Decomposed accents ("e" + U+0301) must match composed ones; most names have none, so skip the costly call.
const normCache = new Map<string, string>();
const norm = (w: string) => {
  let n = normCache.get(w);
  if (n === undefined) {
    n = (/[\u0300-\u036f]/.test(w) ? w.normalize('NFC') : w).toLowerCase();
    if (normCache.size > 50_000) normCache.clear(); // bounded: a hostile page cannot grow it forever
    normCache.set(w, n);
  }
  return n;
};
const surnameOf = (words: string[]) => norm(words[words.length - 1]!);
const PARTICLE_START = /^(van|von|de|da|di|du|del|della|la|le|al|el|bin|ibn|ben|ter|ten|dos|das|do)$/;
/** The given name, if the form has one: "Van Kerkhove" is a surname, not Mr. Van. */
const firstOf = (words: string[]) => (words.length > 1 && !PARTICLE_START.test(norm(words[0]!)) ? norm(words[0]!) : null);

function firstNamesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a === b) return true;
  const ia = a.includes('.') ? a.replace(/\./g, '') : a;
  const ib = b.includes('.') ? b.replace(/\./g, '') : b;
  return (ia.length === 1 && ib.startsWith(ia)) || (ib.length === 1 && ia.startsWith(ib));
}

export class Registry {
  readonly people: Person[] = [];
  private bySurname = new Map<string, Person[]>();
  /** People by each of their given names, built when first asked and dropped when anyone is introduced. */
  private byGivenName: Map<string, Person[]> | null = null;

  /** `gender`: what the new form says ("Mark" is a man), so it does not join "Mrs. Vell" met before. */
  find(words: string[], gender: Gender = null): Person | null {
    const candidates = this.bySurname.get(surnameOf(words));
    if (candidates === undefined) return null;
    const first = firstOf(words);
    // In one pass: the first agreeing person, the first with this very given name, the first with a full name.
    let agreeing: Person | null = null;
    let same: Person | null = null;
    let full: Person | null = null;
    for (const p of candidates) {
      const theirs = firstOf(p.words);
      if (!firstNamesAgree(theirs, first) || (gender && p.gender && p.gender !== gender)) continue;
      agreeing ??= p;
      if (same === null && theirs === first) same = p;
      if (full === null && p.words.length > 1) full = p;
    }
    if (agreeing === null) return null;
    if (first) return same ?? agreeing;
    // Surname alone: prefer the one with a full name, then the first seen.
    return full ?? agreeing;
  }

  /** Everyone with this surname who has a given name too: more than one makes a bare surname ambiguous. */
  namesakes(surname: string): Person[] {
    return (this.bySurname.get(norm(surname)) ?? []).filter((p) => p.words.length > 1);
  }

  /** A given name alone ("Trevor fumed") means the one person of the article who has it, if only one does. */
  findByGivenName(word: string): Person | null {
    const key = norm(word);
    if (this.bySurname.has(key)) return null;
    // "Trevor" for Trevor Bassett; "Lula" for Luiz Inácio Lula da Silva.
    const holders = (this.byGivenName ??= this.indexGivenNames()).get(key);
    return holders?.length === 1 ? holders[0]! : null;
  }

  private indexGivenNames(): Map<string, Person[]> {
    const index = new Map<string, Person[]>();
    for (const p of this.people) {
      for (const key of new Set(p.words.slice(0, -1).map(norm))) {
        const holders = index.get(key);
        if (holders) holders.push(p);
        else index.set(key, [p]);
      }
    }
    return index;
  }

  introduce(intro: Introduction): Person {
    this.byGivenName = null;
    const existing = this.find(intro.words, intro.gender ?? null);
    const person = existing ?? this.create(intro);
    if (existing && intro.words.length > existing.words.length) existing.words = intro.words;
    if (intro.title && intro.title.strength > person.titleStrength) {
      person.title = intro.title.text;
      person.titleHead = intro.title.head;
      person.titleStrength = intro.title.strength;
      person.official = true;
    }
    if (intro.role && !person.role) person.role = intro.role;
    if (intro.gender && !person.gender) person.gender = intro.gender;
    if (intro.author) person.author = true;
    person.firstSeen = Math.min(person.firstSeen, intro.at);
    return person;
  }

  private create(intro: Introduction): Person {
    const person: Person = {
      id: 0,
      words: intro.words,
      title: null,
      titleHead: null,
      titleStrength: 0,
      role: null,
      official: false,
      gender: intro.gender ?? null,
      author: false,
      firstSeen: intro.at,
      mentions: [],
    };
    this.people.push(person);
    const key = surnameOf(intro.words);
    const holders = this.bySurname.get(key);
    if (holders) holders.push(person);
    else this.bySurname.set(key, [person]);
    return person;
  }

  /** Ids follow first appearance, so output is deterministic whatever order people were found in. */
  finalize(): void {
    this.people.sort((a, b) => a.firstSeen - b.firstSeen);
    this.people.forEach((p, i) => (p.id = i + 1));
  }
}

export const nameOf = (p: Person) => p.words.join(' ');
