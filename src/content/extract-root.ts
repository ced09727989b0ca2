/** Chooses the element that holds the article: semantic markup first, else the densest run of paragraphs. */
import { MIN_ROOT_TEXT, ROOT_SELECTORS } from './extract-rules';

/** Text length of an element, read no further than `cap` characters. */
export type Measure = (el: Element, cap: number) => number;

/** Enough text to compare candidate roots, without reading a 5 MB article in one go. */
const MEASURE_CAP = 50_000;

/** `acceptable` rejects candidates that are hidden, chrome (comment threads of <article>s), or inside such. */
export function chooseRoot(doc: Document, body: Element, measure: Measure, acceptable: (el: Element) => boolean = () => true): Element {
  for (const selector of ROOT_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter(acceptable);
    // A lone candidate only has to hold enough text, which the first few text nodes usually show.
    if (candidates.length === 1) {
      if (measure(candidates[0]!, MIN_ROOT_TEXT) >= MIN_ROOT_TEXT) return candidates[0]!;
      continue;
    }
    let best: Element | null = null;
    let bestLength = MIN_ROOT_TEXT - 1;
    for (const el of candidates) {
      const length = measure(el, MEASURE_CAP);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    if (best) return best;
  }
  return densestContainer(body, acceptable) ?? body;
}

/** The parent whose direct paragraph children carry the most text. */
function densestContainer(body: Element, acceptable: (el: Element) => boolean): Element | null {
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < 25) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = MIN_ROOT_TEXT - 1;
  for (const [el, score] of scores) if (score > bestScore && acceptable(el)) [best, bestScore] = [el, score];
  return best;
}
