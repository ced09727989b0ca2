/**
 * The library's storage API for the background and extension pages (nothing else may import storage).
 * Every function takes the handle from `openLibrary` and returns a Result; none throws.
 */
export { openLibrary, storageErrorMessage, type OpenOptions } from './db';
export { DB_NAME, DB_VERSION, type LibraryDB } from './schema';
export { countQuotes, deleteQuote, getQuote, restoreQuote, saveQuote, setQuoteSpeaker, type SaveOutcome } from './quotes';
export { BULK_LIMIT, deleteQuotes, restoreQuotes } from './quotes-bulk';
export { findPerson, listPeople, mergePeople, renamePerson, savedCounts, splitPerson, type PersonSummary } from './people';
export { snapshotPeople, undoPeopleChange, withUndo, type PeopleUndo } from './people-undo';
export { findRelated, findRelatedWithSources, relatedStatKeys, RELATED_LIMITS, type RelatedLookup } from './related';
export { countMatches, listQuotes, listQuotesOnPage, searchQuotes, type QuotePosition } from './search';
export type { SearchPage, SearchQuery } from '../shared/library-queries';
export { exportLibrary, importLibrary, parseLibraryExport, toCsv, toWebAnnotation, wipeLibrary, type ImportOutcome } from './export-import';
