/** Page addresses: their canonical form and their site. */
/** The longest page address, headline and outlet a page's source record may carry (the protocol enforces them). */
export const SOURCE_LIMITS = { url: 8192, title: 2048, outlet: 512 } as const;
/** The longest metadata string a page may send, and how many JSON-LD scripts of what size. */
export const META_LIMITS = { field: 8192, jsonLdScripts: 4, jsonLdChars: 262_144 } as const;

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|smid|_ga|yclid|msclkid)$/i;

/** The canonical form of a page URL: no tracking parameters, no fragment, lower-case host. */
export function canonicalUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    const keys: string[] = [];
    url.searchParams.forEach((_value, key) => keys.push(key));
    for (const key of keys) if (TRACKING.test(key)) url.searchParams.delete(key);
    url.hostname = url.hostname.toLowerCase();
    return url.toString();
  } catch {
    return raw.trim();
  }
}

/** The exact hostname, www included (the per-site switch is kept under it), or '' when there is none. */
export function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** A page's site: its host without "www.", or '' when the address does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
