/** The popup's calls, all to the background: it owns the tab's reading and the library, and tells the page what changed. */
import type { QuoteRecord } from '../core/index';
import { sendFromPage } from '../shared/messaging';

export const popupApi = {
  popupPage: (tabId: number) => sendFromPage('getPopupPage', { tabId }),
  saveOnPage: (tabId: number, key: string) => sendFromPage('saveTabQuote', { tabId, key }),
  statuses: (tabId: number, keys: string[]) => sendFromPage('lookupTabQuotes', { tabId, keys }),
  unsave: (id: string) => sendFromPage('deleteQuote', { id }),
  restore: (record: QuoteRecord) => sendFromPage('restoreQuote', { record }),
  setSpeaker: (id: string, name: string, title: string | null) => sendFromPage('setQuoteSpeaker', { id, name, title }),
  people: () => sendFromPage('listPeople', null),
  summary: (tabId: number) => sendFromPage('getTabSummary', { tabId }),
  setSiteEnabled: (host: string, enabled: boolean) => sendFromPage('setSiteEnabled', { host, enabled }),
  preferences: () => sendFromPage('getPreferences', null),
  setMarkSaved: (markSaved: boolean) => sendFromPage('setPreferences', { markSaved }),
};
export type PopupApi = typeof popupApi;
