/** The reader's preferences, in storage.local under one key; anything unknown or malformed reads as the default. */
import { DEFAULT_PREFERENCES, PALETTES, type Preferences } from '../shared/protocol';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
const KEY = 'preferences';

/** Each field checked on its own: a bad one falls back to its default, the others are kept. */
export function cleanPreferences(raw: unknown): Preferences {
  const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_PREFERENCES;
  return {
    markSaved: typeof p.markSaved === 'boolean' ? p.markSaved : d.markSaved,
    palette: PALETTES.includes(p.palette as never) ? (p.palette as Preferences['palette']) : d.palette,
    hideNames: typeof p.hideNames === 'boolean' ? p.hideNames : d.hideNames,
    exportReminder: p.exportReminder === 7 || p.exportReminder === 30 || p.exportReminder === 0 ? p.exportReminder : d.exportReminder,
    lastExportAt: typeof p.lastExportAt === 'string' && !Number.isNaN(Date.parse(p.lastExportAt)) ? p.lastExportAt : d.lastExportAt,
  };
}

export function createPreferences(area: StorageArea) {
  const read = async (): Promise<Preferences> => cleanPreferences((await area.get(KEY))[KEY]);
  return {
    get: read,
    async set(patch: Partial<Preferences>): Promise<void> {
      // A patch field that is malformed leaves the stored value as it was.
      const current = await read();
      const next = cleanPreferences({ ...current, ...patch });
      for (const k of Object.keys(patch) as Array<keyof Preferences>)
        if (cleanPreferences({ [k]: patch[k] })[k] !== patch[k]) (next as unknown as Record<string, unknown>)[k] = current[k];
      await area.set({ [KEY]: next });
    },
  };
}
