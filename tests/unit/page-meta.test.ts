import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { extractArticle, toArticleInput } from '../../src/content/extract';
import { readMetaText } from '../../src/content/page-meta';
import { readPageMeta } from '../../src/cli/page-meta';
import { isoOrNull, sourceFromMeta } from '../../src/core/sources';
import { contentSchemas } from '../../src/shared/protocol';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (file: string) => doc(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'));

describe('readPageMeta', () => {
  test('canonical link without tracking parameters, outlet, published date (meta tag)', () => {
    const m = readPageMeta(page('capital-ledger-ceasefire-talks.html'), 'https://capital-ledger.test/x?utm_source=feed', 'Headline');
    expect(m.url.startsWith('https://capital-ledger.test/2026/03/11/world/')).toBe(true);
    expect(m.url).not.toMatch(/utm_/);
    expect(m).toMatchObject({ title: 'Headline', outlet: 'The Capital Ledger', published: '2026-03-11T19:20:00.000Z' });
  });

  test('published date from JSON-LD', () => {
    const m = readPageMeta(page('harbour-times-free-ferry-pilot.html'), 'https://harbour-times.test/', 'H');
    expect(m.published).toBe('2026-04-21T20:45:00.000Z');
  });

  test.each([
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://news.test/a?utm_medium=x&id=7#top">', 'https://news.test/a?id=7'],
    ['a canonical link to another site is not trusted', '<link rel="canonical" href="https://elsewhere.test/story">', 'https://news.test/page?id=1'],
    ['a javascript: canonical is ignored', '<link rel="canonical" href="javascript:alert(1)">', 'https://news.test/page?id=1'],
  ])('%s', (_name, head, url) => {
    const m = readPageMeta(doc(`<html><head>${head}</head><body></body></html>`), 'https://news.test/page?id=1&fbclid=abc', 'T');
    expect(m.url).toBe(url);
    expect(m.outlet).toBe('news.test');
  });

  test('broken JSON-LD and no dates give null, not an error', () => {
    const m = readPageMeta(doc('<html><head><script type="application/ld+json">{oops</script></head><body></body></html>'), 'https://news.test/', 'T');
    expect(m.published).toBeNull();
  });
});

describe('published dates read without Date.parse agree with it', () => {
  test.each([
    '2026-03-11T20:20:00+01:00',
    '2026-03-11T19:20:00Z',
    '2026-03-11',
    '2026-03-11T19:20:00.5-05:30',
    '2026-03-11T19:20+0100',
    '2026-03-11T19:20:00.123456Z',
    ' 2026-03-11T19:20:00Z ',
    'March 11, 2026 19:20 GMT',
  ])('%s', (value) => {
    expect(isoOrNull(value)).toBe(new Date(Date.parse(value.trim())).toISOString());
  });
  test.each(['2026-13-11T19:20:00Z', '2026-03-11T25:00:00Z', 'not a date', ''])('%s is no date', (value) => {
    expect(isoOrNull(value)).toBeNull();
  });
});

describe('a page with overlong metadata is still read', () => {
  test('headline, outlet and address are cut to what the background accepts', () => {
    const long = (word: string, n: number) => Array(n).fill(word).join(' ');
    const d = doc(`<!doctype html><html><head><meta property="og:site_name" content="${long('Outlet', 300)}"></head>
      <body><h1>${long('Headline', 400)}</h1><article><p>“We will not raise the levy,” said Finance Minister Lena Sorensen on Tuesday, to applause.</p>
      <p>${long('More article text follows here.', 20)}</p></article></body></html>`);
    const input = toArticleInput(extractArticle(d));
    const source = readPageMeta(d, `https://news.example/story?${'x'.repeat(9000)}`, input.title);
    const request = { article: input, meta: readMetaText(d, input.title), location: 'https://news.example/story' };
    const parsed = v.safeParse(contentSchemas.analyzePage, request);
    expect(parsed.success, parsed.success ? '' : v.summarize(parsed.issues)).toBe(true);
    expect(source.title.length).toBeLessThanOrEqual(2048);
  });
});

describe('the content script reads metadata strings only; fallbacks only when needed', () => {
  const head = (h: string) => doc(`<html><head>${h}</head><body></body></html>`);
  test('a meta published time leaves JSON-LD and <time> unread', () => {
    const m = readMetaText(
      head('<meta property="article:published_time" content="2026-03-11T19:20:00Z"><script type="application/ld+json">{"datePublished":"2020-01-01"}</script>'),
      'H',
    );
    expect(m).toMatchObject({ publishedTime: '2026-03-11T19:20:00Z', jsonLd: [], timeDatetime: null, ogTitle: null, docTitle: '' });
  });
  test('JSON-LD without a date, or over the size limit, is not sent', () => {
    const big = `{"datePublished":"2026-01-01","x":"${'y'.repeat(300_000)}"}`;
    const m = readMetaText(head(`<script type="application/ld+json">{"@type":"Person"}</script><script type="application/ld+json">${big}</script>`), '');
    expect(m.jsonLd).toEqual([]);
  });
  test('at most four JSON-LD scripts are sent, and the first dated one wins', () => {
    const scripts = [1, 2, 3, 4, 5, 6].map((n) => `<script type="application/ld+json">{"datePublished":"2026-01-0${n}"}</script>`).join('');
    const m = readMetaText(head(scripts), 'H');
    expect(m.jsonLd).toHaveLength(4);
    expect(sourceFromMeta(m, 'https://news.test/a', 'H').published).toBe('2026-01-01T00:00:00.000Z');
  });
  test('the og:title and document title stand in for a missing headline', () => {
    expect(sourceFromMeta(readMetaText(head('<meta property="og:title" content=" From OG "><title>Doc</title>'), ''), 'https://news.test/', '').title).toBe(
      'From OG',
    );
    expect(sourceFromMeta(readMetaText(head('<title> Doc </title>'), ''), 'https://news.test/', '').title).toBe('Doc');
  });
  test('the first of each element wins, wherever the page puts it, and the document is queried once', () => {
    // A query for an element the page lacks reads the whole document: seven took 20 ms on a 50,000-element page.
    const d = doc(
      `<html><head><link rel="alternate canonical" href="https://news.test/first"><meta property="og:site_name" content="First Post"></head>` +
        `<body><meta property="og:site_name" content="Second Post"><link rel="canonical" href="https://news.test/second">` +
        `<time datetime="2026-05-01">May</time><time datetime="2026-06-01">June</time></body></html>`,
    );
    let queries = 0;
    for (const name of ['querySelector', 'querySelectorAll'] as const) {
      const own = d[name].bind(d) as (s: string) => unknown;
      Object.defineProperty(d, name, { value: (s: string) => (queries++, own(s)) });
    }
    expect(readMetaText(d, 'H')).toMatchObject({ canonical: 'https://news.test/first', siteName: 'First Post', timeDatetime: '2026-05-01' });
    expect(queries).toBe(1);
  });
});
