/**
 * Sync in the MV3 worker. The worker may be stopped at any time: an `alarms` alarm (kept by the browser
 * across stops) wakes it every few minutes for a round, and is re-armed each time the worker starts.
 * The library page also asks for a round while it is open. A round interrupted by a stop loses nothing:
 * the outbox is cleared only for what the mirror holds, and replication resumes from its checkpoint.
 */
import browser from 'webextension-polyfill';
import type { Result } from '../../shared/result';
import type { LibraryDB } from '../../storage/schema';
import { openMirror, openRemote } from './pouch';
import { createSyncService, type KeyValueStore, type SyncService } from './service';

export const SYNC_ALARM = 'onrecord-sync';
const PERIOD_MINUTES = 5;

const storageLocal: KeyValueStore = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
  remove: (key) => browser.storage.local.remove(key),
};

async function showFailing(failing: boolean): Promise<void> {
  await browser.action.setBadgeText({ text: failing ? '!' : '' });
  if (failing) await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
  await browser.action.setTitle({ title: failing ? browser.i18n.getMessage('syncFailingTitle') || 'OnRecord: sync is failing' : '' });
}

export function startSync(open: () => Promise<Result<LibraryDB>>, applied: () => void): SyncService {
  const service = createSyncService({
    open,
    store: storageLocal,
    openMirror,
    openRemote,
    applied,
    permitted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    showFailing: (failing) => void showFailing(failing).catch(() => undefined),
    now: () => new Date(),
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void service.run();
  });
  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  });
  return service;
}
