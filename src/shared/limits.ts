/** Size limits shared by saving and importing (and matching the message schemas), so anything saved can be exported and imported again. */
export const LIMITS = {
  text: 20_000,
  paragraph: 100_000,
  headline: 2_048,
  /** Names, titles, outlets. */
  name: 512,
  url: 8_192,
  /** Selector prefix and suffix. */
  context: 2_048,
  /** Terms, entities, aliases, titles and source URLs of one record. */
  list: 10_000,
  /** Quotes, people or sources in one file. */
  records: 1_000_000,
} as const;
