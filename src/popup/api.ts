/** The popup's calls: to the page's content script for what is on the page, to the background for the library. */
import browser from 'webextension-polyfill';
import { sendFromPage, sendToTab } from '../shared/messaging';
import type { PageQuote } from '../shared/protocol';

export const popupApi = {
  pageQuotes: (tabId: number) => sendToTab(tabId, 'listPageQuotes', null),
  saveOnPage: (tabId: number, key: string) => sendToTab(tabId, 'saveQuoteByKey', { key }),
  refreshPage: (tabId: number) => sendToTab(tabId, 'rescanPage', null),
  statuses: (quotes: PageQuote[]) => sendFromPage('lookupQuotes', { quotes }),
  unsave: (id: string) => sendFromPage('deleteQuote', { id }),
  setSpeaker: (id: string, name: string, title: string | null) => sendFromPage('setQuoteSpeaker', { id, name, title }),
  people: () => sendFromPage('listPeople', null),
  summary: (tabId: number) => sendFromPage('getTabSummary', { tabId }),
  setSiteEnabled: (host: string, enabled: boolean) => sendFromPage('setSiteEnabled', { host, enabled }),
  preferences: () => sendFromPage('getPreferences', null),
  setMarkSaved: (markSaved: boolean) => sendFromPage('setPreferences', { markSaved }),
  async siteEnabled(host: string): Promise<boolean> {
    const key = `site:${host}`;
    const stored = await browser.storage.local.get(key);
    return stored[key] !== false;
  },
};
export type PopupApi = typeof popupApi;
