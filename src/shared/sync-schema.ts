/**
 * What a replicated document from the sync server must look like before it may touch the library: the
 * same record schemas as an import file, inside a versioned body. The server is the team's, but its
 * documents can be written by anyone with its password, an old build, or a broken proxy: a document that
 * fails here is skipped and counted, never applied.
 */
import * as v from 'valibot';
import { HISTORY_LIMIT, HLC_PATTERN, parseDocId, type PersonRecord, type QuoteRecord, type SourceRecord, type SyncBody, type SyncKind } from '../core/index';
import { personSchema, quoteSchema, sourceSchema } from './record-schemas';
import { err, ok, type Result } from './result';

const recordSchemas = { quote: quoteSchema, person: personSchema, source: sourceSchema } as const;
const hlc = v.pipe(v.string(), v.regex(HLC_PATTERN, 'not a clock stamp'));
const state = v.picklist(['live', 'deleted', 'merged'] as const);
const personId = v.pipe(v.string(), v.minLength(1), v.maxLength(256));

const versionEntries = <T extends v.GenericSchema>(record: T) => ({ hlc, state, record: v.nullable(record), mergedInto: v.nullable(personId) });

const bodySchemas = Object.fromEntries(
  Object.entries(recordSchemas).map(([kind, record]) => [
    kind,
    v.object({
      kind: v.literal(kind),
      ...versionEntries(record),
      history: v.pipe(v.array(v.object(versionEntries(record))), v.maxLength(HISTORY_LIMIT, `more than ${HISTORY_LIMIT} versions`)),
    }),
  ]),
) as unknown as Record<SyncKind, v.GenericSchema<unknown, SyncBody>>;

export type LibraryRecord = QuoteRecord | PersonRecord | SourceRecord;
export interface ParsedDoc {
  docId: string;
  kind: SyncKind;
  key: string;
  body: SyncBody<LibraryRecord>;
}

const keyOf = (kind: SyncKind, r: LibraryRecord) => (kind === 'source' ? (r as SourceRecord).url : (r as QuoteRecord | PersonRecord).id);

/** Checks one body's own rules beyond its shape: its record is the one its id names, and its state fits. */
function problemOf(kind: SyncKind, key: string, b: SyncBody<LibraryRecord>): string | null {
  for (const version of [b, ...b.history]) {
    if (version.record && keyOf(kind, version.record) !== key) return 'its record belongs to another document';
    if (version.state === 'live' && !version.record) return 'a live version without a record';
    if ((version.state === 'merged') !== (version.mergedInto !== null) || (version.state === 'merged' && kind !== 'person'))
      return 'a merge that names no person';
    if (version.mergedInto === key) return 'a person merged into themselves';
  }
  return null;
}

/** A server document as the library may use it, or why not. `_id` and `_rev` stay CouchDB's business. */
export function parseSyncDoc(doc: unknown): Result<ParsedDoc> {
  if (typeof doc !== 'object' || doc === null) return err('not a document');
  const { _id: docId, _rev: _r, _conflicts: _c, _deleted: deleted, ...body } = doc as Record<string, unknown>;
  if (typeof docId !== 'string') return err('a document without an id');
  const id = parseDocId(docId);
  if (!id) return err(`${docId.slice(0, 80)}: not a library document`);
  if (deleted) return err(`${docId.slice(0, 80)}: deleted on the server without a tombstone`);
  const parsed = v.safeParse(bodySchemas[id.kind], body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return err(`${docId.slice(0, 80)}: ${path ? `${path}: ` : ''}${issue.message}`);
  }
  const problem = problemOf(id.kind, id.key, parsed.output as SyncBody<LibraryRecord>);
  if (problem) return err(`${docId.slice(0, 80)}: ${problem}`);
  return ok({ docId, kind: id.kind, key: id.key, body: parsed.output as SyncBody<LibraryRecord> });
}
