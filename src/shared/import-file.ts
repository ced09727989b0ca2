/**
 * Any file the library exports, read back: an OnRecord JSON export, a Web Annotation file or a CSV export,
 * told apart by their content, not their name. Whatever the format, the result passes the same checks
 * (import-schema) before anything is written, and an error names where in the file the problem is.
 */
import type { LibraryExport } from '../core/index';
import { libraryFromAnnotations } from './import-annotations';
import { libraryFromCsv, readCsvRows } from './import-csv';
import { cutValue, parseLibraryExport } from './import-schema';
import { err, ok, type Result } from './result';

export type ImportKind = 'json' | 'anno' | 'csv';
export interface ImportFile {
  kind: ImportKind;
  data: LibraryExport;
  skipped: number;
}

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err(`Not a valid OnRecord export: the JSON is malformed or truncated (${cutValue(e instanceof Error ? e.message : 'parse error')})`);
  }
}

const isOnRecordJson = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x) && 'format' in x;

/** The CSV column a quote field comes from (`sourceUrls[0]` is the url, the others are other_urls). */
const CSV_COLUMNS: Record<string, string> = {
  sourceUrl: 'url',
  speakerTitle: 'speaker_title',
  personId: 'person_id',
  savedAt: 'saved_at',
  'selectors[0].exact': 'exact',
  'selectors[0].prefix': 'prefix',
  'selectors[0].suffix': 'suffix',
  'selectors[1]': 'start, end',
  'selectors[1].start': 'start',
  'selectors[1].end': 'end',
};
const csvColumn = (field: string) => CSV_COLUMNS[field] ?? (field.startsWith('sourceUrls') ? (field === 'sourceUrls[0]' ? 'url' : 'other_urls') : field);

/** Paths in the checked library, said the way the file itself is laid out. */
const renamers: Record<ImportKind, (path: string) => string> = {
  json: (p) => p,
  anno: (p) =>
    p
      .replace(/^quotes\[(\d+)\]/, 'items[$1]')
      .replace(/^people/, 'onrecord:people')
      .replace(/^sources/, 'onrecord:sources'),
  // A quote is a row (after the header); people and sources are gathered from the rows, so keep their paths.
  csv: (p) => p.replace(/^quotes\[(\d+)\]\.?(.*)$/, (_, i: string, field: string) => [`row ${Number(i) + 2}`, ...(field ? [csvColumn(field)] : [])].join(', ')),
};

export function parseImportFile(text: string, now: string = new Date().toISOString()): Result<ImportFile> {
  let kind: ImportKind;
  let converted: Result<{ data: unknown; skipped: number }>;
  if (looksLikeJson(text)) {
    const json = parseJson(text);
    if (!json.ok) return json;
    kind = isOnRecordJson(json.value) ? 'json' : 'anno';
    converted = kind === 'json' ? ok({ data: json.value, skipped: 0 }) : libraryFromAnnotations(json.value, now);
  } else {
    kind = 'csv';
    const rows = readCsvRows(text);
    converted = rows.ok ? libraryFromCsv(rows.value, now) : rows;
  }
  if (!converted.ok) return converted;
  const checked = parseLibraryExport(converted.value.data, renamers[kind]);
  return checked.ok ? ok({ kind, data: checked.value, skipped: converted.value.skipped }) : checked;
}
