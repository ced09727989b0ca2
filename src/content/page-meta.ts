/** Reads a page's metadata strings for its source record; the background interprets them (core/page-source). */
import { META_LIMITS, type PageMetaText } from '../core/index';

const cut = (s: string | null | undefined): string | null => (s == null ? null : s.slice(0, META_LIMITS.field));
/** What the source record reads, by the selector each element answers to. */
const WANTED = {
  canonical: 'link[rel~="canonical"]',
  published: 'meta[property="article:published_time"]',
  ogTitle: 'meta[property="og:title"]',
  ogUrl: 'meta[property="og:url"]',
  siteName: 'meta[property="og:site_name"]',
  jsonLd: 'script[type="application/ld+json"]',
  time: 'time[datetime]',
} as const;
type Wanted = keyof typeof WANTED;
const ALL_WANTED = Object.values(WANTED).join(', ');

/**
 * The first element of each kind, and every JSON-LD script, in document order, from one query: a query for an
 * element the page lacks reads the whole document, and seven of them took 20 ms on a 50,000-element page.
 */
function findWanted(doc: Document): { first: Partial<Record<Wanted, Element>>; jsonLd: Element[] } {
  const first: Partial<Record<Wanted, Element>> = {};
  const jsonLd: Element[] = [];
  const kinds = Object.entries(WANTED) as Array<[Wanted, string]>;
  for (const el of doc.querySelectorAll(ALL_WANTED)) {
    for (const [kind, selector] of kinds) {
      if (!el.matches(selector)) continue;
      if (kind === 'jsonLd') jsonLd.push(el);
      else first[kind] ??= el;
    }
  }
  return { first, jsonLd };
}

function jsonLdScripts(scripts: Element[]): string[] {
  const found: string[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    // Only what can hold the date, and never a page's whole weight: a cut script would not parse anyway.
    if (text.length <= META_LIMITS.jsonLdChars && text.includes('datePublished')) found.push(text);
    if (found.length === META_LIMITS.jsonLdScripts) break;
  }
  return found;
}

/** Fallbacks are read only when what they stand in for is missing: this runs on every page. */
export function readMetaText(doc: Document, headline: string): PageMetaText {
  const { first, jsonLd: scripts } = findWanted(doc);
  const attr = (kind: Wanted, name: string) => cut(first[kind]?.getAttribute(name));
  const canonical = attr('canonical', 'href');
  const publishedTime = attr('published', 'content');
  const jsonLd = publishedTime?.trim() ? [] : jsonLdScripts(scripts);
  const ogTitle = headline ? null : attr('ogTitle', 'content');
  return {
    canonical,
    ogUrl: canonical?.trim() ? null : attr('ogUrl', 'content'),
    ogTitle,
    siteName: attr('siteName', 'content'),
    publishedTime,
    jsonLd,
    timeDatetime: publishedTime?.trim() || jsonLd.length > 0 ? null : attr('time', 'datetime'),
    docTitle: headline || ogTitle?.trim() ? '' : (doc.title ?? '').slice(0, META_LIMITS.field),
  };
}
