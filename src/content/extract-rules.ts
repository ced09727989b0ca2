/** What counts as article text: tag and attribute rules shared by the content script and the CLI. */

/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'NAV',
  'ASIDE',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'LABEL',
  'PRE',
  'CODE',
  'FIGURE',
  'FIGCAPTION',
  'DIALOG',
  'MENU',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Page chrome, skipped unless it is the article root itself. */
export const CHROME_TAGS = new Set(['HEADER', 'FOOTER']);

/** Inline elements: their text joins the surrounding block. Everything else starts a new block. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
  'BIG',
  'TT',
  'STRIKE',
  'NOBR',
]);

export const ROOT_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];

/** The attribute that marks OnRecord's own UI, which is never read as page text. */
export const OWN_UI_ATTRIBUTE = 'data-onrecord-ui';

export const MIN_ROOT_TEXT = 200;
