/**
 * A Markdown export: the library as a reader's notes, one section per article (newest first), each quote
 * as a blockquote with its speaker. Page text is escaped so that no quote becomes a link, an image, HTML or
 * a heading when the file is rendered; links are only the library's own http(s) page addresses.
 */
import type { PersonRecord, QuoteRecord, SourceRecord } from '../core/index';

/** What a Markdown line needs of a quote: the rest (paragraphs) is dropped as pages stream by. */
export type MarkdownQuote = Pick<QuoteRecord, 'text' | 'speaker' | 'speakerTitle' | 'personId' | 'sourceUrl' | 'headline' | 'published' | 'savedAt'>;

export const slimForMarkdown = ({ text, speaker, speakerTitle, personId, sourceUrl, headline, published, savedAt }: QuoteRecord): MarkdownQuote => ({
  text,
  speaker,
  speakerTitle,
  personId,
  sourceUrl,
  headline,
  published,
  savedAt,
});

/**
 * Escapes what Markdown (CommonMark and GitHub's) would read as syntax, and folds line breaks. Brackets and
 * angle brackets are what make links, images, autolinks and HTML; a line start is where lists and headings begin.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
  return inline.replace(/^[#+\-=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link target: the page's own address, with the characters that would end or break it encoded. */
const linkTarget = (url: string) =>
  /^https?:\/\//i.test(url) ? url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : null;

const day = (iso: string | null) => (iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso).toISOString().slice(0, 10) : null);

function sourceHeading(url: string, source: SourceRecord | undefined, headline: string): string {
  const title = escapeMarkdown(source?.title || headline || url);
  const target = linkTarget(url);
  const facts = [source?.outlet ? escapeMarkdown(source.outlet) : null, day(source?.published ?? null)].filter(Boolean);
  return `## ${target ? `[${title}](${target})` : title}${facts.length ? `\n\n${facts.join(' · ')}` : ''}`;
}

function quoteBlock(q: MarkdownQuote, person: PersonRecord | undefined): string {
  const who = [person?.name ?? q.speaker ?? 'Unknown speaker', q.speakerTitle]
    .filter(Boolean)
    .map((s) => escapeMarkdown(s!))
    .join(', ');
  return `> ${escapeMarkdown(q.text)}\n>\n> — ${who} (saved ${day(q.savedAt) ?? 'on an unknown date'})`;
}

/** The whole file. Sections by article, newest published first; quotes in the order they were saved. */
export function toMarkdown(quotes: MarkdownQuote[], sources: SourceRecord[], people: PersonRecord[], exportedAt: string): string {
  const bySource = new Map(sources.map((s) => [s.url, s]));
  const byPerson = new Map(people.map((p) => [p.id, p]));
  const pages = new Map<string, MarkdownQuote[]>();
  for (const q of quotes) pages.set(q.sourceUrl, [...(pages.get(q.sourceUrl) ?? []), q]);
  const published = (url: string) => bySource.get(url)?.published ?? pages.get(url)![0]!.published ?? '';
  const order = [...pages.keys()].sort((a, b) => (published(a) < published(b) ? 1 : published(a) > published(b) ? -1 : a < b ? -1 : 1));
  const sections = order.map((url) => {
    const list = pages.get(url)!.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
    return [
      sourceHeading(url, bySource.get(url), list[0]!.headline),
      ...list.map((q) => quoteBlock(q, q.personId === null ? undefined : byPerson.get(q.personId))),
    ].join('\n\n');
  });
  const head = `# OnRecord library\n\nExported ${day(exportedAt) ?? exportedAt} · ${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} from ${pages.size} ${pages.size === 1 ? 'page' : 'pages'}`;
  return `${[head, ...sections].join('\n\n')}\n`;
}
