/** Without the Custom Highlight API, OnRecord wraps ranges; clearing them restores the DOM exactly. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { rangeFor } from '../../src/content/anchor';
import { extractArticle } from '../../src/content/extract';
import { createHighlighter } from '../../src/content/highlights';

const HTML = `<article><h1>Talks stall</h1><p>“We will <em>not</em> back down,” said <a href="/v">Mayor Ines Varga</a>. “Never.”</p>
<p>Police Chief Tom Baird said the plan was “<b>un</b>workable” <br>and costly.</p></article>`;

describe('wrapping fallback', () => {
  test('marks cover exactly the ranges, and clearing restores the serialised DOM', () => {
    const { window } = new JSDOM(`<!doctype html><body>${HTML}</body>`);
    const doc = window.document;
    const before = doc.body.innerHTML;
    const article = extractArticle(doc as unknown as Document);
    const [, p1, p2] = article.blocks;
    const ranges = [
      rangeFor(doc as unknown as Document, p1!, 0, p1!.text.indexOf('”') + 1)!,
      rangeFor(doc as unknown as Document, p1!, p1!.text.indexOf('Ines'), p1!.text.indexOf('Varga') + 5)!,
      rangeFor(doc as unknown as Document, p2!, p2!.text.indexOf('“'), p2!.text.indexOf('”') + 1)!,
    ];
    expect(ranges.map((r) => r.toString())).toEqual(['“We will not back down,”', 'Ines Varga', '“unworkable”']);
    const highlighter = createHighlighter({ doc: doc as unknown as Document });
    expect(highlighter.mode).toBe('wrap');
    highlighter.set('quote', [ranges[0]!, ranges[2]!]);
    highlighter.set('official', [ranges[1]!]);
    const marked = [...doc.querySelectorAll('mark[data-onrecord-mark]')];
    expect(marked.map((m) => `${m.getAttribute('data-onrecord-mark')}:${m.textContent}`).join('|')).toBe(
      'quote:“We will |quote:not|quote: back down,”|official:Ines Varga|quote:“|quote:un|quote:workable”',
    );
    expect(doc.body.innerHTML).not.toBe(before);
    highlighter.clear();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelectorAll('mark').length).toBe(0);
  });
});
