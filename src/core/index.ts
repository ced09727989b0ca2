/**
 * The engine's public surface (`@onrecord/core`): everything outside src/core imports from here, never from
 * the modules behind it. Listed in pipeline order: an article's text, its quotations, the people it names,
 * who said each quote (those four run inside analyzeArticle, see analyze.ts), then the two siblings that
 * build on an analysis: the library's records and a page's source record. A page's site and source record
 * (they need the public suffix list) are in `./sources`, test generators in `./testing`, not here.
 */

// Text: an article's paragraphs, from plain text or from a page's extraction.
export type { ArticleInput, Span } from './types';
export { ARTICLE_LIMITS, PARAGRAPH_SEPARATOR, headlineOf, looksBinary, paragraphOffsets, parseTextArticle } from './article-text';

// Quotes, people and attribution: one call runs the stages in order.
export { analyzeArticle, tryAnalyzeArticle, type AnalysisResult, type AnalyzeOptions } from './analyze';
export type { Analysis, AttributionKind, Mention, MentionKind, PersonResult, QuoteResult } from './types';

// Library: saved records, their ids and merging, anchoring them again on a page, and related quotes.
export type { LibraryExport, PersonRecord, PersonTitle, QuoteRecord, SourceRecord, TextPositionSelector, TextQuoteSelector } from './library-model';
export { EXPORT_FORMAT, EXPORT_VERSION } from './library-model';
export { articleContextOf, articlePeopleOf, buildQuoteRecord, hashText, mergeQuoteRecords, normaliseQuoteText, quoteId, type SaveInput } from './library';
export { quoteKeysOf } from './quote-keys';
export { judgeSelection, type SelectionRefusal, type SelectionVerdict } from './selection-save';
// People across articles: one resolver for the CLI's library, the extension's and import alike.
export { addAlias, addTitle, matchPerson, mergePersonRecords, personIdFor, resolveSighting, type ArticleContext, type Sighting } from './person-resolver';
export { cleanName, surnameOf } from './person-names';
export { emptyLibrary, exportMemory, saveInMemory } from './library-memory';
export { anchorQuote, selectorsFor, type Anchor } from './anchoring';
export { conceptOfWord, conceptsOf, topicTerms } from './terms';
export { isCommonWord } from './common-words';
export {
  featuresOf,
  indexKeysFrom,
  indexKeysOf,
  earlierCount,
  rankRelated,
  relatedIndex,
  statsOf,
  whenOf,
  type Features,
  type IndexKeys,
  type LibraryStats,
  type RelatedCandidate,
  type RelatedQuery,
  type RelatedResult,
  type When,
} from './related';

// Page source: a page's address and metadata; sameSite and sourceFromMeta are in ./sources (see sources.ts).
export { META_LIMITS, SOURCE_LIMITS, canonicalUrl, hostOf, siteOf } from './page-url';
export type { PageMetaText } from './page-source';

// Sync: hybrid-clock stamps and how concurrent versions of a replicated record settle (no I/O).
export { HLC_PATTERN, isDeviceId, parseHlc, receiveHlc, tickHlc } from './hlc';
export {
  HISTORY_LIMIT,
  canonicalJson,
  compareVersions,
  cycleSurvivorRecord,
  docIdOf,
  mergeBodies,
  mergeTarget,
  parseDocId,
  versionOf,
  writeLocal,
  type MergeTarget,
  type SyncBody,
  type SyncKind,
  type SyncVersion,
  type VersionState,
} from './sync-merge';
