/** The plain-text article format: line 1 is the headline, blank lines (or, failing any, newlines) separate paragraphs. */
import { SOURCE_LIMITS } from './page-url';
import type { ArticleInput } from './types';

/**
 * How much of a page is read: the extraction stops at these, and the background refuses more from a page.
 * Paragraphs may exceed blocks by a few: a headline outside the article root comes first as its own block.
 */
export const ARTICLE_LIMITS = { title: SOURCE_LIMITS.title, blocks: 5000, paragraphs: 6000, paragraphChars: 100_000, totalChars: 8_000_000 } as const;

/**
 * The article's real headline: line 1, unless line 1 is a short section label ("Tipsheet", "WORLD · DIPLOMACY")
 * followed by a longer line, which is then the headline.
 */
export function headlineOf(paragraphs: string[]): string {
  const [first = '', second = ''] = paragraphs;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const label = words(first) <= 3 && !/[.!?]$/.test(first) && words(second) > words(first) && !/[.!?]["”’]?$/.test(second);
  return label ? second : first;
}

const BLANK_LINE = /\n[ \t\u00a0]*\n/;

/**
 * Blank lines separate paragraphs and a single newline inside one is a hard wrap. A file whose body has no
 * blank line at all (at most the one after the headline) uses single newlines as paragraph breaks instead:
 * many exported news texts do, and joining them would make the whole article one paragraph.
 */
export function parseTextArticle(text: string): ArticleInput {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  const blocks = clean.split(BLANK_LINE);
  const lineBreaks = blocks.length <= 2;
  const paragraphs = (lineBreaks ? blocks.flatMap((b) => b.split('\n')) : blocks).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p.length > 0);
  return { title: headlineOf(paragraphs), paragraphs };
}

/** Text that is mostly control characters or replacement characters is not an article. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.05;
}

/** Paragraphs are joined by a blank line into the article text that TextPositionSelectors count in. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function paragraphOffsets(paragraphs: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    out.push(at);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return out;
}
