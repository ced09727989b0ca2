/**
 * A library held in memory (the CLI's `library`, the crowd check): saves follow the same rules as the
 * extension's storage — the same person resolver, record ids and merging — so both paths give the same people.
 */
import { articleContextOf, buildQuoteRecord, mergeQuoteRecords, normaliseQuoteText, type SaveInput } from './library';
import { EXPORT_FORMAT, EXPORT_VERSION, type LibraryExport, type PersonRecord, type QuoteRecord, type SourceRecord } from './library-model';
import { nameParts } from './person-names';
import { resolveSighting, sameSurname } from './person-resolver';

export interface MemoryLibrary {
  quotes: Map<string, QuoteRecord>;
  people: Map<string, PersonRecord>;
  sources: Map<string, SourceRecord>;
  /** Quote ids by page, as storage's bySources index. */
  onPage: Map<string, Set<string>>;
}

export const emptyLibrary = (): MemoryLibrary => ({ quotes: new Map(), people: new Map(), sources: new Map(), onPage: new Map() });

const quotesOnPage = (lib: MemoryLibrary, url: string) => [...(lib.onPage.get(url) ?? [])].map((id) => lib.quotes.get(id)!);

/** The stored record `incoming` repeats: the same id, or after a merge of people the same words by the same person on the page. */
function existingFor(lib: MemoryLibrary, incoming: QuoteRecord): QuoteRecord | undefined {
  const byId = lib.quotes.get(incoming.id);
  if (byId || incoming.personId === null) return byId;
  const key = normaliseQuoteText(incoming.text);
  return quotesOnPage(lib, incoming.sourceUrl).find((q) => q.personId === incoming.personId && normaliseQuoteText(q.text) === key);
}

export function saveInMemory(lib: MemoryLibrary, input: SaveInput): QuoteRecord {
  let personId: string | null = null;
  if (input.named && input.speaker) {
    const ctx = articleContextOf(
      input,
      quotesOnPage(lib, input.source.url).map((q) => q.personId),
    );
    const candidates = sameSurname([...lib.people.values()], nameParts(input.speaker).surname);
    const sighting = {
      name: input.speaker,
      title: input.speakerTitle,
      official: input.official,
      sourceUrl: input.source.url,
      published: input.source.published,
      savedAt: input.savedAt,
    };
    const { person } = resolveSighting(candidates, sighting, ctx, (id) => lib.people.has(id));
    lib.people.set(person.id, person);
    personId = person.id;
  }
  const old = lib.sources.get(input.source.url);
  lib.sources.set(
    input.source.url,
    old
      ? {
          ...input.source,
          title: input.source.title || old.title,
          outlet: input.source.outlet || old.outlet,
          published: input.source.published ?? old.published,
        }
      : input.source,
  );
  const incoming = buildQuoteRecord(input, personId);
  const existing = existingFor(lib, incoming);
  const record = existing ? mergeQuoteRecords(existing, incoming) : incoming;
  lib.quotes.set(record.id, record);
  for (const url of record.sourceUrls) (lib.onPage.get(url) ?? (lib.onPage.set(url, new Set()), lib.onPage.get(url)!)).add(record.id);
  return record;
}

export function exportMemory(lib: MemoryLibrary, exportedAt: string): LibraryExport {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    quotes: [...lib.quotes.values()],
    people: [...lib.people.values()].sort(byId),
    sources: [...lib.sources.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  };
}
