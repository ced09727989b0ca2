/** The Playwright fixture: an extension-loaded Chromium, a fixture-page server, and helpers. */
import { tabIdThroughSummary } from './support/tab-id';
import { test as base, type Page, type Worker, type BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../support/chromium';
import { startStaticServer, type StaticServer } from '../support/static-server';

export interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: StaticServer;
  /** Opens the popup as a tab, pointed at the given page's tab. */
  openPopup: (forPage?: Page) => Promise<Page>;
  openLibrary: () => Promise<Page>;
  /** The browser tab id of a page, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startStaticServer('tests/fixtures');
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  tabIdOf: async ({ worker }, use) => {
    await use((page) => tabIdThroughSummary(worker, page));
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (forPage) => {
      const tabId = forPage ? await tabIdOf(forPage) : '';
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      return popup;
    });
  },
  openLibrary: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/library/index.html`);
      return page;
    });
  },
});

export const expect = test.expect;
