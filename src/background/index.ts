/** Service worker entry: wires messages, the context menu, keyboard commands and the badge. */
import browser from 'webextension-polyfill';
import { analyzeArticle } from '../core/index';
import { createUploads } from '../shared/article-upload';
import { sendToTab } from '../shared/messaging';
import type { ArticleText } from '../shared/protocol';
import { CARD_PORT } from '../shared/card-protocol';
import { libraryAnnouncer } from '../shared/library-changes';
import { ok } from '../shared/result';
import { savedCounts } from '../storage/repository';
import { createCards } from './cards';
import { contentHandlers, saveAndTell } from './handlers';
import { pageHandlers } from './page-handlers';
import { connection, savedOnPage, statusesOf, toSavedOnPage, withDb } from './library-port';
import { createPageSync } from './page-sync';
import { createTabReadings } from './tab-readings';
import { createPreferences } from './preferences';
import { createRouter, isCardPage } from './router';
import { createTabSummaries } from './tab-summaries';
import { syncHandlers } from './sync/handlers';
import { startSync } from './sync/wire';

/** A User Timing measure per engine run: visible in DevTools, and read by `npm run bench`. Bounded. */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(name, start);
  }
}

function measure(name: string, start: number): void {
  if (performance.getEntriesByName(name).length >= 200) performance.clearMeasures(name);
  performance.measure(name, { start });
}

/** The same for the whole analyzePage message, from its arrival to its reply (the cold-start bench reads it). */
function timedAnalyzePage(handlers: ReturnType<typeof contentHandlers>): ReturnType<typeof contentHandlers> {
  const analyzePage = handlers.analyzePage;
  return {
    ...handlers,
    async analyzePage(request, ctx) {
      const start = performance.now();
      try {
        return await analyzePage(request, ctx);
      } finally {
        measure('onrecord-analyze-page', start);
      }
    },
  };
}

/** An engine bug is logged here, then reaches the page as the router's error Result. */
function logged<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    console.error('OnRecord engine error', e);
    throw e;
  }
}

const summaries = createTabSummaries(browser.storage.session);
const uploads = createUploads();
const readings = createTabReadings();
const open = connection();
const sync = createPageSync({
  readings,
  savedOn: (url) => savedOnPage(open, url),
  toSaved: toSavedOnPage,
  push: (tabId, frameId, saved) => sendToTab(tabId, 'savedChanged', { saved }, frameId),
  later: (work) => void setTimeout(work, 30),
});
const deps = {
  open,
  readings,
  sync,
  rescan: (tabId: number, frameId: number) => sendToTab(tabId, 'rescanPage', null, frameId),
  summaries,
  now: () => new Date(),
  version: browser.runtime.getManifest().version,
  analyze: (article: ArticleText) => timed('onrecord-analyze', () => logged(() => analyzeArticle(article))),
  uploads,
  async setBadge(tabId: number, count: number) {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#7a3e00' });
  },
  siteSettings: {
    async listOff() {
      const all = await browser.storage.local.get(null);
      return Object.entries(all)
        .filter(([k, v]) => k.startsWith('site:') && v === false)
        .map(([k]) => k.slice('site:'.length))
        .sort();
    },
    async get(host: string) {
      const key = `site:${host}`;
      const stored = await browser.storage.local.get(key);
      return stored[key] !== false;
    },
    async set(host: string, enabled: boolean) {
      const key = `site:${host}`;
      if (enabled) await browser.storage.local.remove(key);
      else await browser.storage.local.set({ [key]: false });
      // Open pages hear it by message: content scripts don't read storage (its API costs every page).
      const tabs = await browser.tabs.query({});
      const message = { type: 'siteSettingChanged', payload: { host, enabled } };
      await Promise.all(tabs.map((t) => (t.id === undefined ? null : browser.tabs.sendMessage(t.id, message).catch(() => null))));
    },
  },
};

const cards = createCards({
  status: async (quote, tabId) => {
    const r = await statusesOf(open, [quote], `card:${tabId}`);
    return r.ok ? ok(r.value[0]!) : r;
  },
  savedCount: async (name) => {
    const r = await withDb(open, (db) => savedCounts(db, [name]));
    return r.ok ? ok({ saved: r.value[0]?.saved ?? 0, personId: r.value[0]?.personId ?? null }) : r;
  },
  openPerson: (personId) => void browser.tabs.create({ url: browser.runtime.getURL(`src/library/index.html#person=${encodeURIComponent(personId)}`) }),
  save: (request) => saveAndTell(deps, request),
  notify: (tabId, event) => void sendToTab(tabId, 'cardEvent', event),
  saveFailed: (why) => browser.i18n.getMessage('saveFailed', [why]) || why,
});
// Server changes that reach the library repaint open pages, as any other write does: news pages get their
// saved lists again, and open library pages reload what they show.
const announceLibraryChanged = libraryAnnouncer();
const syncService = startSync(open, () => {
  sync.changed('all');
  announceLibraryChanged();
});
const handlerDeps = { ...deps, cards, preferences: createPreferences(browser.storage.local), cardUrl: browser.runtime.getURL('src/card/index.html') };

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  content: timedAnalyzePage(contentHandlers(handlerDeps)),
  page: { ...pageHandlers(handlerDeps), ...syncHandlers(syncService) },
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));
// The card frame: an extension page inside a tab. The browser names its tab and its sender id; only our own
// card page may connect (its host may be the static or the per-session dynamic id).
browser.runtime.onConnect.addListener((port) => {
  const tabId = port.sender?.tab?.id;
  if (port.name !== CARD_PORT || port.sender?.id !== browser.runtime.id || !isCardPage(port.sender?.url) || tabId === undefined) return port.disconnect();
  cards.connect(tabId, port);
});

browser.tabs.onRemoved.addListener((tabId) => {
  cards.forgetTab(tabId);
  uploads.forgetTab(tabId);
  readings.forgetTab(tabId);
  void summaries.forget(tabId);
});

const MENU_ID = 'onrecord-save-selection';
browser.runtime.onInstalled.addListener((details) => {
  browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuSaveQuote'), contexts: ['selection'] });
  // A new reader meets what OnRecord does and where their data lives; updates open nothing.
  if (details.reason === 'install' && !isAutomated()) void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
/**
 * Tests and the headless demo drive the browser themselves: a welcome tab would take the foreground and
 * throttle their pages' timers. A reader never runs a headless browser; WebDriver sessions say so.
 */
function isAutomated(): boolean {
  const nav = (globalThis as { navigator?: { webdriver?: boolean; userAgent?: string } }).navigator;
  return nav?.webdriver === true || /Headless/i.test(nav?.userAgent ?? '');
}
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void sendToTab(tab.id, 'saveSelection', null);
});

async function activeTabId(tab?: browser.Tabs.Tab): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
browser.commands.onCommand.addListener((command, tab) => {
  void activeTabId(tab).then((tabId) => {
    if (tabId === undefined) return;
    if (command === 'save-focused-quote') void sendToTab(tabId, 'saveFocusedQuote', null);
    if (command === 'next-quote') void sendToTab(tabId, 'focusNextQuote', null);
    if (command === 'previous-quote') void sendToTab(tabId, 'focusPreviousQuote', null);
  });
});
