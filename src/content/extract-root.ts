/**
 * Chooses the element that holds the article: the paragraphs' densest container, or the semantic element
 * (articleBody, <article>, <main>) that holds it. Lengths are of readable text, not raw text.
 */
import { MIN_ROOT_TEXT, ROOT_SELECTORS } from './extract-rules';

/** Readable text length of an element, read no further than `cap` characters. */
export type Measure = (el: Element, cap: number) => number;

/** Enough text to compare candidate roots, without reading a 5 MB article in one go. */
const MEASURE_CAP = 50_000;
/** Shorter paragraphs are captions, labels and links, not the story's run of text. */
const MIN_PARAGRAPH = 25;
/** A semantic candidate that does not hold the densest container must be about as long to win (a teaser is not). */
const RIVAL_SHARE = 0.7;
/** A sibling section holding this share of the best container's text is more of the same story. */
const SIBLING_SHARE = 0.2;
/** How many wrappers up sibling sections and same-class chunks are looked for (a chunk may sit in four wrappers). */
const CLIMB = 5;

interface Dense {
  el: Element;
  score: number;
  scores: Map<Element, number>;
}

/** Yielded every so many paragraphs measured, so that a 2 MB page gives the main thread back while choosing. */
const PARAGRAPHS_PER_STEP = 32;
/** What a paragraph may hold that is never read: only then is it walked to be measured. */
const UNREADABLE = 'script, style, noscript, template, svg, button, [hidden], [aria-hidden="true"], [style]';
/** Paragraphs scored to find the densest container, in document order. */
const MAX_PARAGRAPHS = 1_500;
/** A paragraph is measured no further: longer is long enough to count in full. */
const PARAGRAPH_CAP = 5_000;

/**
 * `acceptable` rejects candidates that are hidden, chrome, or inside hidden or hard chrome (comment threads);
 * `semantic` tests an articleBody, <article> or <main> for hard chrome only: its markup already says it is the story.
 */
export function* chooseRootSteps(
  doc: Document,
  body: Element,
  measure: Measure,
  acceptable: (el: Element) => boolean,
  semantic: (el: Element) => boolean,
): Generator<void, Element, void> {
  const dense = yield* densestContainer(body, measure, acceptable);
  for (const selector of ROOT_SELECTORS) {
    // Each selector query reads the whole page: on a 2 MB page, one slice each.
    yield;
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => el !== body && semantic(el));
    if (candidates.length === 0) continue;
    // Of several <article>s, the one around the story's paragraphs; the innermost such, as they may nest.
    const holders = dense ? candidates.filter((c) => c.contains(dense.el)) : [];
    const holder = holders[holders.length - 1];
    if (holder && measure(holder, MIN_ROOT_TEXT) >= MIN_ROOT_TEXT) return tighter(holder, dense!, acceptable);
    let best: Element | null = null;
    let bestLength = MIN_ROOT_TEXT - 1;
    for (const el of candidates) {
      const length = measure(el, MEASURE_CAP);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    // A lone <article> in a rail of teasers is shorter than the story it sits beside.
    if (best && (!dense || bestLength >= dense.score * RIVAL_SHARE)) return best;
  }
  return dense ? mergeSiblings(dense, body, acceptable) : body;
}

/** The parent whose direct paragraphs (and <br>-separated text) carry the most readable text. */
function* densestContainer(body: Element, measure: Measure, acceptable: (el: Element) => boolean): Generator<void, Dense | null, void> {
  const scores = new Map<Element, number>();
  const add = (el: Element, length: number) => scores.set(el, (scores.get(el) ?? 0) + length);
  let n = 0;
  for (const p of body.querySelectorAll('p')) {
    // Enough to find where the story's paragraphs are; a 2 MB page has ten times as many.
    if (++n > MAX_PARAGRAPHS) break;
    if (n % PARAGRAPHS_PER_STEP === 0) yield;
    const parent = p.parentElement;
    if (!parent) continue;
    // Most paragraphs hold only text and inline markup: their readable length is their text's, without a walk.
    const plain = p.firstElementChild === null || p.querySelector(UNREADABLE) === null;
    const length = plain ? (p.textContent ?? '').trim().length : measure(p, PARAGRAPH_CAP);
    if (length >= MIN_PARAGRAPH) add(parent, length);
  }
  yield;
  // Text in a <div> broken by <br>s is that div's paragraphs: it counts for the div itself.
  const broken = new Set<Element>();
  for (const br of body.querySelectorAll('br')) {
    const parent = br.parentElement;
    if (parent && parent.tagName.toUpperCase() !== 'P' && !broken.has(parent)) broken.add(parent);
  }
  for (const el of broken) {
    let length = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) length += (c as Text).data.trim().length;
    if (length >= MIN_PARAGRAPH) add(el, length);
  }
  yield;
  let best: Element | null = null;
  let bestScore = MIN_ROOT_TEXT - 1;
  for (const [el, score] of scores) if (score > bestScore && acceptable(el)) [best, bestScore] = [el, score];
  return best ? { el: best, score: bestScore, scores } : null;
}

const TIGHT_SHARE = 0.6;
/**
 * Inside a semantic holder (an <article> around captions, rails and links as well), the story's own paragraphs with
 * their sibling sections, when they carry most of its text.
 */
function tighter(holder: Element, dense: Dense, acceptable: (el: Element) => boolean): Element {
  const merged = mergeSiblings(dense, holder, acceptable);
  if (merged === holder) return holder;
  // Paragraph text, from the scores already taken: measuring both again would read the story twice more.
  let inMerged = 0;
  let inHolder = 0;
  for (const [el, s] of dense.scores) {
    if (merged.contains(el)) inMerged += s;
    if (holder.contains(el)) inHolder += s;
  }
  return inMerged >= TIGHT_SHARE * inHolder ? merged : holder;
}

/**
 * Climbs from the best container while its siblings hold enough of the same story's paragraphs; further out, only
 * chunks of the same template (the same class) count, as when a story is cut into chunks between ad slots.
 */
function mergeSiblings({ el, score, scores }: Dense, body: Element, acceptable: (el: Element) => boolean): Element {
  const template = el.getAttribute('class');
  let root = el;
  let adjacent = true;
  let parent = el.parentElement;
  for (let level = 0; level < CLIMB && parent && parent !== body && body.contains(parent); level++, parent = parent.parentElement) {
    let beside = 0;
    for (const [other, s] of scores) {
      if (root.contains(other) || !parent.contains(other) || !acceptable(other)) continue;
      if (adjacent || (template && other.getAttribute('class') === template)) beside = Math.max(beside, s);
    }
    if (beside >= score * SIBLING_SHARE) root = parent;
    else adjacent = false;
  }
  return root;
}
