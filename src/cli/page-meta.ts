/** The CLI's path: read and interpret a page's metadata in one place, as the content script and background do together. */
import type { SourceRecord } from '../core/index';
import { sourceFromMeta } from '../core/sources';
import { readMetaText } from '../content/page-meta';

export const readPageMeta = (doc: Document, locationHref: string, headline: string): SourceRecord =>
  sourceFromMeta(readMetaText(doc, headline), locationHref, headline);
