/** Exports for other tools: W3C Web Annotations (JSON-LD) and a spreadsheet-safe CSV. Pure functions. */
import type { LibraryExport, PersonRecord, QuoteRecord, SourceRecord } from '../core/index';

interface TextualBody { type: 'TextualBody'; purpose: 'describing' | 'tagging'; format: 'text/plain'; value: string }
interface AnnotationTarget { source: string; selector: Array<QuoteRecord['selectors'][number]> }

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
}

export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const body = (purpose: TextualBody['purpose'], value: string): TextualBody => ({ type: 'TextualBody', purpose, format: 'text/plain', value });

export function annotationOf(q: QuoteRecord, person: PersonRecord | undefined): WebAnnotation {
  const who = [person?.name ?? q.speaker, q.speakerTitle].filter((x): x is string => !!x).join(', ');
  // Offsets only hold on the page the quote was saved from; other pages are found by the quoted text.
  const targets = q.sourceUrls.map((source): AnnotationTarget => ({ source, selector: source === q.sourceUrl ? [...q.selectors] : [q.selectors[0]] }));
  return {
    id: `urn:onrecord:${q.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: q.savedAt,
    generator: { type: 'Software', name: 'OnRecord' },
    body: [body('describing', `${q.speaker ?? 'Unknown speaker'}: ${q.text}`), ...(who ? [body('tagging', who)] : [])],
    target: targets.length === 1 ? targets[0]! : targets,
  };
}

export function toWebAnnotation(data: LibraryExport): WebAnnotationCollection {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const items = data.quotes.map((q) => annotationOf(q, q.personId === null ? undefined : people.get(q.personId)));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'OnRecord library',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export const CSV_HEADER = ['id', 'text', 'speaker', 'speaker_title', 'outlet', 'title', 'url', 'published', 'saved_at'] as const;

/**
 * One RFC 4180 cell. A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe: exported quotes come from arbitrary web pages.
 */
export function csvCell(value: string | null): string {
  const raw = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (cells: Array<string | null>) => `${cells.map(csvCell).join(',')}\r\n`;
export const csvHeaderLine = () => csvLine([...CSV_HEADER]);

/** The CSV lines of some quotes, each ending in CRLF: an export written in pages is these, one after another. */
export function csvRows(quotes: QuoteRecord[], sources: ReadonlyMap<string, SourceRecord>): string {
  let out = '';
  for (const q of quotes) {
    const s = sources.get(q.sourceUrl);
    out += csvLine([q.id, q.text, q.speaker, q.speakerTitle, s?.outlet ?? '', s?.title ?? q.headline, q.sourceUrl, q.published ?? s?.published ?? '', q.savedAt]);
  }
  return out;
}

export function toCsv(data: LibraryExport): string {
  return csvHeaderLine() + csvRows(data.quotes, new Map(data.sources.map((s) => [s.url, s])));
}
