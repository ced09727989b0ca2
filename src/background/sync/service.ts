/**
 * Sync as the worker runs it: one round at a time, whoever asks (the alarm, the library page, a settings
 * change). Configuration and credentials live in storage.local under keys no page message returns;
 * the status a page may see is `SyncStatus`, written after every round so a restarted worker still has it.
 */
import { err, ok, type Result } from '../../shared/result';
import {
  checkSyncConfig,
  IDLE_STATUS,
  originPattern,
  type QuoteVersion,
  type SyncConfig,
  type SyncSettingsView,
  type SyncStatus,
} from '../../shared/sync-config';
import { parseSyncDoc } from '../../shared/sync-schema';
import { docIdOf, parseHlc, type QuoteRecord } from '../../core/index';
import { countPending, enableJournal } from '../../storage/journal';
import type { LibraryDB } from '../../storage/schema';
import { syncOnce, type Mirror } from './engine';
import { describeSyncError } from './errors';

export const CONFIG_KEY = 'syncConfig';
export const STATUS_KEY = 'syncStatus';

export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SyncServiceDeps {
  open: () => Promise<Result<LibraryDB>>;
  store: KeyValueStore;
  openMirror: (c: SyncConfig & { base: string }) => Mirror;
  openRemote: (c: SyncConfig & { base: string }) => Mirror;
  /** Whether the reader granted the host permission for this origin pattern. */
  permitted: (pattern: string) => Promise<boolean>;
  /** The badge says "!" while sync fails. */
  showFailing: (failing: boolean) => void;
  /** Server changes reached the library: open pages repaint. */
  applied: () => void;
  now: () => Date;
}

export function createSyncService(deps: SyncServiceDeps) {
  let running: Promise<Result<SyncStatus>> | null = null;

  async function config(): Promise<SyncConfig | null> {
    const stored = (await deps.store.get(CONFIG_KEY))[CONFIG_KEY] as SyncConfig | undefined;
    return stored && typeof stored.url === 'string' ? stored : null;
  }
  async function status(): Promise<SyncStatus> {
    const stored = (await deps.store.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined;
    const db = await deps.open();
    const pending = db.ok ? await countPending(db.value) : null;
    return { ...IDLE_STATUS, ...stored, enabled: (await config()) !== null, running: running !== null, pending: pending?.ok ? pending.value : 0 };
  }
  async function record(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const next = { ...(await status()), ...patch };
    const { running: _r, pending: _p, enabled: _e, ...kept } = next;
    await deps.store.set({ [STATUS_KEY]: kept });
    deps.showFailing(next.lastError !== null);
    return next;
  }

  async function round(): Promise<Result<SyncStatus>> {
    const c = await config();
    if (!c) return ok(await status());
    const checked = checkSyncConfig(c);
    if (!checked.ok) return ok(await record({ lastError: checked.error }));
    if (!(await deps.permitted(originPattern(checked.value.origin))))
      return ok(await record({ lastError: 'OnRecord may not reach that server yet: open Settings and allow it.' }));
    const db = await deps.open();
    if (!db.ok) return ok(await record({ lastError: db.error }));
    const report = await syncOnce({ library: db.value, mirror: deps.openMirror(checked.value), remote: deps.openRemote(checked.value) });
    if (!report.ok) return ok(await record({ lastError: report.error }));
    if (report.value.applied > 0) deps.applied();
    const { conflicts, skipped, problems } = report.value;
    const lastError =
      skipped > 0 ? `${skipped} document${skipped === 1 ? '' : 's'} from the server failed the checks and ${skipped === 1 ? 'was' : 'were'} left out.` : null;
    return ok(await record({ lastSyncAt: deps.now().toISOString(), lastError, conflicts, skipped, problems }));
  }

  return {
    status: async (): Promise<Result<SyncStatus>> => ok(await status()),
    /** One round; a request while one runs joins it rather than starting another. */
    run(): Promise<Result<SyncStatus>> {
      running ??= round().finally(() => {
        running = null;
      });
      return running;
    },
    async settings(): Promise<Result<SyncSettingsView | null>> {
      const c = await config();
      return ok(c && { url: c.url, database: c.database, username: c.username, hasPassword: c.password.length > 0, enabled: true });
    },
    /** Saves the server (an empty password keeps the stored one) and turns journaling on. */
    async configure(input: SyncConfig): Promise<Result<SyncSettingsView>> {
      const old = await config();
      const password = input.password || (old && old.url === input.url ? old.password : '');
      const checked = checkSyncConfig({ ...input, password });
      if (!checked.ok) return checked;
      const db = await deps.open();
      if (!db.ok) return db;
      // A new server (or database) has none of this library: all of it goes out again.
      const on = await enableJournal(db.value, !old || old.url !== checked.value.url || old.database !== checked.value.database);
      if (!on.ok) return on;
      const { url, database, username } = checked.value;
      await deps.store.set({ [CONFIG_KEY]: { url, database, username, password } });
      return ok({ url, database, username, hasPassword: password.length > 0, enabled: true });
    },
    async quoteHistory(id: string): Promise<Result<QuoteVersion[]>> {
      const c = await config();
      const checked = c ? checkSyncConfig(c) : null;
      if (!checked?.ok) return ok([]);
      const doc = await deps
        .openMirror(checked.value)
        .get(docIdOf('quote', id))
        .catch(() => null);
      const parsed = doc ? parseSyncDoc(doc) : null;
      if (!parsed?.ok) return ok([]);
      return ok(
        parsed.value.body.history.map((v) => {
          const stamp = parseHlc(v.hlc);
          const q = v.record as QuoteRecord | null;
          return {
            at: new Date(stamp?.ms ?? 0).toISOString(),
            device: stamp?.device ?? '',
            state: v.state,
            speaker: q?.speaker ?? null,
            text: q?.text ?? null,
          };
        }),
      );
    },
    async disconnect(): Promise<Result<null>> {
      await deps.store.remove(CONFIG_KEY);
      await deps.store.remove(STATUS_KEY);
      deps.showFailing(false);
      return ok(null);
    },
    /** Reaches the server with these settings without saving them or touching the library. */
    async test(input: SyncConfig): Promise<Result<{ database: string; documents: number }>> {
      const old = await config();
      const checked = checkSyncConfig({ ...input, password: input.password || (old && old.url === input.url ? old.password : '') });
      if (!checked.ok) return checked;
      if (!(await deps.permitted(originPattern(checked.value.origin)))) return err('OnRecord may not reach that server yet: allow it when the browser asks.');
      try {
        const info = await deps.openRemote(checked.value).info();
        return ok({ database: info.db_name, documents: info.doc_count });
      } catch (e) {
        return err(describeSyncError(e));
      }
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
