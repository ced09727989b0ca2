/** The Markdown export, rendered by a real CommonMark renderer: page text never becomes a link, HTML or structure. */
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { buildQuoteRecord, type PersonRecord, type SourceRecord } from '../../src/core/index';
import { escapeMarkdown, slimForMarkdown, toMarkdown } from '../../src/shared/markdown-format';
import { makeInput } from './storage/helpers';

const md = new MarkdownIt({ html: true, linkify: false });
const render = (text: string) => md.render(text);

describe('escapeMarkdown: hostile page text renders as the same words', () => {
  test.each([
    ['[click](javascript:alert(1))'],
    ['![x](https://evil.test/pixel.png)'],
    ['<img src=x onerror=alert(1)>'],
    ['<https://evil.test/>'],
    ['# Not a heading'],
    ['1. not a list'],
    ['- not a list'],
    ['**not bold** and `not code` and ~~not struck~~'],
    ['a | table | row'],
    ['&lt;entity&gt;'],
    ['line one\n\n# line two'],
  ])('%j', (text) => {
    const html = render(escapeMarkdown(text));
    expect(html).toMatch(/^<p>/);
    expect(html).not.toMatch(/<(a|img|h\d|ol|ul|strong|code|s|table)\b/);
    // The words come through (entities decoded by the renderer's own escaping of the text).
    const shown = html
      .replace(/^<p>|<\/p>\n$/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(shown).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('toMarkdown', () => {
  const older = buildQuoteRecord(
    makeInput({
      text: 'The ferry will run all winter.',
      speaker: 'Ines Varga',
      url: 'https://gazette.test/old',
      published: '2025-01-05T10:00:00Z',
      savedAt: '2025-01-06T10:00:00Z',
    }),
    'p_varga',
  );
  const newer = buildQuoteRecord(
    makeInput({ text: '[Vote](javascript:x) now', speaker: null, speakerTitle: null, url: 'https://gazette.test/new(1)', published: '2025-03-05T10:00:00Z' }),
    null,
  );
  const sources: SourceRecord[] = [
    { url: 'https://gazette.test/old', title: 'Ferry plan', outlet: 'Gazette', published: '2025-01-05T10:00:00Z' },
    { url: 'https://gazette.test/new(1)', title: 'Vote <b>now</b>', outlet: 'Gazette', published: '2025-03-05T10:00:00Z' },
  ];
  const people: PersonRecord[] = [{ id: 'p_varga', name: 'Ines Varga', aliases: [], titles: [], official: true }];
  const text = toMarkdown([older, newer].map(slimForMarkdown), sources, people, '2025-04-01T00:00:00Z');

  test('one section per page, newest first, each quote with its speaker', () => {
    const sections = text.split('\n## ');
    expect(sections[0]).toContain('2 quotes from 2 pages');
    expect(sections[1]).toMatch(/^\[Vote \\<b\\>now\\<\/b\\>\]\(https:\/\/gazette\.test\/new%281%29\)/);
    expect(sections[2]).toMatch(/^\[Ferry plan\]\(https:\/\/gazette\.test\/old\)\n\nGazette · 2025-01-05/);
    expect(sections[2]).toContain('> — Ines Varga, White House Press Secretary (saved 2025-01-06)');
    expect(sections[1]).toContain('— Unknown speaker');
  });

  test('the only links in the rendered file are the pages themselves', () => {
    const links = [...render(text).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual(['https://gazette.test/new%281%29', 'https://gazette.test/old']);
    expect(render(text)).not.toContain('<b>');
  });
});
