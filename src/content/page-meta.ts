/** What a saved quote records about its page: canonical URL, title, outlet and published date. */
import { canonicalUrl, sameSite, siteOf, SOURCE_LIMITS } from '../core/page-url';
import type { SourceRecord } from '../core/library-model';

const meta = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;

function jsonLdDate(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDate(JSON.parse(script.textContent ?? ''));
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

/**
 * Those are read with Date.UTC: Date.parse would load the time-zone tables into the page's script world on
 * every page, which costs more than the rest of reading the metadata. Other forms still go to Date.parse.
 */
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

export function readPageMeta(doc: Document, locationHref: string, headline: string): SourceRecord {
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]');
  let url = locationHref;
  try {
    // A canonical link to another site is not trusted: the page could claim to be any article.
    const claimed = canonical ? new URL(canonical, locationHref).toString() : null;
    if (claimed && sameSite(claimed, locationHref)) url = claimed;
  } catch {
    // An unparsable canonical link falls back to the address bar.
  }
  // Cut to what the background accepts: one overlong field would otherwise refuse the page's whole read.
  return {
    url: canonicalUrl(url).slice(0, SOURCE_LIMITS.url),
    title: (headline || meta(doc, 'meta[property="og:title"]') || doc.title || '').slice(0, SOURCE_LIMITS.title),
    outlet: (meta(doc, 'meta[property="og:site_name"]') || siteOf(url) || 'unknown outlet').slice(0, SOURCE_LIMITS.outlet),
    published: isoOrNull(meta(doc, 'meta[property="article:published_time"]') ?? jsonLdDate(doc) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null),
  };
}
