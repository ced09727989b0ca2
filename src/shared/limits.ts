/**
 * Size limits shared by saving, messages and importing, so anything saved can be exported and imported
 * again. The page-facing ones are core's (what the engine and the URL rules accept); the rest are the library's.
 */
import { ARTICLE_LIMITS, SOURCE_LIMITS } from '../core/index';

export const LIMITS = {
  text: 20_000,
  paragraph: ARTICLE_LIMITS.paragraphChars,
  headline: SOURCE_LIMITS.title,
  /** Names, titles, outlets. */
  name: SOURCE_LIMITS.outlet,
  url: SOURCE_LIMITS.url,
  /** Selector prefix and suffix: 32 characters as OnRecord makes them; other tools' annotations carry more. */
  context: 2_048,
  /** Terms, entities, aliases, titles and source URLs of one record. */
  list: 10_000,
  /** Quotes, people or sources in one file. */
  records: 1_000_000,
} as const;
