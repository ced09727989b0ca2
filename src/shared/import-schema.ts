/**
 * A library file the user imports, checked whole with the records' own schemas (record-schemas.ts):
 * everything in it is untrusted, so each field is typed and bounded before anything touches the library.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, type LibraryExport } from '../core/index';
import type { Result } from './result';
import { personSchema, quoteSchema, recordList, sourceSchema } from './record-schemas';

export const libraryExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.pipe(
    v.string(),
    v.maxLength(64, 'longer than 64 characters'),
    v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date'),
  ),
  quotes: recordList(quoteSchema),
  people: recordList(personSchema),
  sources: recordList(sourceSchema),
});

type Issue = v.InferIssue<typeof libraryExportSchema>;

/** Where in the input an issue is, as `quotes[12].selectors[0].exact`. */
export function pathOf(issue: Pick<v.BaseIssue<unknown>, 'path'>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || 'the file';
}

/** A value from the file, quoted in an error: never more than 80 characters of it (a field can hold 30,000). */
export const cutValue = (value: string, max = 80): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function describeIssue(issue: Issue, rename: (path: string) => string): string {
  const path = rename(pathOf(issue));
  if (issue.kind !== 'schema') return `${path}: ${cutValue(issue.message, 160)}`;
  if (issue.type === 'object' && issue.received === 'undefined' && issue.expected?.startsWith('"')) return `${path}: missing`;
  return `${path}: expected ${cutValue(issue.expected ?? 'something else')}, received ${cutValue(issue.received)}`;
}

/** Links inside the file that the types alone cannot check. */
function crossCheck(data: LibraryExport, rename: (path: string) => string): string[] {
  const people = new Set(data.people.map((p) => p.id));
  const problems: string[] = [];
  data.quotes.forEach((q, i) => {
    if (q.personId !== null && !people.has(q.personId)) problems.push(`${rename(`quotes[${i}]`)}.personId: no person ${cutValue(q.personId)} in people`);
    if (!q.sourceUrls.includes(q.sourceUrl)) problems.push(`${rename(`quotes[${i}]`)}.sourceUrls: does not include sourceUrl`);
  });
  return problems;
}

/** The whole file checked; an error names the first few problems by path, e.g. `quotes[12].selectors[0].exact`. */
export function parseLibraryExport(data: unknown, rename: (path: string) => string = (p) => p): Result<LibraryExport> {
  let input = data;
  if (typeof data === 'string') {
    try {
      input = JSON.parse(data) as unknown;
    } catch (e) {
      return {
        ok: false,
        error: `Not a valid OnRecord export: the JSON is malformed or truncated (${cutValue(e instanceof Error ? e.message : 'parse error')})`,
      };
    }
  }
  const parsed = v.safeParse(libraryExportSchema, input);
  const problems = parsed.success ? crossCheck(parsed.output as LibraryExport, rename) : parsed.issues.map((i) => describeIssue(i, rename));
  if (problems.length === 0 && parsed.success) return { ok: true, value: parsed.output as LibraryExport };
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  return { ok: false, error: `Not a valid OnRecord export: ${problems.slice(0, 3).join('; ')}${more}` };
}
