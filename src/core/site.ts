/**
 * Which site a page belongs to, for trust decisions: a page may speak only for its own site. Kept apart from
 * page-url because the public suffix list (tldts, about 200 KB) belongs in the background and the CLI only,
 * never in the content script that every page loads.
 */
import { getDomain } from 'tldts';

/**
 * A page's site for trust decisions: scheme, registrable domain (public suffix list, private suffixes such as
 * github.io included, so two users' pages there are two sites) and port. An IP address or a bare host
 * (localhost) is its own site; a file: URL is only itself. '' when the address does not parse.
 */
export function siteKey(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '';
  }
  if (url.protocol === 'file:') return `file://${url.pathname}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  // URL has already lower-cased the host and turned an IDN into its punycode (xn--) form.
  const host = url.hostname;
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.protocol}//${domain}:${port}`;
}

/** Same scheme, registrable domain and port: "m.news.test" and "news.test" are one site; "a.github.io" and "b.github.io" are two. */
export function sameSite(a: string, b: string): boolean {
  const x = siteKey(a);
  return x !== '' && x === siteKey(b);
}
