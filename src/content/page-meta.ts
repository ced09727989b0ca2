/** Reads a page's metadata strings for its source record; the background interprets them (core/page-source). */
import { META_LIMITS, type PageMetaText } from '../core/index';

const cut = (s: string | null | undefined): string | null => (s == null ? null : s.slice(0, META_LIMITS.field));
const attr = (doc: Document, selector: string, name: string) => cut(doc.querySelector(selector)?.getAttribute(name));

function jsonLdScripts(doc: Document): string[] {
  const found: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    // Only what can hold the date, and never a page's whole weight: a cut script would not parse anyway.
    if (text.length <= META_LIMITS.jsonLdChars && text.includes('datePublished')) found.push(text);
    if (found.length === META_LIMITS.jsonLdScripts) break;
  }
  return found;
}

/** Fallbacks are read only when what they stand in for is missing: this runs on every page. */
export function readMetaText(doc: Document, headline: string): PageMetaText {
  const canonical = attr(doc, 'link[rel~="canonical"]', 'href');
  const publishedTime = attr(doc, 'meta[property="article:published_time"]', 'content');
  const jsonLd = publishedTime?.trim() ? [] : jsonLdScripts(doc);
  const ogTitle = headline ? null : attr(doc, 'meta[property="og:title"]', 'content');
  return {
    canonical,
    ogUrl: canonical?.trim() ? null : attr(doc, 'meta[property="og:url"]', 'content'),
    ogTitle,
    siteName: attr(doc, 'meta[property="og:site_name"]', 'content'),
    publishedTime,
    jsonLd,
    timeDatetime: publishedTime?.trim() || jsonLd.length > 0 ? null : attr(doc, 'time[datetime]', 'datetime'),
    docTitle: headline || ogTitle?.trim() ? '' : (doc.title ?? '').slice(0, META_LIMITS.field),
  };
}
