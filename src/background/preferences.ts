/** The reader's preferences, in storage.local under one key; anything unknown or malformed reads as the default. */
import type { Preferences } from '../shared/protocol';

interface StorageArea { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }
const KEY = 'preferences';

export function createPreferences(area: StorageArea) {
  const read = async (): Promise<Preferences> => {
    const stored = (await area.get(KEY))[KEY] as Partial<Preferences> | undefined;
    return { markSaved: stored?.markSaved === true };
  };
  return {
    get: read,
    async set(patch: Partial<Preferences>): Promise<void> {
      const next = { ...(await read()), ...(typeof patch.markSaved === 'boolean' ? { markSaved: patch.markSaved } : {}) };
      await area.set({ [KEY]: next });
    },
  };
}
