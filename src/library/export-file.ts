/**
 * Writes an export file from the library's pages (storage/export-pages), as Blob parts: the library never
 * travels in one message, and the file is never one string (a 100,000-quote library with long paragraphs is
 * hundreds of megabytes of JSON). The parts joined are the same file the whole-library functions make.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, type PersonRecord, type QuoteRecord, type SourceRecord } from '../core/index';
import type { ExportPage, ExportStore } from '../shared/library-queries';
import { annotationHead, annotationOf, csvHeaderLine, csvRows } from '../shared/formats';
import { slimForMarkdown, toMarkdown, type MarkdownQuote } from '../shared/markdown-format';
import type { Result } from '../shared/result';

export type ExportKind = 'json' | 'anno' | 'csv' | 'md';
export type FetchPage = (store: ExportStore, after: string | null) => Promise<Result<ExportPage>>;

async function readAll<S extends 'people' | 'sources'>(fetchPage: FetchPage, store: S): Promise<Array<S extends 'people' ? PersonRecord : SourceRecord>> {
  const out: unknown[] = [];
  for (let after: string | null = null, first = true; first || after !== null; first = false) {
    const page = await fetchPage(store, after);
    if (!page.ok) throw new Error(page.error);
    out.push(...page.value.items);
    after = page.value.next;
  }
  return out as Array<S extends 'people' ? PersonRecord : SourceRecord>;
}

/** Quotes page by page, handed to `each` in key (id) order. */
async function forEachQuotePage(fetchPage: FetchPage, each: (quotes: QuoteRecord[]) => void, onProgress: (n: number) => void): Promise<number> {
  let n = 0;
  for (let after: string | null = null, first = true; first || after !== null; first = false) {
    const page = await fetchPage('quotes', after);
    if (!page.ok) throw new Error(page.error);
    const quotes = page.value.items as QuoteRecord[];
    each(quotes);
    onProgress((n += quotes.length));
    after = page.value.next;
  }
  return n;
}

const joinItems = (items: unknown[], first: boolean) => (items.length === 0 ? '' : (first ? '\n' : ',\n') + items.map((x) => JSON.stringify(x)).join(',\n'));

export async function buildExportParts(
  kind: ExportKind,
  fetchPage: FetchPage,
  exportedAt: string,
  onProgress: (quotes: number) => void = () => undefined,
): Promise<BlobPart[]> {
  const people = await readAll(fetchPage, 'people');
  const sources = await readAll(fetchPage, 'sources');
  const parts: BlobPart[] = [];
  let first = true;
  if (kind === 'csv') {
    const bySource = new Map(sources.map((s) => [s.url, s]));
    const byId = new Map(people.map((p) => [p.id, p]));
    parts.push(csvHeaderLine());
    await forEachQuotePage(fetchPage, (quotes) => parts.push(csvRows(quotes, bySource, byId)), onProgress);
    return parts;
  }
  if (kind === 'md') {
    // Sections group quotes by page, so the file is written once all are in; only the fields it shows are kept.
    const quotes: MarkdownQuote[] = [];
    await forEachQuotePage(fetchPage, (page) => quotes.push(...page.map(slimForMarkdown)), onProgress);
    return [toMarkdown(quotes, sources, people, exportedAt)];
  }
  if (kind === 'anno') {
    const byId = new Map(people.map((p) => [p.id, p]));
    parts.push(annotationHead(people, sources));
    const total = await forEachQuotePage(
      fetchPage,
      (quotes) => {
        parts.push(
          joinItems(
            quotes.map((q) => annotationOf(q, q.personId === null ? undefined : byId.get(q.personId))),
            first,
          ),
        );
        if (quotes.length > 0) first = false;
      },
      onProgress,
    );
    parts.push(`\n]},"total":${total}}\n`);
    return parts;
  }
  parts.push(`{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"quotes":[`);
  await forEachQuotePage(
    fetchPage,
    (quotes) => {
      parts.push(joinItems(quotes, first));
      if (quotes.length > 0) first = false;
    },
    onProgress,
  );
  parts.push(`\n],"people":[${joinItems(people, true)}\n],"sources":[${joinItems(sources, true)}\n]}\n`);
  return parts;
}
