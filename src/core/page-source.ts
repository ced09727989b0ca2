/**
 * A page's source record (canonical URL, headline, outlet, published date) from the metadata strings the
 * content script read. Interpreting them (URLs, dates, JSON-LD) happens here, in the background, so the
 * page's own thread only reads attributes.
 */
import { canonicalUrl, siteOf, SOURCE_LIMITS } from './page-url';
import { sameSite } from './site';
import type { SourceRecord } from './library-model';

/** The metadata strings of a page, as found; every field is cut to META_LIMITS by the reader. */
export interface PageMetaText {
  canonical: string | null;
  ogUrl: string | null;
  ogTitle: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** JSON-LD scripts that mention datePublished, unparsed. */
  jsonLd: string[];
  timeDatetime: string | null;
  docTitle: string;
}

export { META_LIMITS } from './page-url';

const present = (s: string | null): string | null => s?.trim() || null;

function jsonLdDate(scripts: readonly string[]): string | null {
  for (const script of scripts) {
    try {
      const found = findDate(JSON.parse(script));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is skipped, not fatal.
    }
  }
  return null;
}

function findDate(node: unknown, depth = 0): string | null {
  if (!node || typeof node !== 'object' || depth > 6) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const d = findDate(item, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDate(record['@graph'], depth + 1);
}

/** ISO 8601 with a zone ("2026-03-11T20:20:00+01:00", "…Z") or a bare date: almost every news page. */
const ISO_WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** Those are read with Date.UTC, so they do not depend on the engine's leniency; other forms go to Date.parse. */
export function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const m = ISO_WITH_ZONE.exec(value.trim());
  let t: number;
  if (m) {
    const [, y = '', mo = '', d = '', h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m;
    if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +sec > 59) return null;
    const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Number(frac.slice(0, 3).padEnd(3, '0'))) - offset * 60_000;
  } else t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** `locationHref` is the address the reader sees; `headline` the article's (already cut) headline. */
export function sourceFromMeta(meta: PageMetaText, locationHref: string, headline: string): SourceRecord {
  const canonical = present(meta.canonical) ?? present(meta.ogUrl);
  let url = locationHref;
  try {
    // A canonical link to another site is not trusted: the page could claim to be any article.
    const claimed = canonical ? new URL(canonical, locationHref).toString() : null;
    if (claimed && sameSite(claimed, locationHref)) url = claimed;
  } catch {
    // An unparsable canonical link falls back to the address bar.
  }
  // Cut to what the protocol accepts: one overlong field would otherwise refuse the page's whole read.
  return {
    url: canonicalUrl(url).slice(0, SOURCE_LIMITS.url),
    title: (headline || present(meta.ogTitle) || meta.docTitle.trim()).slice(0, SOURCE_LIMITS.title),
    outlet: (present(meta.siteName) || siteOf(url) || 'unknown outlet').slice(0, SOURCE_LIMITS.outlet),
    published: isoOrNull(present(meta.publishedTime) ?? jsonLdDate(meta.jsonLd) ?? present(meta.timeDatetime)),
  };
}
