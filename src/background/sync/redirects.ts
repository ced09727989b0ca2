/** Where merged-away people's quotes belong, from every person document the mirror holds. */
import { cycleSurvivorRecord, mergeTarget, type PersonRecord, type SyncVersion } from '../../core/index';
import { parseSyncDoc } from '../../shared/sync-schema';
import type { Mirror } from './engine';

export interface MergeRedirects {
  redirects: Map<string, string>;
  revived: PersonRecord[];
}

export async function mergeRedirects(mirror: Mirror): Promise<MergeRedirects> {
  const rows = (await mirror.allDocs({ startkey: 'person:', endkey: 'person:\uffff', include_docs: true })).rows;
  const people = new Map<string, SyncVersion<PersonRecord>>();
  for (const row of rows) {
    const parsed = row.doc ? parseSyncDoc(row.doc) : null;
    if (parsed?.ok) people.set(parsed.value.key, parsed.value.body as SyncVersion<PersonRecord>);
  }
  const personAt = (id: string) => people.get(id);
  const redirects = new Map<string, string>();
  const revived = new Map<string, PersonRecord>();
  for (const [id, v] of people) {
    if (v.state !== 'merged') continue;
    const target = mergeTarget(id, personAt);
    redirects.set(id, target.target);
    if (target.cycle.length > 0 && !revived.has(target.target)) {
      const record = cycleSurvivorRecord(target, personAt);
      if (record) revived.set(target.target, record);
    }
  }
  return { redirects, revived: [...revived.values()] };
}
