/**
 * The typed message protocol: one map per direction. Commands are imperative, events past tense.
 * Each entry names the request payload and the response value; the wire response is always a Result.
 */
import * as v from 'valibot';
import {
  ARTICLE_LIMITS,
  META_LIMITS,
  type SaveInput,
  type LibraryExport,
  type PersonRecord,
  type QuoteRecord,
  type SourceRecord,
  type TextPositionSelector,
  type TextQuoteSelector,
  type PageMetaText,
  type Analysis,
} from '../core/index';
import type { ExportPage, ExportStore, SearchQuery } from './library-queries';
import { MAX_PARTS } from './article-upload';
import { CARD_NOTICES, type CardAsk } from './card-protocol';
import { LIMITS } from './limits';
import { quoteText, selectorsSchema, sourceEntries } from './record-schemas';
import type { QuoteVersion, SyncConfig, SyncSettingsView, SyncStatus } from './sync-config';

export interface PageSummary {
  url: string;
  title: string;
  paragraphCount: number;
  quoteCount: number;
  officialCount: number;
}
export interface TabSummary extends PageSummary {
  tabId: number;
  updatedAt: number;
  /** Set when the page changes so often that its re-reads were spaced out (content/observe): the wait, in ms. */
  liveIntervalMs?: number;
}

/** What the content script sends to save a quote; the background adds the time and resolves the person. */
export type SaveRequest = Omit<SaveInput, 'savedAt'>;

/** A quote on the page, as the content script reads it (for hover cards and the popup). */
export interface PageQuote {
  key: string;
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  official: boolean;
  paragraph: string;
  headline: string;
  sourceUrl: string;
  /** The page's published date (ISO), when it says. */
  published: string | null;
}

export interface RelatedItem {
  id: string;
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  sourceUrl: string;
  outlet: string;
  title: string;
  published: string | null;
  savedAt: string;
  score: number;
  reasons: string[];
  /** About the same claim or event (else only the same speaker). */
  topic: boolean;
  /** Published before or after the page's article, or the same day; null when either has no date. */
  when: 'earlier' | 'later' | 'same day' | null;
  /** The date compared is the save date: the source gave no publication date. */
  dateIsSaved: boolean;
}

/** A page quote's standing in the library: saved or not, how many related earlier statements, the best few. */
/**
 * A page quote's place in the library. `savedAs` is who the library says said it, once saved: a speaker the
 * reader corrected shows there, on every page, instead of the page's own reading.
 */
export interface QuoteStatus {
  savedId: string | null;
  savedAs: { speaker: string | null; title: string | null } | null;
  earlier: number;
  best: RelatedItem | null;
  related: RelatedItem[];
}
export interface SavedOnPage {
  id: string;
  text: string;
  speaker: string | null;
  selectors: [TextQuoteSelector, TextPositionSelector];
}

/** A page's article as the content script reads it: the headline is paragraph 0 when the page has one. */
export interface ArticleText {
  title: string;
  paragraphs: string[];
}
/** Names the parts of a long article sent ahead of analyzePage: `parts` articlePart messages under `id`. */
export interface ArticleUpload {
  id: string;
  parts: number;
}

/** Content script -> background. Unprivileged: every payload is validated, and only these are accepted. */
export type ContentToBackground = {
  /**
   * The page's article was read: the engine runs here in the background, warm, not as cold code in every
   * page. The reply also lists the page's saved quotes; the badge, the tab summary and the quotes' library
   * statuses are done here too, so the page sends one message, not one per job.
   */
  /** The page's metadata goes as found; the background makes the source record and answers with it. */
  analyzePage: { request: { article: ArticleText; upload?: ArticleUpload; meta: PageMetaText; location: string }; response: PageReading };
  /** An earlier part of a long article (see shared/article-upload); analyzePage then carries the last part. */
  articlePart: { request: { upload: string; index: number; paragraphs: string[] }; response: null };
  pageScanned: { request: PageSummary; response: null };
  /** The top frame's live page is now re-read every intervalMs (it changes so often that re-reads were spaced out). */
  livePace: { request: { intervalMs: number }; response: null };
  /** Whether the reader switched OnRecord off for the sender's site (the page never touches storage itself). */
  getSiteSetting: { request: null; response: { enabled: boolean; markSaved: boolean; cardUrl: string; look: PageLook } };
  /** A selection the reader chose to save (the content script knows where it is; the background does not). */
  saveQuote: { request: SaveRequest; response: { id: string; created: boolean } };
  /** A quote of the page's reading, by key (the keyboard's Save): the background builds the record from its reading. */
  saveQuoteByKey: { request: { key: string }; response: { id: string; created: boolean } };
  /**
   * The reader pointed at a quote or an official: the card frame shows it. The page's facts go in; what the
   * library holds about them goes only to the frame (see background/cards), never back to the page's side.
   */
  showCard: { request: { card: CardAsk }; response: null };
  hideCard: { request: null; response: null };
};

/**
 * The background's answer to analyzePage: the analysis to anchor, each quote's key (parallel to
 * analysis.quotes; see core/quote-keys), the page's source record and its saved quotes to mark.
 */
export interface PageReading {
  analysis: Analysis;
  keys: string[];
  saved: SavedOnPage[];
  source: SourceRecord;
}

/** A tab's quotes as the background read them: the first LIST_LIMIT, the saved ones no longer found, and the count. */
export interface TabQuotes {
  quotes: PageQuote[];
  orphans: SavedOnPage[];
  total: number;
}
/** `quotes` is null when there is nothing to list: no summary, or the site switched off. */
export interface PopupPage {
  summary: TabSummary | null;
  host: string;
  siteEnabled: boolean;
  quotes: TabQuotes | null;
}

/** What a change to people undoes to: the people as they were, the one it created, whose each quote was. */
export interface PeopleUndo {
  people: PersonRecord[];
  created: string[];
  quotes: Array<{ id: string; personId: string }>;
}
export interface PeopleChange {
  person: PersonRecord;
  undo: PeopleUndo;
}

/** Extension pages (popup, library) -> background. Privileged senders only. */
export type PageToBackground = {
  getTabSummary: { request: { tabId: number }; response: TabSummary | null };
  ping: { request: null; response: { version: string } };
  saveQuote: { request: SaveRequest; response: { id: string; created: boolean } };
  findRelated: { request: { quote: PageQuote; limit: number }; response: RelatedItem[] };
  /** The tab's reading, from the background that made it (the page is asked to read itself again if the worker restarted). */
  getTabQuotes: { request: { tabId: number }; response: TabQuotes };
  /**
   * What the popup shows first, in one round trip: the tab's summary, whether OnRecord is on for its site, and
   * (when it is) the tab's quotes. Three messages in turn were most of the popup's wait for its list.
   */
  getPopupPage: { request: { tabId: number }; response: PopupPage };
  /** Library statuses of some of a tab's quotes, by key: the popup asks for those in view, a page at a time. */
  lookupTabQuotes: { request: { tabId: number; keys: string[] }; response: QuoteStatus[] };
  saveTabQuote: { request: { tabId: number; key: string }; response: { id: string; created: boolean } };
  deleteQuote: { request: { id: string }; response: QuoteRecord | null };
  restoreQuote: { request: { record: QuoteRecord }; response: null };
  /** The person page's ticked statements: answers with the deleted records, which Undo sends back to restoreQuotes. */
  deleteQuotes: { request: { ids: string[] }; response: QuoteRecord[] };
  restoreQuotes: { request: { records: QuoteRecord[] }; response: number };
  setQuoteSpeaker: { request: { id: string; name: string; title: string | null }; response: QuoteRecord | null };
  listPeople: { request: null; response: PersonRecord[] };
  /** Rename, merge and split answer with the person they left and what Undo sends back (storage/people-undo). */
  mergePeople: { request: { keepId: string; mergeId: string }; response: PeopleChange };
  splitPerson: { request: { personId: string; quoteIds: string[]; newName: string }; response: PeopleChange };
  renamePerson: { request: { personId: string; name: string }; response: PeopleChange };
  undoPeopleChange: { request: { undo: PeopleUndo }; response: null };
  searchQuotes: { request: SearchRequest; response: { items: QuoteRecord[]; total: number | null; sources: SourceRecord[] } };
  /** The exact count of a search whose first page did not see every match (asked for after that page shows). */
  countQuotes: { request: Omit<SearchRequest, 'limit' | 'offset'>; response: number };
  exportLibrary: { request: null; response: LibraryExport };
  /** The library in pages, for files of any size (see storage/export-pages). */
  exportPage: { request: { store: ExportStore; after: string | null }; response: ExportPage };
  importLibrary: { request: { data: unknown }; response: { added: number; merged: number } };
  setSiteEnabled: { request: { host: string; enabled: boolean }; response: null };
  /** The sites the reader switched off, for the settings page (to switch them back on). */
  listSitesOff: { request: null; response: string[] };
  getPreferences: { request: null; response: Preferences };
  setPreferences: { request: Partial<Preferences>; response: Preferences };
} & SyncPageMessages;

/** Library sync (background/sync): settings answer without the password; status is what the reader may see. */
export type SyncPageMessages = {
  getSyncSettings: { request: null; response: SyncSettingsView | null };
  setSyncSettings: { request: SyncConfig; response: SyncSettingsView };
  testSyncConnection: { request: SyncConfig; response: { database: string; documents: number } };
  disconnectSync: { request: null; response: null };
  getSyncStatus: { request: null; response: SyncStatus };
  syncNow: { request: null; response: SyncStatus };
  /** The versions a quote's current one replaced or beat, newest first (empty while sync is off). */
  getQuoteHistory: { request: { id: string }; response: QuoteVersion[] };
};

/**
 * The reader's settings. markSaved is off by default: a mark in the page's highlight registry is visible to
 * the page's scripts. `palette` picks the highlight colours ('colourblind' is Okabe–Ito based), `hideNames`
 * drops the officials' underlines, and an export reminder shows in the library after `exportReminder` days.
 */
export interface Preferences {
  markSaved: boolean;
  palette: Palette;
  hideNames: boolean;
  exportReminder: 0 | 7 | 30;
  lastExportAt: string | null;
}
export type Palette = 'warm' | 'colourblind' | 'contrast';
export const PALETTES: readonly Palette[] = ['warm', 'colourblind', 'contrast'];
export const DEFAULT_PREFERENCES: Preferences = { markSaved: false, palette: 'warm', hideNames: false, exportReminder: 0, lastExportAt: null };
/** What a page's content script needs of the preferences: how to paint, nothing about the library. */
export interface PageLook {
  palette: Palette;
  hideNames: boolean;
}

export type SearchRequest = SearchQuery & { offset: number };

/** Quotes one getTabQuotes answer carries: each may hold its paragraph of up to 100k characters. */
export const LIST_LIMIT = 500;

/** Background or extension pages -> content script. */
export type BackgroundToContent = {
  rescanPage: { request: null; response: PageSummary };
  saveSelection: { request: null; response: { id: string; created: boolean } };
  saveFocusedQuote: { request: null; response: { id: string; created: boolean } };
  focusNextQuote: { request: null; response: null };
  focusPreviousQuote: { request: null; response: null };
  /** From the card frame, through the background: the reader closed it, or stepped to the next or previous quote. */
  cardEvent: { request: { type: 'closed' } | { type: 'step'; delta: 1 | -1 }; response: null };
  /** The library changed: the page's saved quotes afresh, to mark (after a save, unsave or correction anywhere). */
  savedChanged: { request: { saved: SavedOnPage[] }; response: null };
  /** The reader switched OnRecord on or off for a site; pages of other sites ignore it. */
  siteSettingChanged: { request: { host: string; enabled: boolean }; response: null };
};

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
// A save's parts are the records' own (record-schemas), refusing keys they do not name.
const saveRequest = v.strictObject({
  text: quoteText,
  speaker: nullableText(LIMITS.name),
  speakerTitle: nullableText(LIMITS.name),
  named: v.boolean(),
  official: v.boolean(),
  paragraph: text(LIMITS.paragraph),
  headline: text(LIMITS.headline),
  selectors: selectorsSchema(true),
  source: v.strictObject(sourceEntries),
  // Full names the page's analysis found: a bare surname may join one of them (core/person-resolver).
  articlePeople: v.optional(v.pipe(v.array(text(LIMITS.name)), v.maxLength(500))),
});
const dir = v.picklist(['ltr', 'rtl']);

/** Schemas for what content scripts may send; anything else is refused. */
export const contentSchemas = {
  analyzePage: v.strictObject({
    article: v.strictObject({
      title: text(ARTICLE_LIMITS.title),
      paragraphs: v.pipe(
        v.array(text(ARTICLE_LIMITS.paragraphChars)),
        v.maxLength(ARTICLE_LIMITS.paragraphs),
        v.check((ps) => ps.reduce((n, p) => n + p.length, 0) <= ARTICLE_LIMITS.totalChars, 'more text than a page can ask the engine to read'),
      ),
    }),
    meta: v.strictObject({
      canonical: nullableText(META_LIMITS.field),
      ogUrl: nullableText(META_LIMITS.field),
      ogTitle: nullableText(META_LIMITS.field),
      siteName: nullableText(META_LIMITS.field),
      publishedTime: nullableText(META_LIMITS.field),
      timeDatetime: nullableText(META_LIMITS.field),
      jsonLd: v.pipe(v.array(text(META_LIMITS.jsonLdChars)), v.maxLength(META_LIMITS.jsonLdScripts)),
      docTitle: text(META_LIMITS.field),
    }),
    upload: v.optional(v.strictObject({ id: text(64), parts: v.pipe(count, v.maxValue(MAX_PARTS)) })),
    location: text(8192),
  }),
  articlePart: v.strictObject({
    upload: text(64),
    index: v.pipe(count, v.maxValue(MAX_PARTS)),
    paragraphs: v.pipe(v.array(text(ARTICLE_LIMITS.paragraphChars)), v.maxLength(ARTICLE_LIMITS.paragraphs)),
  }),
  getSiteSetting: v.null(),
  livePace: v.strictObject({ intervalMs: v.pipe(count, v.maxValue(3_600_000)) }),
  pageScanned: v.strictObject({ url: text(8192), title: text(2048), paragraphCount: count, quoteCount: count, officialCount: count }),
  saveQuote: saveRequest,
  saveQuoteByKey: v.strictObject({ key: text(64) }),
  showCard: v.strictObject({
    card: v.variant('kind', [
      v.strictObject({ kind: v.literal('quote'), key: text(64), dir, focus: v.boolean(), position: v.strictObject({ index: count, total: count }) }),
      v.strictObject({ kind: v.literal('official'), name: text(512), title: nullableText(512), dir, focus: v.boolean() }),
      v.strictObject({ kind: v.literal('notice'), notice: v.picklist(CARD_NOTICES), dir }),
    ]),
  }),
  hideCard: v.null(),
} satisfies { [K in keyof ContentToBackground]: v.GenericSchema<unknown, ContentToBackground[K]['request']> };
