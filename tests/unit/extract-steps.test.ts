/**
 * How much of the page one step of the extraction touches. The content script gives the main thread back between
 * steps, so a step that visits every child of a flat 20,000-child <article> is a long task on the reader's page.
 * Work is counted as tree moves (firstChild, lastChild, nextSibling, previousSibling), not timed: the count is the
 * same on any machine.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { htmlDocument } from '../../src/cli/read-article';
import { extractSteps, runSteps, walkBlocks } from '../../src/content/extract';
import { readableLength } from '../../src/content/extract-skip';
import { ARTICLE_LIMITS } from '../../src/core/index';

const MOVES = ['firstChild', 'lastChild', 'nextSibling', 'previousSibling'] as const;
let moves = 0;
const restores: Array<() => void> = [];

/** Counts every tree move, on the prototypes that define them in this DOM (the sample's node kinds). */
function countMoves(sample: Node[]): void {
  for (const node of sample) {
    for (const name of MOVES) {
      let owner: object | null = node;
      while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner) as object | null;
      const descriptor = owner && Object.getOwnPropertyDescriptor(owner, name);
      if (!owner || !descriptor?.get || (descriptor.get as { counted?: boolean }).counted) continue;
      const get = descriptor.get;
      const counted = Object.assign(
        function (this: Node) {
          moves++;
          return get.call(this) as unknown;
        },
        { counted: true },
      );
      Object.defineProperty(owner, name, { ...descriptor, get: counted });
      const target = owner;
      restores.push(() => Object.defineProperty(target, name, descriptor));
    }
  }
}

afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
});

/** A flat story: `n` paragraphs, each with a few inline elements, all children of one <article>. */
function flatPage(n: number): Document {
  const paragraphs: string[] = [];
  for (let i = 0; i < n; i++) paragraphs.push(`<p><span>Line ${i} of the harbour log was read aloud.</span> <b>Tide</b> <i>noted</i></p>`);
  return htmlDocument(`<!doctype html><html><body><main><article><h1>The Harbour Log</h1>\n${paragraphs.join('\n')}</article></main></body></html>`);
}

/** The most tree moves between two yields of stepwise work, and its result. */
function worstStep<T>(steps: Generator<void, T, void>): { worst: number; value: T } {
  let worst = 0;
  for (;;) {
    const before = moves;
    const r = steps.next();
    worst = Math.max(worst, moves - before);
    if (r.done) return { worst, value: r.value };
  }
}

describe('one step of the extraction touches a bounded part of the page, however flat it is', () => {
  test.each([
    // [paragraphs under one <article>]
    [2_000],
    [10_000],
  ])('%i paragraphs', (n) => {
    const doc = flatPage(n);
    const article = doc.querySelector('article')!;
    countMoves([article, article.firstChild!, doc.querySelector('p')!, doc.querySelector('span')!.firstChild!]);
    const { worst, value } = worstStep(walkBlocks(article));
    // The headline and every paragraph, up to the blocks an article may have.
    expect(value.length).toBe(Math.min(n + 1, ARTICLE_LIMITS.blocks));
    // 64 nodes a step, each with a move or two in and a climb out of its element.
    expect(worst).toBeLessThan(1_000);
    const whole = worstStep(extractSteps(doc));
    expect(whole.value.blocks.length).toBe(Math.min(n + 1, ARTICLE_LIMITS.blocks));
    expect(whole.worst).toBeLessThan(1_000);
  });

  test('the readable length of a long flat element stops at the cap', () => {
    const doc = flatPage(10_000);
    const article = doc.querySelector('article')!;
    countMoves([article, article.firstChild!, doc.querySelector('p')!, doc.querySelector('span')!.firstChild!]);
    const before = moves;
    expect(readableLength(article, 200, {})).toBeGreaterThanOrEqual(200);
    expect(moves - before).toBeLessThan(100);
  });

  test('the walk reads the same blocks as before on nested and empty elements', () => {
    const doc = htmlDocument(
      '<html><body><div id="r">Lead text <p>One <b>bold</b></p><div></div><section><p>Two</p>tail<br>after</section>end</div></body></html>',
    );
    const blocks = runSteps(walkBlocks(doc.getElementById('r')!)).map((b) => [b.element.tagName, b.text]);
    expect(blocks).toEqual([
      ['DIV', 'Lead text'],
      ['P', 'One bold'],
      ['P', 'Two'],
      ['SECTION', 'tail after'],
      ['DIV', 'end'],
    ]);
  });
});
