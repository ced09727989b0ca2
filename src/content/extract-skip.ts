/** Which elements the extraction leaves out, and the length of what it would read. */
import { Chrome, classChrome, roleChrome } from './chrome-words';
import { CHROME_TAGS, OWN_UI_ATTRIBUTE, SKIP_TAGS } from './extract-rules';

export interface SkipOptions {
  /** Extra visibility test (the content script uses computed style); the CLI has none. */
  isHidden?: (el: Element) => boolean;
  /** The second read: soft chrome (rails, promos, class words) is read too; hard chrome still is not. */
  lenient?: boolean;
}

/** Whether an element's own attributes hide it or make it something other than page text. */
function attributesSkip(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Tested only where there is a style attribute: compiling the pattern costs every page otherwise.
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** How strongly an element's id, class and role mark it as page chrome. */
export function chromeOf(el: Element): Chrome {
  const role = roleChrome(el.getAttribute('role') ?? '');
  if (role === Chrome.Hard) return role;
  const words = classChrome(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`);
  return words > role ? words : role;
}

/**
 * `level` is the weakest chrome left out: Soft on the first read, Hard on the lenient one and on the ancestors of
 * a candidate root (a story inside `div.l-sidebar-fixed` is still the story).
 */
export function isSkipped(el: Element, root: Element | null, opts: SkipOptions, level: Chrome = opts.lenient ? Chrome.Hard : Chrome.Soft): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el !== root && CHROME_TAGS.has(tag) && !el.querySelector('h1')) return true;
  // Search boxes and sign-up forms are not the story, but some sites wrap the whole page in one <form>.
  if (tag === 'FORM' && el !== root && !el.querySelector('p')) return true;
  // Only where no story container was found: a story's own tables (results, figures) are part of it.
  if (tag === 'TABLE' && root?.tagName.toUpperCase() === 'BODY' && isDataTable(el)) return true;
  // Most article elements (<p>, <em>, <b>) carry no attribute: nothing below can apply to them. hasAttributes(),
  // not attributes.length: that makes an attribute map (and, in the content script's world, its wrapper) per element.
  if (!el.hasAttributes()) return opts.isHidden?.(el) ?? false;
  if (attributesSkip(el)) return true;
  if (el !== root && chromeOf(el) >= level) return true;
  return opts.isHidden?.(el) ?? false;
}

/** Rows from which a table is a data table (standings, listings, prices), not a story laid out in cells. */
const DATA_ROWS = 10;

/** A large table of short cells: read as article text it is a wall of numbers and names with no sentence in it. */
function isDataTable(table: Element): boolean {
  const rows = table.querySelectorAll('tr');
  if (rows.length < DATA_ROWS) return false;
  // A layout table holds the story's paragraphs in its cells; a data table holds none.
  return table.querySelector('p') === null || rows.length >= DATA_ROWS * 3;
}

const ELEMENT = 1;
const TEXT = 3;

/** Characters of non-space text the extraction would read under `el`, counted no further than `cap`. */
export function readableLength(el: Element, cap: number, opts: SkipOptions): number {
  let n = 0;
  // The computed-style test is left out: it is the costly one, and root choice only compares lengths.
  const cheap: SkipOptions = { lenient: opts.lenient };
  // A walk in document order, a node at a time, that stops at the cap: pushing an element's children up front
  // visits all of them, and a flat <article> of 20,000 children cost 19 ms for a 200-character answer.
  let node: Node | null = el.firstChild;
  while (node && n < cap) {
    let enter = false;
    if (node.nodeType === TEXT) n += (node as Text).data.trim().length;
    else if (node.nodeType === ELEMENT) enter = !isSkipped(node as Element, null, cheap);
    node = nextInWalk(node, el, enter);
  }
  return n;
}

/** The node after `node` in document order under `top`: its first child if `enter`, else the next sibling on the way up. */
export function nextInWalk(node: Node, top: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== top; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}
