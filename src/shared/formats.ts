/**
 * Exports for other tools: W3C Web Annotations (JSON-LD) and a spreadsheet-safe CSV. Pure functions.
 * Each also carries what OnRecord needs to read it back without loss (import-formats.ts): the annotations in
 * an `onrecord:` extension that other tools ignore, the CSV in extra columns after the usual ones.
 */
import type { LibraryExport, PersonRecord, QuoteRecord, SourceRecord } from '../core/index';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging';
  format: 'text/plain';
  value: string;
}
interface AnnotationTarget {
  source: string;
  selector: Array<QuoteRecord['selectors'][number]>;
}

/** The quote's own fields that the standard properties do not hold. */
export type AnnotationQuote = Pick<QuoteRecord, 'text' | 'personId' | 'speaker' | 'speakerTitle' | 'sourceUrl' | 'paragraph' | 'headline' | 'published'>;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  generator: { type: 'Software'; name: 'OnRecord' };
  /** What was said, then who said it. */
  body: TextualBody[];
  /** One target per page the statement was seen on. */
  target: AnnotationTarget | AnnotationTarget[];
  'onrecord:quote': AnnotationQuote;
}

/** JSON-LD extension terms live under a URN namespace: nothing to fetch, nothing that names a server. */
export const ANNO_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { onrecord: 'urn:onrecord:vocab:' }] as const;

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  'onrecord:people': PersonRecord[];
  'onrecord:sources': SourceRecord[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const body = (purpose: TextualBody['purpose'], value: string): TextualBody => ({ type: 'TextualBody', purpose, format: 'text/plain', value });

export function annotationOf(q: QuoteRecord, person: PersonRecord | undefined): WebAnnotation {
  const who = [person?.name ?? q.speaker, q.speakerTitle].filter((x): x is string => !!x).join(', ');
  // Offsets only hold on the page the quote was saved from; other pages are found by the quoted text.
  const targets = q.sourceUrls.map((source): AnnotationTarget => ({ source, selector: source === q.sourceUrl ? [...q.selectors] : [q.selectors[0]] }));
  const { text, personId, speaker, speakerTitle, sourceUrl, paragraph, headline, published } = q;
  return {
    id: `urn:onrecord:${q.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: q.savedAt,
    generator: { type: 'Software', name: 'OnRecord' },
    body: [body('describing', `${q.speaker ?? 'Unknown speaker'}: ${q.text}`), ...(who ? [body('tagging', who)] : [])],
    target: targets.length === 1 ? targets[0]! : targets,
    'onrecord:quote': { text, personId, speaker, speakerTitle, sourceUrl, paragraph, headline, published },
  };
}

/** The collection's opening, up to its items: the streamed export (library/export-file) writes the same. */
export const annotationHead = (people: PersonRecord[], sources: SourceRecord[]) =>
  `{"@context":${JSON.stringify(ANNO_CONTEXT)},"type":"AnnotationCollection","label":"OnRecord library","onrecord:people":${JSON.stringify(people)},"onrecord:sources":${JSON.stringify(sources)},"first":{"type":"AnnotationPage","startIndex":0,"items":[`;

export function toWebAnnotation(data: LibraryExport): WebAnnotationCollection {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const items = data.quotes.map((q) => annotationOf(q, q.personId === null ? undefined : people.get(q.personId)));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'OnRecord library',
    total: items.length,
    'onrecord:people': data.people,
    'onrecord:sources': data.sources,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The usual columns first; then what a re-import needs, with the long paragraph last. `other_urls` holds the
 * other pages the statement was seen on, one per line, and `other_sources` those pages' titles, outlets and
 * dates as JSON, since a row has one page's columns.
 */
export const CSV_HEADER = [
  'id',
  'text',
  'speaker',
  'speaker_title',
  'outlet',
  'title',
  'url',
  'published',
  'saved_at',
  'person_id',
  'person_name',
  'official',
  'other_urls',
  'headline',
  'start',
  'end',
  'prefix',
  'exact',
  'suffix',
  'other_sources',
  'paragraph',
] as const;

/**
 * One RFC 4180 cell. A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe: exported quotes come from arbitrary web pages. A cell that starts with an apostrophe
 * gets one too, so a reader can always take exactly one off (csvValue).
 */
export function csvCell(value: string | null): string {
  const raw = value ?? '';
  const safe = /^[=+\-@\t\r']/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell's value as it was before csvCell guarded it. */
export const csvValue = (cell: string): string => (/^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell);

const csvLine = (cells: Array<string | null>) => `${cells.map(csvCell).join(',')}\r\n`;
export const csvHeaderLine = () => csvLine([...CSV_HEADER]);

function csvCells(q: QuoteRecord, sources: ReadonlyMap<string, SourceRecord>, p: PersonRecord | undefined): Array<string | null> {
  const [quote, position] = q.selectors;
  const s = sources.get(q.sourceUrl);
  const others = q.sourceUrls.flatMap((u) => (u !== q.sourceUrl && sources.has(u) ? [sources.get(u)!] : []));
  return [
    q.id,
    q.text,
    q.speaker,
    q.speakerTitle,
    s?.outlet ?? '',
    s?.title ?? q.headline,
    q.sourceUrl,
    q.published ?? s?.published ?? '',
    q.savedAt,
    q.personId,
    p?.name ?? null,
    p ? (p.official ? 'yes' : 'no') : null,
    q.sourceUrls.filter((u) => u !== q.sourceUrl).join('\n'),
    q.headline,
    String(position.start),
    String(position.end),
    quote.prefix,
    quote.exact,
    quote.suffix,
    others.length ? JSON.stringify(others) : '',
    q.paragraph,
  ];
}

/** The CSV lines of some quotes, each ending in CRLF: an export written in pages is these, one after another. */
export function csvRows(quotes: QuoteRecord[], sources: ReadonlyMap<string, SourceRecord>, people: ReadonlyMap<string, PersonRecord> = new Map()): string {
  let out = '';
  for (const q of quotes) out += csvLine(csvCells(q, sources, q.personId === null ? undefined : people.get(q.personId)));
  return out;
}

export function toCsv(data: LibraryExport): string {
  return csvHeaderLine() + csvRows(data.quotes, new Map(data.sources.map((s) => [s.url, s])), new Map(data.people.map((p) => [p.id, p])));
}
