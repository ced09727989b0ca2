import browser from 'webextension-polyfill';
import { createRouter } from './router';
import { createTabSummaries } from './tab-summaries';
import { ok } from '../shared/result';

const summaries = createTabSummaries(browser.storage.session);

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  content: {
    async pageScanned(summary, { tabId, frameId }) {
      if (frameId !== 0) return ok(null);
      await summaries.record(tabId, summary);
      await browser.action.setBadgeText({ tabId, text: summary.quoteCount > 0 ? String(summary.quoteCount) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#7a3e00' });
      return ok(null);
    },
  },
  page: {
    async getTabSummary({ tabId }) {
      return ok(await summaries.read(tabId));
    },
    async ping() {
      return ok({ version: browser.runtime.getManifest().version });
    },
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));
browser.tabs.onRemoved.addListener((tabId) => void summaries.forget(tabId));
