/**
 * Valibot schemas mirroring library-model.ts, for files the user imports: everything in them is
 * untrusted, so each field is typed and bounded before anything touches the library.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, type LibraryExport } from '../core/index';
import type { Result } from './result';
import { LIMITS } from './limits';

const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const id = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(256, 'longer than 256 characters'));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));
const position = v.pipe(v.number(), v.integer('expected an integer'), v.minValue(0, 'expected 0 or more'));
const timestamp = v.pipe(v.string(), v.maxLength(64, 'longer than 64 characters'), v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO date'));

const quoteSelector = v.object({ type: v.literal('TextQuoteSelector'), exact: str(LIMITS.text), prefix: str(LIMITS.context), suffix: str(LIMITS.context) });
const positionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: position, end: position }),
  v.check((s) => s.end >= s.start, 'end comes before start'),
);

/** Only web (and local file) addresses: a `javascript:` or `data:` URL in a file must not become a link. */
const pageUrl = v.pipe(str(LIMITS.url), v.regex(/^(https?|file):\/\//i, 'not an http(s) or file URL'));

const quote = v.object({
  id,
  text: v.pipe(str(LIMITS.text), v.minLength(1, 'empty')),
  personId: v.nullable(id),
  speaker: v.nullable(str(LIMITS.name)),
  speakerTitle: v.nullable(str(LIMITS.name)),
  sourceUrl: pageUrl,
  sourceUrls: v.pipe(list(pageUrl, LIMITS.list), v.minLength(1, 'empty')),
  paragraph: str(LIMITS.paragraph),
  headline: str(LIMITS.headline),
  selectors: v.tuple([quoteSelector, positionSelector]),
  terms: list(str(LIMITS.name), LIMITS.list),
  entities: list(str(LIMITS.name), LIMITS.list),
  savedAt: timestamp,
  published: v.nullable(str(64)),
});

const personTitle = v.object({ title: str(LIMITS.name), seen: str(64), sourceUrl: pageUrl });
const person = v.object({
  id,
  name: v.pipe(str(LIMITS.name), v.minLength(1, 'empty')),
  aliases: list(str(LIMITS.name), LIMITS.list),
  titles: list(personTitle, LIMITS.list),
  official: v.boolean(),
});

const source = v.object({ url: pageUrl, title: str(LIMITS.headline), outlet: str(LIMITS.name), published: v.nullable(str(64)) });

export const libraryExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: timestamp,
  quotes: list(quote, LIMITS.records),
  people: list(person, LIMITS.records),
  sources: list(source, LIMITS.records),
});

type Issue = v.InferIssue<typeof libraryExportSchema>;

function pathOf(issue: Issue): string {
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
      return { ok: false, error: `Not a valid OnRecord export: the JSON is malformed or truncated (${cutValue(e instanceof Error ? e.message : 'parse error')})` };
    }
  }
  const parsed = v.safeParse(libraryExportSchema, input);
  const problems = parsed.success ? crossCheck(parsed.output as LibraryExport, rename) : parsed.issues.map((i) => describeIssue(i, rename));
  if (problems.length === 0 && parsed.success) return { ok: true, value: parsed.output as LibraryExport };
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  return { ok: false, error: `Not a valid OnRecord export: ${problems.slice(0, 3).join('; ')}${more}` };
}
