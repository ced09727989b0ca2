/** A saved quote shows one colour: the saved layer takes over the quotes it touches, marks included. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { layerHighlights } from '../../src/content/highlight-layers';

const TEXT = '“We will not back down,” said Mayor Ines Varga. “Never.” Then “the plan is dead,” she added.';

function setup() {
  const { window } = new JSDOM(`<!doctype html><body><p>${TEXT}</p></body>`);
  const doc = window.document;
  const node = doc.querySelector('p')!.firstChild!;
  const range = (text: string) => {
    const at = TEXT.indexOf(text);
    const r = doc.createRange();
    r.setStart(node, at);
    r.setEnd(node, at + text.length);
    return r as unknown as Range;
  };
  return range;
}

const QUOTES = ['“We will not back down,”', '“Never.”', '“the plan is dead,”'];

describe('layerHighlights', () => {
  test.each([
    ['nothing saved: every quote in the quote layer', [], QUOTES, []],
    ['a saved quote’s words take its marks with them', ['Never.'], [QUOTES[0], QUOTES[2]], ['“Never.”']],
    ['two saved quotes, in any order', ['the plan is dead,', 'We will not back down,'], ['“Never.”'], ['“the plan is dead,”', '“We will not back down,”']],
    ['a selection past a quote’s end keeps its own end', ['Never.” Then'], [QUOTES[0], QUOTES[2]], ['“Never.” Then']],
    ['a saved part of a quote takes the whole quote', ['not back'], [QUOTES[1], QUOTES[2]], [QUOTES[0]]],
    ['saved words outside every quote stay as they are', ['Mayor Ines'], QUOTES, ['Mayor Ines']],
    ['touching a quote’s edge without overlapping takes nothing', [' said'], QUOTES, [' said']],
  ])('%s', (_name, saved, quoteLayer, savedLayer) => {
    const range = setup();
    const layers = layerHighlights(
      QUOTES.map((q) => range(q!)),
      saved.map((s) => range(s)),
    );
    expect(layers.quote.map((r) => r.toString())).toEqual(quoteLayer);
    expect(layers.saved.map((r) => r.toString())).toEqual(savedLayer);
    // One colour per character: no character is in both layers.
    for (const q of layers.quote) for (const s of layers.saved) expect(q.compareBoundaryPoints(3, s) >= 0 || q.compareBoundaryPoints(1, s) <= 0).toBe(true);
  });
});
