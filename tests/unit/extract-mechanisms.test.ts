/**
 * One fixture page per extraction mechanism (tests/fixtures/extraction: own markup, invented words): what is read
 * and what is not. Real sites' markup patterns, never their text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bodyParagraphs } from '../../src/cli/extract-files';
import { htmlDocument } from '../../src/cli/read-article';
import { extractArticle } from '../../src/content/extract';
import { isFurniture } from '../../src/content/extract-clean';

const read = (name: string) => {
  const article = extractArticle(htmlDocument(readFileSync(`tests/fixtures/extraction/${name}.html`, 'utf8')));
  return { article, text: bodyParagraphs(article).join('\n') };
};

describe('extraction mechanisms, one fixture page each', () => {
  test.each([
    // [fixture, read (substrings the body must hold), not read (substrings it must not)]
    ['container-word-exception', ['Marrowfield council voted', 'the vote came late'], ['Trending in Marrowfield']],
    ['soft-chrome-ancestor', ['Quellby ferry', 'last crossing of the season'], []],
    ['paywall-paragraphs', ['Ostrava Vale brewers', 'members-only paragraph'], []],
    ['article-body-share-class', ['Tindle orchard', 'third harvest'], []],
    ['lenient-second-read', ['Brackwater lighthouse', 'keeper retired'], ['Reader Plumtree wrote', 'Skip to the map', 'More from the coast desk']],
    ['form-wraps-page', ['Velmont tram', 'the new line opens'], ['Get the Velmont letter']],
    ['lone-teaser-article', ['Harlow Creek dam', 'engineers found the crack'], ['Teaser: Pennick fair']],
    ['several-articles', ['Sorrel Bay regatta', 'won by a length'], ['Card: Lantern walk']],
    ['sibling-sections', ['Dunmere station opened', 'second half of the timetable'], []],
    ['story-chunks', ['Pellham weir was rebuilt', 'The middle chunk', 'The last chunk'], ['Elsewhere: the Pellham bakery']],
    ['br-separated-text', ['Kestrel Row market', 'stalls stayed until dusk'], ['Pinned note from Kestrel Row']],
    ['readable-length', ['Fenwick lock gates', 'barges waited'], []],
    ['cookie-banner', ['Aldermoor library', 'reading room'], ['We use crumbs of data']],
    ['copyright-footer', ['Wrenfield choir', 'sang until the lamps dimmed'], ['All rights reserved']],
    ['nav-menu-body-root', ['Cobble Lane bakery', 'ovens went cold'], ['Weather', 'Classifieds']],
    ['byline-bio', ['Merrow Heath fire', 'crews held the line'], ['By Odile Prentice', 'writes about heathland']],
    ['data-table-body-root', ['Glimmerford shoe drive', 'every pair was sorted'], ['Row 11 size']],
  ])('%s', (name, reads, skips) => {
    const { text } = read(name);
    for (const r of reads) expect(text, `${name} should read "${r}"`).toContain(r);
    for (const s of skips) expect(text, `${name} should not read "${s}"`).not.toContain(s);
  });

  test('the CLI reads the real <body>: linkedom makes a new empty document.body for a page that starts at <body>', () => {
    const doc = htmlDocument(
      '<body class="site"><div><p>Pellow quarry reopened on Monday after the long winter closure, owners said.</p><p>Trucks lined the road before dawn and the first load left at six in the morning.</p><p>Neighbours counted forty trucks by noon, and the quarry hopes for more next week.</p></div></body>',
    );
    expect(bodyParagraphs(extractArticle(doc)).join(' ')).toContain('Pellow quarry reopened');
  });

  test('the headline is not a body paragraph', () => {
    const { article } = read('several-articles');
    expect(article.title).toBe('Sorrel Bay regatta ends in a photo finish');
    expect(bodyParagraphs(article)).not.toContain(article.title);
  });
});

describe('copyright footers: the closing blocks that start with the mark or the word', () => {
  const block = (text: string) => {
    const doc = htmlDocument(`<body><p>${text}</p></body>`);
    const element = doc.querySelector('p')!;
    return { element, text, segments: [{ node: element.firstChild as Text, start: 0, length: text.length, raw: 0 }] };
  };
  test.each([
    ['© 2031 Wrenfield Gazette', true],
    ['  (c) 2031 Wrenfield Gazette', true],
    ['Copyright 2031 Wrenfield Gazette', true],
    ['COPYRIGHT Wrenfield Gazette', true],
    ['\u00a0copyright Wrenfield', true],
    ['Copyrighted by the Wrenfield choir', false],
    ['(cannot say) the choir sang', false],
    ['The choir kept its copyright', false],
  ])('%j is a footer: %s', (text, footer) => {
    expect(isFurniture(block(text), 2, 3)).toBe(footer);
  });
});

describe('the visibility test (a computed style in the browser) is asked once per element in one read', () => {
  test.each(['story-chunks', 'sibling-sections', 'several-articles', 'lenient-second-read'])('%s', (name) => {
    const doc = htmlDocument(readFileSync(`tests/fixtures/extraction/${name}.html`, 'utf8'));
    const asked = new Map<Element, number>();
    const article = extractArticle(doc, { isHidden: (el) => (asked.set(el, (asked.get(el) ?? 0) + 1), false) });
    expect(bodyParagraphs(article)).toEqual(bodyParagraphs(extractArticle(htmlDocument(readFileSync(`tests/fixtures/extraction/${name}.html`, 'utf8')))));
    expect([...asked.values()].filter((n) => n > 1)).toEqual([]);
    // A second read asks again: styles may have changed in between.
    extractArticle(doc, { isHidden: (el) => (asked.set(el, (asked.get(el) ?? 0) + 1), false) });
    expect(Math.min(...asked.values())).toBe(2);
  });
});
