/** CSV (RFC 4180, formula injection) and W3C Web Annotation exports. */
import { describe, expect, test } from 'vitest';
import { buildQuoteRecord, EXPORT_FORMAT, EXPORT_VERSION, type LibraryExport } from '../../src/core/index';
import { csvCell, CSV_HEADER, toCsv, toWebAnnotation } from '../../src/shared/formats';
import { makeInput } from './storage/helpers';
import { parseCsv } from '../support/csv';

function library(texts: string[]): LibraryExport {
  const quotes = texts.map((text, i) =>
    buildQuoteRecord(makeInput({ text, speaker: i === 0 ? '=HYPERLINK("x")' : 'Jen Psaki', url: `https://news.example/${i}` }), null),
  );
  quotes[1] = { ...quotes[1]!, sourceUrls: [quotes[1]!.sourceUrl, 'https://mirror.example/1'] };
  const sources = texts.map((_, i) => ({ url: `https://news.example/${i}`, title: `Title, "${i}"`, outlet: '@outlet', published: null }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2024-01-01T00:00:00.000Z', quotes, people: [], sources };
}

describe('CSV cells', () => {
  test.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['say "no"', '"say ""no"""'],
    ['a, b', '"a, b"'],
    ['line one\nline two', '"line one\nline two"'],
    ['=1,"2"\n', `"'=1,""2""\n"`],
    ['plain words', 'plain words'],
    ["'quoted", "''quoted"],
    ['a-b = c', 'a-b = c'],
    [null, ''],
  ])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  const data = library(["=cmd|' /C calc'!A0", 'He said "no",\nthen left.', '-1 is a number']);
  const csv = toCsv(data);

  test('header, CRLF rows, and cells that parse back', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'id,text,speaker,speaker_title,outlet,title,url,published,saved_at,person_id,person_name,official,other_urls,headline,start,end,prefix,exact,suffix,other_sources,paragraph',
    );
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r.length)).toEqual([21, 21, 21]);
    expect(rows[2]![12]).toBe('https://mirror.example/1');
    expect(rows[1]!.slice(0, 9)).toEqual([
      data.quotes[0]!.id,
      "'=cmd|' /C calc'!A0",
      `'=HYPERLINK("x")`,
      'White House Press Secretary',
      "'@outlet",
      'Title, "0"',
      'https://news.example/0',
      '2024-03-01T10:00:00.000Z',
      data.quotes[0]!.savedAt,
    ]);
    expect(rows[2]![1]).toBe('He said "no",\nthen left.');
    expect(rows[3]![1]).toBe("'-1 is a number");
  });

  test('no cell a spreadsheet would evaluate', () => {
    for (const row of parseCsv(csv)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('toWebAnnotation', () => {
  const data = library(['The door to diplomacy is open.', 'Talks remain an option.']);
  data.people.push({ id: 'p_psaki', name: 'Jen Psaki', aliases: [], titles: [], official: true });
  data.quotes[1] = { ...data.quotes[1]!, personId: 'p_psaki' };
  const collection = toWebAnnotation(data);

  test('an AnnotationCollection with one page of items', () => {
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { onrecord: 'urn:onrecord:vocab:' }],
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage' },
    });
    expect(collection['onrecord:people']).toEqual(data.people);
    expect(collection.first.items).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  test('each quote is a highlighting Annotation with a describing body and quote and position selectors', () => {
    const [first, second] = collection.first.items;
    const q = data.quotes[0]!;
    expect(first).toEqual({
      id: `urn:onrecord:${q.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: q.savedAt,
      generator: { type: 'Software', name: 'OnRecord' },
      body: [
        { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `=HYPERLINK("x"): The door to diplomacy is open.` },
        { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: '=HYPERLINK("x"), White House Press Secretary' },
      ],
      target: {
        source: 'https://news.example/0',
        selector: [
          { type: 'TextQuoteSelector', exact: 'The door to diplomacy is open.', prefix: '“', suffix: '” =HYPERLINK("x") said on Tuesda' },
          { type: 'TextPositionSelector', start: 1, end: 31 },
        ],
      },
      // What other tools ignore and OnRecord reads back (import-annotations).
      'onrecord:quote': {
        text: q.text,
        personId: null,
        speaker: q.speaker,
        speakerTitle: q.speakerTitle,
        sourceUrl: q.sourceUrl,
        paragraph: q.paragraph,
        headline: q.headline,
        published: q.published,
      },
    });
    // Seen on two pages: a target each; offsets only for the page it was saved from.
    expect(second!.target).toEqual([
      { source: 'https://news.example/1', selector: data.quotes[1]!.selectors },
      { source: 'https://mirror.example/1', selector: [data.quotes[1]!.selectors[0]] },
    ]);
    expect(second!.body[1]!.value).toBe('Jen Psaki, White House Press Secretary');
  });
});
