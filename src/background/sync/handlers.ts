/** The settings and library pages' sync messages. Pages are privileged, but a config is still checked field by field. */
import type { SyncPageMessages } from '../../shared/protocol';
import { err } from '../../shared/result';
import * as v from 'valibot';
import { syncConfigSchema, type SyncConfig } from '../../shared/sync-config';
import type { PageHandlers } from '../router';
import type { SyncService } from './service';

const isConfig = (c: unknown): c is SyncConfig => v.is(syncConfigSchema, c);

export function syncHandlers(service: SyncService): Pick<PageHandlers, keyof SyncPageMessages> {
  return {
    getSyncSettings: () => service.settings(),
    setSyncSettings: async (c) => {
      if (!isConfig(c)) return err('The sync settings are incomplete.');
      const saved = await service.configure(c);
      if (saved.ok) void service.run();
      return saved;
    },
    testSyncConnection: async (c) => (isConfig(c) ? service.test(c) : err('The sync settings are incomplete.')),
    disconnectSync: () => service.disconnect(),
    getSyncStatus: () => service.status(),
    syncNow: () => service.run(),
    getQuoteHistory: async (r) => (typeof r?.id === 'string' ? service.quoteHistory(r.id) : err('no quote id')),
  };
}
