/**
 * Browser profiles for the sync tests: each its own Chromium with the sync-test build (dist/chrome-sync-test,
 * whose manifest already holds the 127.0.0.1 host permission, as if the reader had allowed the server,
 * because Playwright cannot answer the browser's permission prompt), opened on its library page.
 */
import { tabIdThroughSummary } from './tab-id';
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import type { LibraryExport } from '../../../src/core/index';
import type { SyncStatus } from '../../../src/shared/sync-config';
import { send } from '../../../scripts/bench/library-fill';
import { launchWithExtension, type ExtensionBrowser } from '../../support/chromium';

const DIST = resolve('dist/chrome-sync-test');

export interface Profile {
  page: Page;
  b: ExtensionBrowser;
}

/** Launched profiles, for the spec's afterAll to close. */
export function createProfiles() {
  const browsers: ExtensionBrowser[] = [];
  return {
    async open(): Promise<Profile> {
      const b = await launchWithExtension({ dist: DIST });
      browsers.push(b);
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/src/library/index.html`);
      return { page, b };
    },
    closeAll: () => Promise.all(browsers.map((b) => b.context.close())),
  };
}

/** The library as its export has it, without the export's own time. */
export const library = async (page: Page) => {
  const { exportedAt: _e, ...rest } = await send<LibraryExport>(page, 'exportLibrary', null);
  return rest;
};
export const syncNow = (page: Page) => send<SyncStatus>(page, 'syncNow', null);
export const pointAt = (page: Page, url: string, database: string) => send(page, 'setSyncSettings', { url, database, username: '', password: '' });

/** A new extension page of the profile, as another surface (or the alarm) would ask from. */
export async function otherPage(p: Profile, path = 'src/settings/index.html'): Promise<Page> {
  const page = await p.b.context.newPage();
  await page.goto(`chrome-extension://${p.b.extensionId}/${path}`);
  return page;
}

/** The tab id the extension knows a news page by (through the summary its content script sent). */
export const tabIdOf = (p: Profile, page: Page): Promise<number> => tabIdThroughSummary(p.b.worker, page);
