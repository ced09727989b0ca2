import type { Page, Worker } from '@playwright/test';

/**
 * The tab id the extension knows a news page by. Without the "tabs" permission tab URLs are hidden, so it is
 * found through the summary the page's content script sent to the worker.
 */
export async function tabIdThroughSummary(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  for (let i = 0; i < 100; i++) {
    const id = await worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId?: number }>;
      return Object.values(all).find((s) => s.url === u)?.tabId ?? -1;
    }, url);
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab summary for ${url}`);
}
