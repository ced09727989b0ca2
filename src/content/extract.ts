/**
 * Page text extraction: finds the article's text blocks and keeps, for every block,
 * the text nodes behind each character so offsets can be mapped back to DOM positions.
 * Works on any Document (the browser's, or linkedom's in the CLI).
 */
import { INLINE_TAGS, MIN_ROOT_TEXT } from './extract-rules';
import { isSkipped, readableLength, type SkipOptions } from './extract-skip';
import { Chrome } from './chrome-words';
import { cleanSteps } from './extract-clean';
import { chooseRootSteps } from './extract-root';
import { ARTICLE_LIMITS } from '../core/index';

export interface Segment {
  node: Text;
  /** Offset of this segment's first character in the block text. */
  start: number;
  /** How many block characters the segment holds. */
  length: number;
  /** Offset in node.data of the segment's first character; the rest follow it one for one. */
  raw: number;
}

export interface TextBlock {
  element: Element;
  text: string;
  segments: Segment[];
}

export interface ExtractedArticle {
  title: string;
  root: Element | null;
  blocks: TextBlock[];
  /** Whether this is the lenient second read, which reads soft chrome (class words) too. */
  lenient: boolean;
}

export { isSkipped };

export interface ExtractOptions extends SkipOptions {
  maxBlocks?: number;
  maxBlockChars?: number;
}

const ELEMENT = 1;
const TEXT = 3;
/** Whitespace that collapses to one space, as in rendered text. */
const SPACE_RUN = /[ \t\n\r\f]+/g;
/**
 * Whitespace that does not map one for one (tabs, line breaks, double spaces). String searches, not a pattern: a
 * pattern is compiled again in every page the content script runs in, and this runs on every text node.
 */
const isMessy = (data: string) => data.includes('\n') || data.includes('  ') || data.includes('\t') || data.includes('\r') || data.includes('\f');

class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  /** Where the whitespace that collapses into the next space was: its node and offset, or a <br> (null node). */
  private pending: { node: Text | null; offset: number } | null = null;
  private full = false;

  constructor(
    readonly element: Element,
    private readonly maxChars: number,
  ) {}

  /** Run by run, not character by character: this runs on every page, mostly as cold code. */
  addText(node: Text): void {
    const data = node.data;
    // Most text nodes hold only single spaces, which map one for one: the node is one run, with at most
    // a space at either end to collapse.
    if (!isMessy(data)) {
      const lead = data.charCodeAt(0) === 32 ? 1 : 0;
      const end = data.length > lead && data.charCodeAt(data.length - 1) === 32 ? data.length - 1 : data.length;
      if (lead) this.space(node, 0);
      if (end > lead && !this.addWord(node, data, lead, end)) return;
      if (end < data.length && end >= lead) this.space(node, end);
      return;
    }
    SPACE_RUN.lastIndex = 0;
    for (let i = 0; ;) {
      const space = SPACE_RUN.exec(data);
      const end = space ? space.index : data.length;
      if (end > i && !this.addWord(node, data, i, end)) return;
      if (!space) return;
      this.space(node, space.index);
      i = space.index + space[0].length;
    }
  }

  private space(node: Text, offset: number): void {
    // Real whitespace is a better anchor than a <br>, so it replaces one.
    if (this.text.length > 0 && (!this.pending || this.pending.node === null)) this.pending = { node, offset };
  }

  addBreak(): void {
    if (this.text.length > 0 && !this.pending) this.pending = { node: null, offset: 0 };
  }

  /** Adds data[from, to), cut at the block's length limit; false once the block is full. */
  private addWord(node: Text, data: string, from: number, to: number): boolean {
    const room = this.maxChars - this.text.length - (this.pending ? 1 : 0);
    if (room <= 0 || this.full) return false;
    if (this.pending) {
      // The collapsed space maps to the whitespace it came from; after a <br>, to the next word.
      this.push(' ', this.pending.node ?? node, this.pending.node ? this.pending.offset : from);
      this.pending = null;
    }
    let end = Math.min(to, from + room);
    // A run may hold single spaces: a cut must not leave one at the block's end.
    if (end < to) {
      while (end > from && data.charCodeAt(end - 1) === 32) end--;
      // Cut once, the block takes nothing more: later text would not follow on from where it stopped.
      this.full = true;
    }
    if (end > from) this.push(data.slice(from, end), node, from);
    return end === to;
  }

  private push(chars: string, node: Text, raw: number): void {
    const seg = this.segments[this.segments.length - 1];
    if (seg && seg.node === node && seg.raw + seg.length === raw) seg.length += chars.length;
    else this.segments.push({ node, start: this.text.length, length: chars.length, raw });
    this.text += chars;
  }
}

/** Yielded every so many nodes so a caller can give the main thread back on huge pages. */
const NODES_PER_STEP = 64;
export type Steps<T> = Generator<void, T, void>;

/**
 * Walks the root without recursion (pages nest thousands deep) and cuts it into blocks. The walk goes a node at a
 * time through the live tree: pushing an element's children up front put a flat 20,000-child <article> into one step.
 * A node the page moves out of the root between steps ends the walk; the page's mutation makes it read again.
 */
export function* walkBlocks(root: Element, opts: ExtractOptions = {}): Steps<TextBlock[]> {
  const maxBlocks = opts.maxBlocks ?? ARTICLE_LIMITS.blocks;
  const maxChars = opts.maxBlockChars ?? ARTICLE_LIMITS.paragraphChars;
  const blocks: TextBlock[] = [];
  // open[i + 1] is the builder of entered[i], a block element the walk is inside; open[0] is the root's.
  const open: BlockBuilder[] = [new BlockBuilder(root, maxChars)];
  const entered: Node[] = [];
  const flush = (b: BlockBuilder) => {
    if (b.text.trim().length > 0 && blocks.length < maxBlocks) blocks.push({ element: b.element, text: b.text, segments: b.segments });
  };
  const leave = (el: Node | null) => {
    if (el !== null && entered[entered.length - 1] === el) flush((entered.pop(), open.pop()!));
  };
  let node: Node | null = root.firstChild;
  for (let n = 1; node && blocks.length < maxBlocks; n++) {
    if (n % NODES_PER_STEP === 0) {
      yield;
      if (!root.contains(node)) break;
    }
    const enter = readNode(node, root, opts, open, maxChars, flush);
    if (enter && !INLINE_TAGS.has((node as Element).tagName.toUpperCase())) entered.push(node);
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    leave(node);
    let at: Node | null = node;
    for (; at && at !== root && !at.nextSibling; at = at.parentNode) leave(at.parentNode);
    node = at && at !== root ? at.nextSibling : null;
  }
  while (open.length > 0) flush(open.pop()!);
  return blocks;
}

/** Reads one node into the open blocks; true when the walk goes into it (an element read, not a <br>). */
function readNode(node: Node, root: Element, opts: ExtractOptions, open: BlockBuilder[], maxChars: number, flush: (b: BlockBuilder) => void): boolean {
  const top = open[open.length - 1]!;
  if (node.nodeType === TEXT) {
    top.addText(node as Text);
    return false;
  }
  if (node.nodeType !== ELEMENT) return false;
  const el = node as Element;
  if (isSkipped(el, root, opts)) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'BR') {
    top.addBreak();
    return false;
  }
  if (!INLINE_TAGS.has(tag)) {
    flush(top);
    open[open.length - 1] = new BlockBuilder(top.element, maxChars);
    open.push(new BlockBuilder(el, maxChars));
  }
  return true;
}

/** Runs stepwise work to the end at once (the CLI, small pages). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export const collectBlocks = (root: Element, opts: ExtractOptions = {}): TextBlock[] => runSteps(walkBlocks(root, opts));

function findTitle(doc: Document, root: Element | null): string {
  // An <h1> wrapping the whole story (broken markup) is not its headline.
  const h1 = root?.querySelector('h1') ?? [...doc.querySelectorAll('article h1, main h1, h1')].find((h) => !root || !h.contains(root));
  const fromH1 = h1?.textContent?.replace(/\s+/g, ' ').trim();
  if (fromH1) return fromH1;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || (doc.title ?? '').trim();
}

/** The page's real <body>: linkedom's `document.body` can be a new, empty one beside it. */
function bodyOf(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstChild) return body;
  return doc.querySelector('body') ?? body ?? doc.documentElement;
}

function* readSteps(doc: Document, body: Element, opts: ExtractOptions): Steps<{ root: Element; blocks: TextBlock[]; length: number }> {
  // A candidate's ancestors are tested for hard chrome only: a story inside `div.Page-ad-margins` is still the story.
  const inside = (el: Element) => {
    for (let a = el.parentElement; a && a !== body; a = a.parentElement) if (isSkipped(a, null, opts, Chrome.Hard)) return false;
    return true;
  };
  const acceptable = (el: Element) => !isSkipped(el, null, opts) && inside(el);
  const semantic = (el: Element) => !isSkipped(el, null, opts, Chrome.Hard) && inside(el);
  const root = yield* chooseRootSteps(doc, body, (el, cap) => readableLength(el, cap, opts), acceptable, semantic);
  const blocks = yield* cleanSteps(yield* walkBlocks(root, opts));
  return { root, blocks, length: blocks.reduce((n, b) => n + b.text.length, 0) };
}

/** A first read shorter than this may have lost the story to class words; longer ones are never read again. */
const SHORT_READ = 2000;
/** ...and is read again when the page holds this many times as much readable text. */
const PAGE_RATIO = 4;

/**
 * The visibility test answered once per element and read: root choice asks it again of the same candidates and
 * their ancestors (on 30 benchmark pages 3,945 asks of 2,417 elements, one page 804 of 111), and each ask is a
 * computed style. Only for this read: a live page's styles may change before the next.
 */
function onceEach(isHidden: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    let hidden = known.get(el);
    if (hidden === undefined) known.set(el, (hidden = isHidden(el)));
    return hidden;
  };
}

export function* extractSteps(doc: Document, options: ExtractOptions = {}): Steps<ExtractedArticle> {
  const body = bodyOf(doc);
  if (!body) return { title: '', root: null, blocks: [], lenient: false };
  const opts = options.isHidden ? { ...options, isHidden: onceEach(options.isHidden) } : options;
  let read = yield* readSteps(doc, body, opts);
  let lenient = !!opts.lenient;
  if (read.length < SHORT_READ && !opts.lenient) {
    const leniently = { ...opts, lenient: true };
    const cap = Math.max(read.length * PAGE_RATIO, MIN_ROOT_TEXT);
    if (readableLength(body, cap, leniently) >= cap) {
      const second = yield* readSteps(doc, body, leniently);
      if (second.length > read.length) [read, lenient] = [second, true];
    }
  }
  const { root, blocks } = read;
  const title = findTitle(doc, root);
  // The headline is paragraph 0, as in the text format, even when it sits outside the article root.
  if (title && blocks[0]?.text !== title) {
    const h1 = [...doc.querySelectorAll('h1')].find((h) => h.textContent?.replace(/\s+/g, ' ').trim() === title);
    if (h1 && !root.contains(h1) && !h1.contains(root)) blocks.unshift(...collectBlocks(h1, opts));
  }
  return { title, root, blocks, lenient };
}

export const extractArticle = (doc: Document, opts: ExtractOptions = {}): ExtractedArticle => runSteps(extractSteps(doc, opts));

export function toArticleInput(article: ExtractedArticle): { title: string; paragraphs: string[] } {
  // Cut where the background stops reading; the CLI cuts the same way, so the two agree.
  const paragraphs: string[] = [];
  let total = 0;
  for (const b of article.blocks) {
    if ((total += b.text.length) > ARTICLE_LIMITS.totalChars) break;
    paragraphs.push(b.text);
  }
  return { title: article.title.slice(0, ARTICLE_LIMITS.title), paragraphs };
}
