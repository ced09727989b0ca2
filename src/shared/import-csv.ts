/**
 * A CSV export back into a library. Columns are found by their header names, so a sheet whose columns were
 * moved, or an older export with only the first nine, still reads. Every cell loses the one apostrophe the
 * export put before formula-like text (formats.ts csvValue). People come back by id with their name and
 * whether they are officials; the titles they held are read off their quotes. Only JSON and Web Annotation
 * exports carry the rest of a person's history (other aliases, merges).
 */
import Papa from 'papaparse';
import { EXPORT_FORMAT, EXPORT_VERSION, quoteId, type PersonRecord, type QuoteRecord, type SourceRecord } from '../core/index';
import { cutValue } from './import-schema';
import { csvValue } from './formats';
import { err, ok, type Result } from './result';
import { NO_KEYS, type Converted } from './import-annotations';

const REQUIRED = ['text', 'url'] as const;

/** Rows of a CSV file; a file RFC 4180 cannot read is an error naming the row. */
export function readCsvRows(text: string): Result<string[][]> {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const bad = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (bad) return err(`Not a valid CSV file: row ${(bad.row ?? 0) + 1}: ${cutValue(bad.message)}`);
  return ok(parsed.data);
}

const whole = (cell: string, name: string, row: number): Result<number> =>
  cell === ''
    ? ok(0)
    : /^\d{1,15}$/.test(cell)
      ? ok(Number(cell))
      : err(`Not a valid CSV export: row ${row}, ${name}: expected a whole number, received ${cutValue(cell)}`);

function personOf(people: Map<string, PersonRecord>, cell: (name: string) => string, q: QuoteRecord): void {
  if (q.personId === null) return;
  const known = people.get(q.personId);
  const name = cell('person_name') || q.speaker || q.personId;
  const p = known ?? { id: q.personId, name, aliases: [], titles: [], official: cell('official') === 'yes' };
  if (q.speaker && q.speaker !== p.name && !p.aliases.includes(q.speaker)) p.aliases.push(q.speaker);
  if (q.speakerTitle && !p.titles.some((t) => t.title === q.speakerTitle))
    p.titles.push({ title: q.speakerTitle, seen: (q.published ?? q.savedAt).slice(0, 10), sourceUrl: q.sourceUrl });
  people.set(p.id, p);
}

/** The `other_sources` cell: the schema checks each field afterwards; here only its shape. */
function otherSources(cell: string, row: number): Result<SourceRecord[]> {
  if (cell === '') return ok([]);
  try {
    const list = JSON.parse(cell) as unknown;
    if (Array.isArray(list) && list.every((s) => typeof s === 'object' && s !== null && typeof (s as SourceRecord).url === 'string'))
      return ok(list as SourceRecord[]);
  } catch {
    // Reported below, like any other shape.
  }
  return err(`Not a valid CSV export: row ${row}, other_sources: expected a JSON list of pages, received ${cutValue(cell)}`);
}

/** The rows of a CSV export (header first) as a library export, not yet checked. */
export function libraryFromCsv(rows: string[][], now: string): Result<Converted> {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) return err(`Not an OnRecord CSV export: the header has no ${missing.join(' or ')} column`);
  const col = new Map(header.map((h, i) => [h, i]));
  const quotes: QuoteRecord[] = [];
  const people = new Map<string, PersonRecord>();
  const sources = new Map<string, SourceRecord>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cell = (name: string) => csvValue(row[col.get(name) ?? -1] ?? '');
    const [start, end] = [whole(cell('start'), 'start', r + 1), whole(cell('end'), 'end', r + 1)];
    if (!start.ok) return start;
    if (!end.ok) return end;
    const text = cell('text');
    const url = cell('url');
    const speaker = cell('speaker') || null;
    const published = cell('published') || null;
    const others = cell('other_urls')
      .split('\n')
      .filter((u) => u !== '' && u !== url);
    const q: QuoteRecord = {
      id: cell('id') || quoteId(text, speaker),
      text,
      personId: cell('person_id') || null,
      speaker,
      speakerTitle: cell('speaker_title') || null,
      sourceUrl: url,
      sourceUrls: [url, ...new Set(others)],
      paragraph: cell('paragraph') || text,
      headline: cell('headline') || cell('title'),
      selectors: [
        { type: 'TextQuoteSelector', exact: cell('exact') || text, prefix: cell('prefix'), suffix: cell('suffix') },
        { type: 'TextPositionSelector', start: start.value, end: end.value },
      ],
      ...NO_KEYS,
      savedAt: cell('saved_at') || now,
      published,
    };
    quotes.push(q);
    personOf(people, cell, q);
    if (!sources.has(url)) sources.set(url, { url, title: cell('title'), outlet: cell('outlet'), published });
    const more = otherSources(cell('other_sources'), r + 1);
    if (!more.ok) return more;
    for (const s of more.value) if (!sources.has(s.url)) sources.set(s.url, s);
  }
  return ok({
    data: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, quotes, people: [...people.values()], sources: [...sources.values()] },
    skipped: 0,
  });
}
