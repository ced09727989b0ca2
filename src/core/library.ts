/** Pure rules of the library: record identity, URL canonicalisation, and telling people apart across articles. */
import { indexKeysOf } from './related';
import type { PersonRecord, QuoteRecord, SourceRecord, TextPositionSelector, TextQuoteSelector } from './library-model';

/** FNV-1a, 53 bits: a stable id from text without needing crypto in every context. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h2 & 0x1fffff) * 0x100000000 + h1).toString(36);
}

export const normaliseQuoteText = (text: string) =>
  text.normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '').trim().toLowerCase();

/** One statement by one speaker is one record, on however many pages it appears. */
export function quoteId(text: string, speakerKey: string | null): string {
  return `q_${hashText(`${normaliseQuoteText(text)}\u0000${(speakerKey ?? '').toLowerCase()}`)}`;
}

// Re-exported: the content script imports these from their own small modules, not the whole library.
export { canonicalUrl, siteOf } from './page-url';
export { sameSite } from './site';
export { selectorsFor } from './anchoring';

const words = (name: string) => name.normalize('NFC').toLowerCase().replace(/[.’']/g, '').split(/\s+/).filter(Boolean);
const TITLE_HEAD = /(president|minister|secretary|senator|representative|governor|mayor|chancellor|ambassador|spokes\w+|judge|justice|general|leader|king|queen)/;
const headOf = (title: string | null) => TITLE_HEAD.exec((title ?? '').toLowerCase())?.[1] ?? null;

/**
 * The library person a speaker is, if any. "Biden" is "Joe Biden"; two people who share a surname stay
 * apart unless their first names, or (for a surname alone) their titles, agree.
 */
export function matchPerson<P extends PersonRecord>(name: string, title: string | null, people: P[]): P | null {
  const w = words(name);
  if (w.length === 0) return null;
  const surname = w[w.length - 1]!;
  const first = w.length > 1 ? w[0]! : null;
  const sameSurname = people.filter((p) => [p.name, ...p.aliases].some((n) => words(n).at(-1) === surname));
  const head = headOf(title);
  const agree = sameSurname.filter((p) => {
    const theirFirsts = [p.name, ...p.aliases].map((n) => words(n)).filter((x) => x.length > 1).map((x) => x[0]!);
    if (first === null) return true;
    if (theirFirsts.length === 0) {
      // A surname-only person ("Kelly, Senator") takes a full name only if the titles do not disagree.
      const heads = p.titles.map((t) => headOf(t.title)).filter(Boolean);
      return head === null || heads.length === 0 || heads.includes(head);
    }
    return theirFirsts.some((f) => f === first || (f.length === 1 && first.startsWith(f)) || (first.length === 1 && f.startsWith(first)));
  });
  if (agree.length <= 1) return agree[0] ?? null;
  const byTitle = head ? agree.filter((p) => p.titles.some((t) => headOf(t.title) === head)) : [];
  if (byTitle.length === 1) return byTitle[0]!;
  const exact = agree.filter((p) => words(p.name).join(' ') === w.join(' '));
  return exact.length === 1 ? exact[0]! : null;
}

export interface SaveInput {
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  /** The speaker is a named person (not an unnamed description). */
  named: boolean;
  official: boolean;
  paragraph: string;
  headline: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  source: SourceRecord;
  savedAt: string;
}

/** A quote record for a save, before the person is resolved (storage fills personId). */
export function buildQuoteRecord(input: SaveInput, personId: string | null): QuoteRecord {
  const keys = indexKeysOf({ text: input.text, paragraph: input.paragraph, headline: input.headline, speaker: input.speaker });
  return {
    // The speaker as shown, not the person id: ids must survive merging and splitting people.
    id: quoteId(input.text, input.speaker),
    text: input.text,
    personId,
    speaker: input.speaker,
    speakerTitle: input.speakerTitle,
    sourceUrl: input.source.url,
    sourceUrls: [input.source.url],
    paragraph: input.paragraph,
    headline: input.headline,
    selectors: input.selectors,
    terms: keys.terms,
    entities: keys.entities,
    savedAt: input.savedAt,
    published: input.source.published,
  };
}

/** Saving again is idempotent; the same statement seen on another page adds that page as a source. */
export function mergeQuoteRecords(existing: QuoteRecord, incoming: QuoteRecord): QuoteRecord {
  const sourceUrls = [...new Set([...existing.sourceUrls, ...incoming.sourceUrls])];
  return { ...existing, sourceUrls, speakerTitle: existing.speakerTitle ?? incoming.speakerTitle, published: existing.published ?? incoming.published };
}

/**
 * The person record a save ends up with: the matching one updated (new alias, new title, official),
 * or a new one. Returns null for unnamed speakers. Pure, so storage and the CLI resolve people alike.
 */
export function upsertPerson(
  candidates: PersonRecord[],
  speaker: { name: string; title: string | null; official: boolean },
  seen: { at: string; sourceUrl: string },
): PersonRecord {
  const match = matchPerson(speaker.name, speaker.title, candidates);
  const person: PersonRecord = match
    ? { ...match, aliases: [...match.aliases], titles: [...match.titles] }
    : { id: `p_${hashText(speaker.name.toLowerCase())}`, name: speaker.name, aliases: [], titles: [], official: false };
  const known = [person.name, ...person.aliases].map((n) => n.toLowerCase());
  if (!known.includes(speaker.name.toLowerCase())) {
    // The fuller form becomes the name: "Biden" then "Joe Biden".
    if (speaker.name.split(/\s+/).length > person.name.split(/\s+/).length) {
      person.aliases.push(person.name);
      person.name = speaker.name;
    } else person.aliases.push(speaker.name);
  }
  if (speaker.title && !person.titles.some((t) => t.title.toLowerCase() === speaker.title!.toLowerCase())) {
    person.titles.push({ title: speaker.title, seen: seen.at.slice(0, 10), sourceUrl: seen.sourceUrl });
  }
  person.official ||= speaker.official;
  return person;
}
