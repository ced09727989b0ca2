/**
 * Privileged messages come only from extension pages, so tests that act as the popup does (list a tab's
 * quotes, save one) send them from an extension page of their own, opened once per browser context.
 */
import type { BrowserContext, Page } from '@playwright/test';

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
const pages = new WeakMap<BrowserContext, Promise<Page>>();

async function extensionPage(context: BrowserContext): Promise<Page> {
  let page = pages.get(context);
  if (!page) {
    page = (async () => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const p = await context.newPage();
      // A blank extension page: the popup's own page would read a tab and send messages of its own.
      await p.goto(`chrome-extension://${new URL(worker.url()).host}/manifest.json`);
      return p;
    })();
    pages.set(context, page);
  }
  return page;
}

export async function asPopup<T>(context: BrowserContext, type: string, payload: unknown): Promise<Reply<T>> {
  const page = await extensionPage(context);
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<Reply<T>>;
}

export interface ListedQuote {
  key: string;
  text: string;
  speaker: string | null;
}
export interface TabQuotes {
  quotes: ListedQuote[];
  orphans: Array<{ text: string }>;
  total: number;
}

/** The tab's quotes as the background read them (what the popup lists). */
export async function tabQuotes(context: BrowserContext, tabId: number): Promise<TabQuotes> {
  const reply = await asPopup<TabQuotes>(context, 'getTabQuotes', { tabId });
  if (!reply.ok) throw new Error(`getTabQuotes: ${reply.error}`);
  return reply.value;
}

/** Saves each listed quote of a tab as the popup's Save does; answers each reply. */
export async function saveTabQuotes(context: BrowserContext, tabId: number, limit = Infinity): Promise<Array<Reply<{ id: string; created: boolean }>>> {
  const { quotes } = await tabQuotes(context, tabId);
  const replies: Array<Reply<{ id: string; created: boolean }>> = [];
  for (const q of quotes.slice(0, limit)) replies.push(await asPopup(context, 'saveTabQuote', { tabId, key: q.key }));
  return replies;
}
