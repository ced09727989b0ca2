/**
 * Class, id and role words of page chrome. Two strengths: hard chrome (comment threads, ARIA navigation and
 * complementary regions) is never article text; soft chrome (rails, share bars, promos) is left out of the first
 * read only, and not when the same marker also names the story's own container, as Readability does.
 */

export const enum Chrome {
  None = 0,
  /** Left out of the first read, read again by the lenient read. */
  Soft = 1,
  /** Never article text. */
  Hard = 2,
}

/** Comment threads and cookie or consent banners: no story ever sits inside one. */
const HARD_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr']);
/** Rails, widgets, promos. Paywall is not one: metered paragraphs are the story (trafilatura keeps them too). */
const SOFT_WORDS = new Set([
  'related',
  'recirc',
  'share',
  'sharing',
  'social',
  'newsletter',
  'promo',
  'advert',
  'ad',
  'ads',
  'sponsor',
  'sidebar',
  'rail',
  'subscribe',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'popular',
  'outbrain',
  'taboola',
]);
/** Bylines and author biographies: soft, but no container word excuses them ("article-byline" is still one). */
const META_WORDS = new Set(['byline', 'bio', 'bios', 'author', 'authors']);
/**
 * A first part that makes the name a state, a hook or a modifier of something else: "with-right-rail" is a
 * layout that has a rail, "js-social-anchor" a script hook, "theme-taboola" a colour scheme.
 */
const MODIFIERS = new Set(['with', 'has', 'no', 'non', 'not', 'without', 'theme', 'js', 'url', 'is']);
/** Readability's exception: these words in a marker name the story's container, whatever else it says. */
const CONTAINER = /article|body|column|content|main/;

/** Unicode spaces a class list may hold: they part names as ASCII whitespace does. */
const isSpace = (c: number) => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
/** Letters and digits only: separators are everything else ('-', '_', spaces, ':'...). */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && !isSpace(c));

/** The strongest chrome word in a lowercased class or id list, token by token. */
function wordsOf(lower: string): { hard: boolean; soft: boolean; meta: boolean } {
  const found = { hard: false, soft: false, meta: false };
  let first = true;
  let modified = false;
  let prev = '';
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) continue;
    if (i > start && !modified) {
      const part = lower.slice(start, i);
      if (first && MODIFIERS.has(part)) modified = true;
      else if (HARD_WORDS.has(part)) found.hard = true;
      else if (SOFT_WORDS.has(part) || (prev === 'most' && (part === 'read' || part === 'viewed'))) found.soft = true;
      else if (META_WORDS.has(part)) found.meta = true;
      prev = part;
      first = false;
    }
    // A space ends the class name: the next one starts afresh.
    if (isSpace(c)) [first, modified, prev] = [true, false, ''];
    start = i + 1;
  }
  return found;
}

/** How strongly "id class" words mark chrome. */
export function classChrome(idAndClass: string): Chrome {
  if (idAndClass.length === 0) return Chrome.None;
  const lower = idAndClass.toLowerCase();
  const { hard, soft, meta } = wordsOf(lower);
  if (hard) return Chrome.Hard;
  if (meta || (soft && !CONTAINER.test(lower))) return Chrome.Soft;
  return Chrome.None;
}

/** ARIA landmark roles: navigation and complementary never hold the story; a banner or contentinfo rarely does. */
export function roleChrome(role: string): Chrome {
  if (role.length === 0) return Chrome.None;
  if (/\b(navigation|complementary)\b/.test(role)) return Chrome.Hard;
  return /\b(banner|contentinfo)\b/.test(role) ? Chrome.Soft : Chrome.None;
}
