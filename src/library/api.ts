/** The library page's calls to the background; every one returns a Result. */
import { sendFromPage } from '../shared/messaging';
import type { PeopleUndo, Preferences, SearchRequest } from '../shared/protocol';
import type { QuoteRecord } from '../core/index';
import type { ExportStore } from '../shared/library-queries';

export const libraryApi = {
  search: (q: SearchRequest) => sendFromPage('searchQuotes', q),
  count: (q: Omit<SearchRequest, 'limit' | 'offset'>) => sendFromPage('countQuotes', q),
  remove: (id: string) => sendFromPage('deleteQuote', { id }),
  restore: (record: QuoteRecord) => sendFromPage('restoreQuote', { record }),
  removeMany: (ids: string[]) => sendFromPage('deleteQuotes', { ids }),
  restoreMany: (records: QuoteRecord[]) => sendFromPage('restoreQuotes', { records }),
  people: () => sendFromPage('listPeople', null),
  rename: (personId: string, name: string) => sendFromPage('renamePerson', { personId, name }),
  merge: (keepId: string, mergeId: string) => sendFromPage('mergePeople', { keepId, mergeId }),
  split: (personId: string, quoteIds: string[], newName: string) => sendFromPage('splitPerson', { personId, quoteIds, newName }),
  undoPeople: (undo: PeopleUndo) => sendFromPage('undoPeopleChange', { undo }),
  exportJson: () => sendFromPage('exportLibrary', null),
  exportPage: (store: ExportStore, after: string | null) => sendFromPage('exportPage', { store, after }),
  importJson: (data: unknown) => sendFromPage('importLibrary', { data }),
  ping: () => sendFromPage('ping', null),
  preferences: () => sendFromPage('getPreferences', null),
  setPreferences: (patch: Partial<Preferences>) => sendFromPage('setPreferences', patch),
};
export type LibraryApi = typeof libraryApi;
