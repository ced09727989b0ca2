/**
 * Fuzzing of page-text extraction (`extractArticle`, `collectBlocks`) and offset anchoring (`pointAt`, `rangeFor`)
 * on random DOM trees built in node with linkedom, through DOM APIs only (createElement / createTextNode /
 * appendChild, never innerHTML).
 *
 * Generated cases per run: 3,000 + 1,000 + 1,500 + 500 + 1,500 + 500 + 500 = 8,500 (the RUNS_* constants below),
 * plus two deep-nesting cases.
 *
 * linkedom's Range has no setStart/setEnd, so `pointAt` is checked directly, and `rangeFor` runs against a
 * recording stand-in for `document.createRange`. Document order is computed here, not with linkedom's
 * compareDocumentPosition (which compares by depth).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import { pointAt, rangeFor, type DomPoint } from '../../src/content/anchor';
import { collectBlocks, extractArticle, type ExtractOptions, type TextBlock } from '../../src/content/extract';
import { isFurniture } from '../../src/content/extract-clean';
import { INLINE_TAGS } from '../../src/content/extract-rules';

// Thousands of cases: on a loaded 2-core machine they take minutes. The limit guards against a hang, not a slowdown.
vi.setConfig({ testTimeout: 600_000 });

const RUNS_EXTRACT = 3_000; // random pages through extractArticle: anchoring, document order, skipped and kept text
const RUNS_SPACES = 1_000; // random pages: where each collapsed space is anchored
const RUNS_COLLECT = 1_500; // collectBlocks on a random element with an isHidden callback and maxBlocks
const RUNS_LIMITS = 500; // collectBlocks with a small maxBlockChars
const RUNS_RANGES = 1_500; // random [start, end) ranges through rangeFor
const RUNS_HEADLINE = 500; // pages whose headline h1 may wrap the story: no text is read twice
const RUNS_ROOT = 500; // random pages: the chosen root is not hidden or page chrome

/** FC_SEED replays a run that fast-check reported; FC_RUNS_SCALE multiplies every RUNS_* for a longer soak. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const SCALE = process.env.FC_RUNS_SCALE ? Number(process.env.FC_RUNS_SCALE) : 1;
const params = <T>(runs: number): fc.Parameters<T> => {
  const numRuns = Math.max(1, Math.round(runs * SCALE));
  return SEED === undefined ? { numRuns } : { numRuns, seed: SEED };
};

// --- Trees ---

type Tree = { kind: 'text'; text: string } | { kind: 'comment'; text: string } | { kind: 'el'; tag: string; attrs: Array<[string, string]>; children: Tree[] };

const TAGS = [
  'p',
  'div',
  'article',
  'main',
  'span',
  'em',
  'strong',
  'a',
  'br',
  'b',
  'i',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'script',
  'style',
  'pre',
  'code',
  'mark',
  'ul',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
];
/** Class words of comment threads (always left out), of soft chrome (left out of the first read), and look-alikes. */
const HARD_CLASSES = ['comments', 'Comment'];
const SOFT_CLASSES = ['related', 'ad-slot', 'share-bar', 'sidebar-left'];
const CHROME_CLASSES = [...HARD_CLASSES, ...SOFT_CLASSES];
const PLAIN_CLASSES = ['story-body', 'article-content', 'lead', 'commentary', 'shared', 'x'];
const CHROME_ROLES = ['navigation', 'complementary', 'banner', 'contentinfo'];
const PLAIN_ROLES = ['main', 'article', 'note'];

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚'];
const WORDS = [
  'said',
  'Sergey Lavrov',
  'Sen. Ann Lee',
  'Foreign Minister',
  'President',
  'we',
  'will',
  'not',
  'stop',
  'the',
  "don't",
  'Russia’s',
  'told',
  'added',
  'a',
  'é',
  '北京',
  '😀',
];
const SPACE_RUNS = [' ', '  ', '\n', '\t', '\r\n', '\f', ' \n\t ', '\u00a0', '\u2009', '\u3000', '\u200b', '\u2028'];
const ODD = ['\uD800', '\uDC00', '\u0000', '\uFFFD', 'e\u0301', '\u202E'];

const pick = <T>(xs: T[]) => fc.constantFrom(...xs);
const textString = fc.oneof(
  {
    arbitrary: fc
      .array(
        fc.oneof(
          { arbitrary: pick(WORDS), weight: 4 },
          { arbitrary: pick(QUOTE_MARKS), weight: 3 },
          { arbitrary: pick(SPACE_RUNS), weight: 4 },
          { arbitrary: pick(ODD), weight: 1 },
        ),
        {
          maxLength: 14,
        },
      )
      .map((xs) => xs.join('')),
    weight: 6,
  },
  { arbitrary: pick(['', ' ', '\n\n   ', '\u00a0']), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
  // Long enough for chooseRoot's 200-character and 25-character thresholds.
  { arbitrary: fc.array(pick(WORDS), { minLength: 1, maxLength: 40, size: 'max' }).map((w) => `“${w.join(' ')},” said Sen. Ann Lee. `), weight: 1 },
);

const attribute: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constant<[string, string]>(['hidden', '']),
  pick(['display:none', 'display: none', 'DISPLAY : NONE', 'visibility:hidden', 'color: red', 'display:block']).map((v): [string, string] => ['style', v]),
  pick(['true', '', 'false', 'plaintext-only']).map((v): [string, string] => ['contenteditable', v]),
  pick(['true', 'false']).map((v): [string, string] => ['aria-hidden', v]),
  fc.array(pick([...CHROME_CLASSES, ...PLAIN_CLASSES]), { minLength: 1, maxLength: 2 }).map((c): [string, string] => ['class', c.join(' ')]),
  pick(['comments', 'story', 'main-content']).map((v): [string, string] => ['id', v]),
  pick([...CHROME_ROLES, ...PLAIN_ROLES]).map((v): [string, string] => ['role', v]),
  fc.constant<[string, string]>(['itemprop', 'articleBody']),
  fc.constant<[string, string]>(['data-hide', '']),
);

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 9, withCrossShrink: true },
    { arbitrary: textString.map((text): Tree => ({ kind: 'text', text })), weight: 5 },
    { arbitrary: tie('element'), weight: 4 },
    { arbitrary: fc.string({ maxLength: 5 }).map((text): Tree => ({ kind: 'comment', text })), weight: 1 },
  ),
  element: fc
    .record({
      tag: pick(TAGS),
      // Most elements have no attribute; a few have one or two.
      attrs: fc.oneof(
        { arbitrary: fc.constant<Array<[string, string]>>([]), weight: 3 },
        { arbitrary: fc.array(attribute, { minLength: 1, maxLength: 2 }), weight: 1 },
      ),
      children: fc.array(tie('tree'), { maxLength: 6 }),
    })
    .map(({ tag, attrs, children }): Tree => ({ kind: 'el', tag, attrs, children: tag === 'br' ? [] : /^h\d$/.test(tag) ? textsOf(children) : children })),
}));

/**
 * Headings hold only their text here: a heading around other blocks (or around an itemprop="articleBody" element)
 * is generated on purpose, by the headline property, so that its known failure stays in one property.
 */
function textsOf(trees: Tree[]): Tree[] {
  return trees.flatMap((t) => (t.kind === 'el' ? textsOf(t.children) : t.kind === 'text' ? [t] : []));
}

/** A page: random trees, sometimes around a story of paragraphs, sometimes with a headline outside it. */
const storyParagraph = fc
  .array(fc.oneof({ arbitrary: textString.map((text): Tree => ({ kind: 'text', text })), weight: 3 }, { arbitrary: tree, weight: 1 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((children): Tree => ({ kind: 'el', tag: 'p', attrs: [], children }));
const pageWith = (headlineAround: fc.Arbitrary<boolean>) =>
  fc.record({
    headline: fc.option(textString, { nil: null }),
    /** The headline's h1 wraps the story (nesting an HTML parser also produces from "<h1>…<article>"). */
    headlineAround,
    before: fc.array(tree, { maxLength: 4 }),
    story: fc.option(
      fc.record({
        tag: pick(['article', 'main', 'div', 'section']),
        attrs: fc.oneof(fc.constant<Array<[string, string]>>([]), fc.array(attribute, { maxLength: 1 })),
        paragraphs: fc.array(storyParagraph, { maxLength: 8 }),
      }),
      { nil: null },
    ),
    after: fc.array(tree, { maxLength: 4 }),
  });
const page = pageWith(fc.constant(false));
type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function newDocument(): Document {
  const { document } = parseHTML('<!doctype html><html><head><title>Fuzz</title></head><body></body></html>');
  return document as unknown as Document;
}

function build(doc: Document, t: Tree): Node {
  if (t.kind === 'text') return doc.createTextNode(t.text);
  if (t.kind === 'comment') return doc.createComment(t.text);
  const el = doc.createElement(t.tag);
  for (const [name, value] of t.attrs) el.setAttribute(name, value);
  for (const c of t.children) el.appendChild(build(doc, c));
  return el;
}

function buildPage(p: Page): Document {
  const doc = newDocument();
  const body = doc.body;
  let h1: Element | null = null;
  if (p.headline !== null) {
    h1 = doc.createElement('h1');
    h1.appendChild(doc.createTextNode(p.headline));
    body.appendChild(h1);
  }
  for (const t of p.before) body.appendChild(build(doc, t));
  if (p.story) {
    const story = build(doc, { kind: 'el', tag: p.story.tag, attrs: p.story.attrs, children: p.story.paragraphs });
    (p.headlineAround && h1 ? h1 : body).appendChild(story);
  }
  for (const t of p.after) body.appendChild(build(doc, t));
  return doc;
}

// --- Oracles, written independently of extract.ts ---

const COLLAPSIBLE = /[ \t\n\r\f]/;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'PRE', 'CODE', 'NAV', 'ASIDE']);

/**
 * Is el left out of the article text, by the rules for the tags and attributes generated here? The root itself is
 * only tested by the root property, where a <header> or <footer> may be the root. `softOnly` tests hard chrome only
 * (comment threads, navigation), as for the root's ancestors: a story inside a soft-chrome wrapper is still read.
 */
function leftOut(el: Element, opts: ExtractOptions, isRoot = false, softOnly = false): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === 'BR') return true;
  if (!isRoot && (tag === 'HEADER' || tag === 'FOOTER') && !el.querySelector('h1')) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  const classes = (el.getAttribute('class') ?? '').split(' ');
  if (classes.some((c) => HARD_CLASSES.includes(c)) || el.getAttribute('id') === 'comments') return true;
  const role = el.getAttribute('role') ?? '';
  if (role === 'navigation' || role === 'complementary') return true;
  if (!opts.lenient && !softOnly) {
    if (role === 'banner' || role === 'contentinfo') return true;
    // Readability's exception: a marker that also names the story's container is not chrome.
    const container = /article|body|column|content|main/.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase());
    if (classes.some((c) => SOFT_CLASSES.includes(c)) && !container) return true;
  }
  return opts.isHidden?.(el) ?? false;
}

/** Is this text node read as part of `top`'s text (top = the extraction root)? */
function visibleUnder(node: Node, top: Element, opts: ExtractOptions): boolean {
  for (let el = node.parentElement; el && el !== top; el = el.parentElement) if (leftOut(el, opts)) return false;
  return top.contains(node);
}

/** Is this text node inline text of `block` (no left-out element and no nested block between them)? */
function inlineIn(node: Node, block: Element, opts: ExtractOptions): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (leftOut(el, opts) || !INLINE_TAGS.has(el.tagName.toUpperCase())) return false;
  }
  return block.contains(node);
}

/** Text nodes in document order, walked without recursion. */
function textNodesInOrder(from: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [from];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

const stripSpace = (s: string) => s.replace(/\s+/g, '');

interface Order {
  index: Map<Text, number>;
  nodes: Text[];
}
const orderOf = (doc: Document): Order => {
  const nodes = textNodesInOrder(doc.documentElement);
  return { nodes, index: new Map(nodes.map((n, i) => [n, i])) };
};
/** Negative if a comes before b in document order. */
function compare(order: Order, a: DomPoint, b: DomPoint): number {
  const ia = order.index.get(a.node);
  const ib = order.index.get(b.node);
  if (ia === undefined || ib === undefined) throw new Error('a mapped node is not in the document');
  return ia - ib || a.offset - b.offset;
}

/** Visible collapsible whitespace of `block` strictly between two DOM points. */
function whitespaceBetween(order: Order, from: DomPoint, to: DomPoint, block: TextBlock, opts: ExtractOptions): boolean {
  const i = order.index.get(from.node)!;
  const j = order.index.get(to.node)!;
  for (let k = i; k <= j; k++) {
    const node = order.nodes[k]!;
    if (!inlineIn(node, block.element, opts)) continue;
    const lo = k === i ? from.offset + 1 : 0;
    const hi = k === j ? to.offset : node.data.length;
    if (COLLAPSIBLE.test(node.data.slice(lo, hi))) return true;
  }
  return false;
}

// --- Checks ---

/** Fails with the message, built only on failure: blocks are checked character by character. */
function ensure(ok: boolean, message: () => string): void {
  if (!ok) expect.fail(message());
}

/** JSON with every non-ASCII or invisible character escaped, so spaces of different kinds can be told apart. */
const show = (x: string | undefined) =>
  x === undefined ? 'undefined' : JSON.stringify(x).replace(/[^\x21-\x7e]/g, (c) => (c === ' ' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
const fmt = (block: TextBlock, i: number, pt: DomPoint | null) =>
  `block ${show(block.text)} offset ${i} (${show(block.text[i])}) -> ${pt ? `${show(pt.node.data)}@${pt.offset} (${show(pt.node.data[pt.offset])})` : 'null'}`;

/**
 * Every character of the block maps to a position inside a text node of the document; every character but a
 * collapsed space maps to the same character; positions never go backwards, and strictly advance from one
 * non-space character to the next. Returns the points.
 */
function checkCharacters(order: Order, block: TextBlock): DomPoint[] {
  const { text } = block;
  expect(text.trim().length, 'empty block').toBeGreaterThan(0);
  expect(/[\t\n\r\f]|^ | $| {2}/.test(text), `whitespace not collapsed: ${show(text)}`).toBe(false);
  expect(pointAt(block, -1)).toBeNull();
  expect(pointAt(block, text.length)).toBeNull();
  const points: DomPoint[] = [];
  let lastWord: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const pt = pointAt(block, i);
    ensure(pt !== null && pt.node.nodeType === 3, () => `${fmt(block, i, pt)}: not a text node`);
    ensure(order.index.has(pt!.node), () => `${fmt(block, i, pt)}: node not in the document`);
    ensure(pt!.offset >= 0 && pt!.offset < pt!.node.data.length, () => `${fmt(block, i, pt)}: offset out of the node`);
    if (i > 0) ensure(compare(order, points[i - 1]!, pt!) <= 0, () => `${fmt(block, i, pt)}: before offset ${i - 1}`);
    if (text[i] !== ' ') {
      ensure(pt!.node.data[pt!.offset] === text[i], () => `${fmt(block, i, pt)}: another character`);
      if (lastWord !== null) ensure(compare(order, points[lastWord]!, pt!) < 0, () => `${fmt(block, i, pt)}: not after offset ${lastWord}`);
      lastWord = i;
    }
    points.push(pt!);
  }
  return points;
}

/**
 * A collapsed space stands for the whitespace between its neighbours: it must map to a whitespace character of
 * the DOM strictly between them. Where only <br>s separate the words there is no such character, and the space
 * may sit at the start of the next word.
 */
function checkSpaces(order: Order, block: TextBlock, points: DomPoint[], opts: ExtractOptions): void {
  const { text } = block;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== ' ') continue;
    const [prev, pt, next] = [points[i - 1]!, points[i]!, points[i + 1]!];
    if (whitespaceBetween(order, prev, next, block, opts)) {
      ensure(COLLAPSIBLE.test(pt.node.data[pt.offset]!), () => `${fmt(block, i, pt)}: a collapsed space must map to whitespace`);
      ensure(compare(order, prev, pt) < 0 && compare(order, pt, next) < 0, () => `${fmt(block, i, pt)}: not between its neighbours`);
    } else {
      ensure(compare(order, prev, pt) < 0 && compare(order, pt, next) <= 0, () => `${fmt(block, i, pt)}: not between its neighbours`);
    }
  }
}

/** Each kept text node is visible under the root; all visible text of the root is in the blocks, in order. */
function checkContent(root: Element, blocks: TextBlock[], opts: ExtractOptions): void {
  for (const b of blocks) {
    for (const s of b.segments) {
      ensure(visibleUnder(s.node, root, opts), () => `text from a left-out element: ${show(s.node.data)} in ${show(b.text)}`);
    }
  }
  const expected = textNodesInOrder(root)
    .filter((n) => visibleUnder(n, root, opts))
    .map((n) => n.data)
    .join('');
  expect(stripSpace(blocks.map((b) => b.text).join(''))).toBe(stripSpace(expected));
}

function checkExtraction(doc: Document, spaces: boolean): void {
  let article: ReturnType<typeof extractArticle> | undefined;
  expect(() => (article = extractArticle(doc))).not.toThrow();
  const { root, blocks, title } = article!;
  expect(root).not.toBeNull();
  // No text node is read twice (twice read, its quotes would be found twice).
  const seen = new Set<Text>();
  for (const b of blocks) {
    // A node whose whitespace collapses spans several segments in a row; anywhere else it was read twice.
    b.segments.forEach((s, k) => {
      if (k > 0 && b.segments[k - 1]!.node === s.node) return;
      ensure(!seen.has(s.node), () => `text node ${show(s.node.data)} read twice; blocks: ${blocks.map((x) => show(x.text)).join(' | ')}`);
      seen.add(s.node);
    });
  }
  const order = orderOf(doc);
  // Blocks come from the root, except the headline's, which come first when the headline sits outside the root.
  const headline = [...doc.querySelectorAll('h1')].find((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim() === title) ?? null;
  const fromHeadline = blocks.filter((b) => !root!.contains(b.element));
  const fromRoot = blocks.slice(fromHeadline.length);
  expect(
    fromRoot.every((b) => root!.contains(b.element)),
    'headline blocks must come first',
  ).toBe(true);
  if (fromHeadline.length > 0) {
    expect(headline).not.toBeNull();
    expect(fromHeadline.every((b) => headline!.contains(b.element))).toBe(true);
    checkContent(headline!, fromHeadline, { lenient: article!.lenient });
    for (const b of fromHeadline) {
      const points = checkCharacters(order, b);
      if (spaces) checkSpaces(order, b, points, {});
    }
  }
  // The walk reads all visible text of the root; the cleaning then drops whole blocks of page furniture only.
  const walked = collectBlocks(root!, { lenient: article!.lenient });
  checkContent(root!, walked, { lenient: article!.lenient });
  const kept = walked.filter((b, i) => !isFurniture(b, i, walked.length));
  expect(fromRoot.map((b) => b.text)).toEqual(kept.map((b) => b.text));
  for (const b of fromRoot) {
    const points = checkCharacters(order, b);
    if (spaces) checkSpaces(order, b, points, {});
  }
}

/** A stand-in for document.createRange that records what rangeFor sets. */
function recordingDocument(): { doc: Document; ranges: Array<{ start?: DomPoint; end?: DomPoint }> } {
  const ranges: Array<{ start?: DomPoint; end?: DomPoint }> = [];
  const doc = {
    createRange() {
      const r: { start?: DomPoint; end?: DomPoint } = {};
      ranges.push(r);
      return {
        setStart: (node: Text, offset: number) => (r.start = { node, offset }),
        setEnd: (node: Text, offset: number) => (r.end = { node, offset }),
      };
    },
  } as unknown as Document;
  return { doc, ranges };
}

// --- Properties ---

/** A random tree inside a wrapper div, and one of its elements (or the wrapper) to collect from. */
const subtree = fc.tuple(tree, fc.nat()).map(([t, pickElement]) => {
  const doc = newDocument();
  const wrapper = doc.createElement('div');
  wrapper.appendChild(build(doc, t));
  doc.body.appendChild(wrapper);
  const elements = [wrapper, ...wrapper.querySelectorAll('*')];
  return { doc, root: elements[pickElement % elements.length]! };
});
const hideOption: ExtractOptions = { isHidden: (el) => el.hasAttribute('data-hide') };

/** Hand-made pages, tried first by the properties they belong to (fast-check `examples`). */
const txt = (text: string): Tree => ({ kind: 'text', text });
const el = (tag: string, attrs: Array<[string, string]>, ...children: Tree[]): Tree => ({ kind: 'el', tag, attrs, children });
const LONG = '“We will not stop,” said Russian Foreign Minister Sergey Lavrov in a long statement on Friday morning in Moscow. ';
/** <h1>Talks collapse <article><p>…</p></article></h1>: the story is read twice. */
const headlineAroundStory: Page = {
  headline: 'Talks collapse',
  headlineAround: true,
  before: [],
  story: { tag: 'article', attrs: [], paragraphs: [el('p', [], txt(LONG.repeat(2)))] },
  after: [],
};
/** A story in <article>, then a longer reader comment, itself an <article>, in <section class="comments">. */
const commentThread: Page = {
  headline: null,
  headlineAround: false,
  before: [],
  story: { tag: 'article', attrs: [], paragraphs: [el('p', [], txt(LONG.repeat(2)))] },
  after: [el('section', [['class', 'comments']], el('article', [], el('p', [], txt(`I disagree. ${LONG.repeat(3)}`))))],
};

describe('extraction and anchoring on random DOM trees', () => {
  test(`extractArticle: no throw, characters anchored in document order, all and only visible text (${RUNS_EXTRACT} cases)`, () => {
    fc.assert(
      fc.property(page, (p) => checkExtraction(buildPage(p), false)),
      params(RUNS_EXTRACT),
    );
  });

  test(`extractArticle: every collapsed space maps to whitespace between its neighbours (${RUNS_SPACES} cases)`, () => {
    fc.assert(
      fc.property(page, (p) => checkExtraction(buildPage(p), true)),
      params(RUNS_SPACES),
    );
  });

  test(`extractArticle: no text is read twice when the headline wraps the story (${RUNS_HEADLINE} cases)`, () => {
    fc.assert(
      fc.property(pageWith(fc.boolean()), (p) => checkExtraction(buildPage(p), false)),
      { ...params<[Page]>(RUNS_HEADLINE), examples: [[headlineAroundStory]] },
    );
  });

  test(`extractArticle: the root is not hidden or hard chrome (comments, navigation), nor inside such an element (${RUNS_ROOT} cases)`, () => {
    fc.assert(
      fc.property(page, (p) => {
        const doc = buildPage(p);
        const { root, lenient } = extractArticle(doc);
        for (let el = root; el && el !== doc.body; el = el.parentElement) {
          const where = el === root ? 'is' : 'is inside';
          // Hard chrome only: a semantic root (<article>, <main>) is the story whatever its class words say.
          ensure(
            !leftOut(el, { lenient }, el === root, true),
            () => `the root <${root!.tagName.toLowerCase()}> ${where} a left-out element: ${el!.outerHTML.slice(0, 200)}`,
          );
        }
      }),
      { ...params<[Page]>(RUNS_ROOT), examples: [[commentThread]] },
    );
  });

  test(`collectBlocks on a random element, with an isHidden callback and block-count limits (${RUNS_COLLECT} cases)`, () => {
    fc.assert(
      fc.property(subtree, fc.integer({ min: 1, max: 6 }), ({ doc, root }, maxBlocks) => {
        let blocks: TextBlock[] = [];
        expect(() => (blocks = collectBlocks(root, hideOption))).not.toThrow();
        const order = orderOf(doc);
        // The root itself is never tested for skipping; below it, the rules apply.
        checkContent(root, blocks, hideOption);
        for (const b of blocks) checkCharacters(order, b);
        // With a block limit: the first maxBlocks blocks.
        const limited = collectBlocks(root, { ...hideOption, maxBlocks });
        expect(limited.map((b) => b.text)).toEqual(blocks.slice(0, maxBlocks).map((b) => b.text));
      }),
      params(RUNS_COLLECT),
    );
  });

  test(`collectBlocks: no block is longer than maxBlockChars (${RUNS_LIMITS} cases)`, () => {
    fc.assert(
      fc.property(subtree, fc.integer({ min: 1, max: 40 }), ({ doc, root }, maxBlockChars) => {
        const full = collectBlocks(root, hideOption);
        const limited = collectBlocks(root, { ...hideOption, maxBlockChars });
        const order = orderOf(doc);
        for (const b of limited) {
          checkCharacters(order, b);
          // A cut block is the start of the same block without the limit.
          expect(
            full.some((f) => f.element === b.element && f.text.startsWith(b.text)),
            show(b.text),
          ).toBe(true);
          expect(b.text.length, `block ${show(b.text)} is over maxBlockChars ${maxBlockChars}`).toBeLessThanOrEqual(maxBlockChars);
        }
      }),
      params(RUNS_LIMITS),
    );
  });

  test(`rangeFor maps random [start, end) to DOM points in document order (${RUNS_RANGES} cases)`, () => {
    fc.assert(
      fc.property(page, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }), (p, picks) => {
        const doc = buildPage(p);
        const { blocks } = extractArticle(doc);
        if (blocks.length === 0) return;
        const order = orderOf(doc);
        const { doc: rec, ranges } = recordingDocument();
        for (const [b, x, y] of picks) {
          const block = blocks[b % blocks.length]!;
          const n = block.text.length;
          const start = x % (n + 1);
          const end = y % (n + 1);
          const before = ranges.length;
          const r = rangeFor(rec, block, start, end);
          if (end <= start) {
            expect(r).toBeNull();
            continue;
          }
          expect(r).not.toBeNull();
          expect(ranges.length).toBe(before + 1);
          const { start: from, end: to } = ranges[before]!;
          // The range starts at the first character and ends just after the last one.
          expect(from).toEqual(pointAt(block, start));
          const last = pointAt(block, end - 1)!;
          expect(to).toEqual({ node: last.node, offset: last.offset + 1 });
          expect(to!.offset).toBeLessThanOrEqual(to!.node.data.length);
          expect(compare(order, from!, to!), `[${start}, ${end}) of ${show(block.text)}`).toBeLessThan(0);
        }
        expect(rangeFor(rec, blocks[0]!, 0, blocks[0]!.text.length + 1)).toBeNull();
        expect(rangeFor(rec, blocks[0]!, -1, 1)).toBeNull();
      }),
      params(RUNS_RANGES),
    );
  });
});

describe('deep nesting', () => {
  const sentence = '“We will not stop,” said Russian Foreign Minister Sergey Lavrov in a long statement on Friday morning in Moscow.';

  test('5,000 nested divs around a paragraph extract without a stack overflow', () => {
    const doc = newDocument();
    let parent: Element = doc.body;
    for (let i = 0; i < 5_000; i++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    const p = doc.createElement('p');
    p.appendChild(doc.createTextNode(sentence));
    parent.appendChild(p);
    const { blocks } = extractArticle(doc);
    expect(blocks.map((b) => b.text)).toEqual([sentence]);
    expect(blocks[0]!.element).toBe(p);
    checkCharacters(orderOf(doc), blocks[0]!);
  });

  test('5,000 nested inline elements in one paragraph extract as one block', () => {
    const doc = newDocument();
    const article = doc.createElement('article');
    const p = doc.createElement('p');
    article.appendChild(p);
    doc.body.appendChild(article);
    let parent: Element = p;
    for (let i = 0; i < 5_000; i++) {
      const el = doc.createElement(['span', 'em', 'strong', 'a', 'b', 'i', 'mark'][i % 7]!);
      el.appendChild(doc.createTextNode(i % 2 === 0 ? 'w ' : ' '));
      parent.appendChild(el);
      parent = el;
    }
    parent.appendChild(doc.createTextNode(sentence));
    const { blocks } = extractArticle(doc);
    expect(blocks.length).toBe(1);
    expect(blocks[0]!.text).toBe(`${'w '.repeat(2_500)}${sentence}`);
    checkCharacters(orderOf(doc), blocks[0]!);
  });

  // Found by the limits property: a cut before a trailing space left room, and the next text node's letters
  // were appended to the cut word.
  test('a block cut at its limit takes no more text from later nodes', () => {
    const { document } = parseHTML('<!doctype html><html><body><p id="p"></p></body></html>');
    const p = document.getElementById('p')!;
    p.appendChild(document.createTextNode('“not Russia’s s'));
    p.appendChild(document.createTextNode('aid,” said Sen. Ann Lee.'));
    const [block] = collectBlocks(p as unknown as Element, { maxBlockChars: 14 });
    expect(block!.text).toBe('“not Russia’s');
  });
});
