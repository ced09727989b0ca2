/**
 * The sync server the reader points OnRecord at. Credentials stay in the background's storage.local:
 * pages get `SyncSettingsView`, which says whether a password is set but never holds it.
 */
import * as v from 'valibot';
import { err, ok, type Result } from './result';

/** The shape of a sync config: a page's message is checked with it, and its type comes from it (limits: checkSyncConfig). */
export const syncConfigSchema = v.object({ url: v.string(), database: v.string(), username: v.string(), password: v.string() });
export type SyncConfig = v.InferOutput<typeof syncConfigSchema>;
export interface SyncSettingsView {
  url: string;
  database: string;
  username: string;
  hasPassword: boolean;
  enabled: boolean;
}

export interface SyncStatus {
  enabled: boolean;
  running: boolean;
  lastSyncAt: string | null;
  /** The last round's failure in plain words, or null after a good round. */
  lastError: string | null;
  pending: number;
  /** Conflicts settled in the last good round, and server documents left out as invalid. */
  conflicts: number;
  skipped: number;
  problems: string[];
}

/** One earlier or losing version of a quote, as the library page may show it. */
export interface QuoteVersion {
  at: string;
  device: string;
  state: 'live' | 'deleted' | 'merged';
  speaker: string | null;
  text: string | null;
}

export const IDLE_STATUS: SyncStatus = {
  enabled: false,
  running: false,
  lastSyncAt: null,
  lastError: null,
  pending: 0,
  conflicts: 0,
  skipped: 0,
  problems: [],
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere, plain http only to this machine: credentials never cross a network in clear text. */
export function checkServerUrl(raw: string): Result<{ base: string; origin: string }> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return err('The server address is not a URL (for example https://couch.example.org).');
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    return err('The server address must start with https:// (plain http:// is allowed only for 127.0.0.1 or localhost).');
  if (url.username || url.password) return err('Put the user name and password in their own fields, not in the address.');
  if (url.search || url.hash) return err('The server address cannot have ? or # parts.');
  return ok({ base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin });
}

/** CouchDB's own rule for database names. */
export function checkDatabaseName(name: string): Result<string> {
  return /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name)
    ? ok(name)
    : err('The database name must start with a lower-case letter and hold only a-z, 0-9 and _$()+-/.');
}

export function checkSyncConfig(c: SyncConfig): Result<SyncConfig & { base: string; origin: string }> {
  const url = checkServerUrl(c.url);
  if (!url.ok) return url;
  const db = checkDatabaseName(c.database);
  if (!db.ok) return db;
  if (c.username.length > 200 || c.password.length > 1000) return err('The user name or password is too long.');
  return ok({ ...c, url: url.value.base, ...url.value });
}

/** The host permission pattern for exactly that server's origin. */
export const originPattern = (origin: string) => `${origin}/*`;
