/** The settings page's calls to the background; every one returns a Result. */
import { ext as browser } from '../shared/ext';
import { sendFromPage } from '../shared/messaging';
import type { Preferences } from '../shared/protocol';
import { originPattern, type SyncConfig } from '../shared/sync-config';

export const settingsApi = {
  preferences: () => sendFromPage('getPreferences', null),
  setPreferences: (patch: Partial<Preferences>) => sendFromPage('setPreferences', patch),
  sitesOff: () => sendFromPage('listSitesOff', null),
  setSiteEnabled: (host: string, enabled: boolean) => sendFromPage('setSiteEnabled', { host, enabled }),
  syncSettings: () => sendFromPage('getSyncSettings', null),
  setSync: (c: SyncConfig) => sendFromPage('setSyncSettings', c),
  testSync: (c: SyncConfig) => sendFromPage('testSyncConnection', c),
  disconnectSync: () => sendFromPage('disconnectSync', null),
  syncStatus: () => sendFromPage('getSyncStatus', null),
  syncNow: () => sendFromPage('syncNow', null),
  /** Must run in the click's handler: the browser shows its prompt only for a user gesture. */
  allowOrigin: (origin: string) => browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false),
  /** The browser's own page for extension shortcuts: Firefox has an API for it, Chromium a chrome:// page. */
  async openShortcuts(): Promise<void> {
    const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
    if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  },
  async shortcuts(): Promise<Array<{ name: string; shortcut: string; description: string }>> {
    const all = await browser.commands.getAll();
    return all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '', description: c.description ?? '' }));
  },
};
export type SettingsApi = typeof settingsApi;
