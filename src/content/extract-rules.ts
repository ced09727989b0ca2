/** What counts as article text: tag and attribute rules shared by the content script and the CLI. */

/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'NAV', 'ASIDE', 'FORM', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'LABEL', 'PRE', 'CODE', 'FIGURE',
  'FIGCAPTION', 'DIALOG', 'MENU', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Page chrome, skipped unless it is the article root itself. */
export const CHROME_TAGS = new Set(['HEADER', 'FOOTER']);

/** Inline elements: their text joins the surrounding block. Everything else starts a new block. */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR', 'BIG', 'TT', 'STRIKE', 'NOBR',
]);

/** Class or id words of rails, widgets and comment threads. */
export const CHROME_PATTERN =
  /(^|[\s_-])(comments?|comment-list|related|recirc|share|sharing|social|newsletter|promo|advert|ads?|ad-slot|sponsor|sidebar|rail|subscribe|cookie|consent|paywall|breadcrumbs?|tags|most-read|popular|outbrain|taboola|disqus)($|[\s_-])/i;
/** ARIA landmark roles of page chrome. */
export const CHROME_ROLES = /\b(complementary|navigation|banner|contentinfo)\b/;

/** CHROME_PATTERN's words, with the first word of its hyphenated ones ("most" of "most-read"). */
const CHROME_WORDS = new Set([
  'comment', 'comments', 'related', 'recirc', 'share', 'sharing', 'social', 'newsletter', 'promo', 'advert', 'ad', 'ads',
  'sponsor', 'sidebar', 'rail', 'subscribe', 'cookie', 'consent', 'paywall', 'breadcrumb', 'breadcrumbs', 'tags', 'most',
  'popular', 'outbrain', 'taboola', 'disqus',
]);

/** Whether a word of the marker could be one of CHROME_PATTERN's or CHROME_ROLES': never false when one matches. */
function mayMarkChrome(marker: string): boolean {
  if (marker.includes('navigation') || marker.includes('complementary') || marker.includes('banner') || marker.includes('contentinfo')) return true;
  const lower = marker.toLowerCase();
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    // Splits at every separator of the pattern (whitespace, '-', '_'), and at more: a word it matches is still whole.
    if (c <= 32 || c === 45 || c === 95 || c > 127) {
      if (i > start && CHROME_WORDS.has(lower.slice(start, i))) return true;
      start = i + 1;
    }
  }
  return false;
}

/**
 * Whether id, class and role words ("id class role") mark page chrome. Compiling the two patterns cost more
 * than reading the rest of an article-sized page, and most article elements carry none of their words, so a
 * scan for the words decides first and the patterns only confirm.
 */
export const marksChrome = (marker: string): boolean => mayMarkChrome(marker) && (CHROME_PATTERN.test(marker) || CHROME_ROLES.test(marker));

export const ROOT_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];

/** The attribute that marks OnRecord's own UI, which is never read as page text. */
export const OWN_UI_ATTRIBUTE = 'data-onrecord-ui';

export const MIN_ROOT_TEXT = 200;
