/**
 * An import file in parts, each a valid export of its own: a share of the quotes with the people and sources
 * they name. The whole file is checked first (parseLibraryExport), so an invalid file changes nothing; then
 * the parts go one message each, so no message nears the browser's 64 MiB limit. Each part is written in its
 * own transaction: an import cut off half-way keeps the parts already written (the library only gains).
 */
import type { LibraryExport, QuoteRecord } from '../core/index';

export const IMPORT_PART_CHARS = 8_000_000;

const weight = (q: QuoteRecord) => 600 + q.text.length * 2 + q.paragraph.length + q.headline.length + q.selectors[0].exact.length;

export function splitImport(data: LibraryExport, budget = IMPORT_PART_CHARS): LibraryExport[] {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const sources = new Map(data.sources.map((s) => [s.url, s]));
  const groups: QuoteRecord[][] = [];
  let current: QuoteRecord[] = [];
  let used = 0;
  for (const q of data.quotes) {
    if (current.length > 0 && used + weight(q) > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(q);
    used += weight(q);
  }
  groups.push(current);
  const named = new Set<string>();
  const parts = groups.map((quotes): LibraryExport => {
    const ids = new Set(quotes.flatMap((q) => (q.personId === null ? [] : [q.personId])));
    const urls = new Set(quotes.flatMap((q) => q.sourceUrls));
    ids.forEach((id) => named.add(id));
    urls.forEach((u) => named.add(`url:${u}`));
    return {
      ...data,
      quotes,
      people: [...ids].flatMap((id) => (people.has(id) ? [people.get(id)!] : [])),
      sources: [...urls].flatMap((u) => (sources.has(u) ? [sources.get(u)!] : [])),
    };
  });
  // People and sources no quote names still come in, with the first part.
  parts[0]!.people.push(...data.people.filter((p) => !named.has(p.id)));
  parts[0]!.sources.push(...data.sources.filter((s) => !named.has(`url:${s.url}`)));
  return parts;
}
