/**
 * Every export format reads back: into an empty library it gives the same quotes, sources and people; into
 * the library it came from it adds nothing. Files from other tools and broken files are handled in words.
 */
import { describe, expect, test } from 'vitest';
import type { LibraryExport } from '../../../src/core/index';
import { buildExportParts, type ExportKind } from '../../../src/library/export-file';
import { exportLibrary, importLibrary, wipeLibrary } from '../../../src/storage/export-import';
import { exportPage } from '../../../src/storage/export-pages';
import { parseImportFile } from '../../../src/shared/import-file';
import { saveQuote } from '../../../src/storage/quotes';
import type { LibraryDB } from '../../../src/storage/schema';
import { freshLibrary, makeInput, unwrap } from './helpers';

const EPOCH = new Date(0);
const SPEAKERS = ['Ines Varga', 'Tom Baird', null];
/** Text a spreadsheet would run, or that looks like the export's own guard. */
const AWKWARD = ['=SUM(A1:A9) is not a policy', "'Quoted' openings stay", '-5 degrees is too cold', '@everyone should vote', 'A line,\r\nthen "another"'];

async function library(): Promise<LibraryDB> {
  const { db } = await freshLibrary();
  for (let i = 0; i < 40; i++) {
    const speaker = SPEAKERS[i % 3]!;
    const text = AWKWARD[i] ?? `Statement ${i}: the harbour ${i % 2 ? 'budget' : 'ferry'} needs a decision by ${1 + i} March.`;
    unwrap(
      await saveQuote(
        db,
        makeInput({
          text,
          speaker: speaker ?? 'a council spokesperson',
          named: speaker !== null,
          speakerTitle: speaker && i % 4 ? 'Councillor' : null,
          url: `https://gazette.test/news/${i % 9}.html`,
          paragraph: `“${text}” ${'The debate went on. '.repeat(40)}`,
          official: i % 2 === 0,
        }),
      ),
    );
  }
  // The same statement seen on a second page.
  unwrap(
    await saveQuote(
      db,
      makeInput({
        text: 'Statement 7: the harbour budget needs a decision by 8 March.',
        speaker: 'Tom Baird',
        speakerTitle: 'Councillor',
        url: 'https://mirror.test/7',
        paragraph: '“Statement 7: the harbour budget needs a decision by 8 March.” he said.',
        official: false,
      }),
    ),
  );
  return db;
}

const pager = (db: LibraryDB) => (store: 'quotes' | 'people' | 'sources', after: string | null) => exportPage(db, store, after, 50_000);
const fileOf = async (db: LibraryDB, kind: ExportKind) => new Blob(await buildExportParts(kind, pager(db), EPOCH.toISOString())).text();
const importText = async (db: LibraryDB, text: string) => importLibrary(db, unwrap(parseImportFile(text, EPOCH.toISOString())).data);
const peopleCore = (data: LibraryExport) => data.people.map(({ id, name, official }) => ({ id, name, official }));

describe.each<ExportKind>(['json', 'anno', 'csv'])('%s export, read back', (kind) => {
  test('into an empty library: the same quotes and sources, and the same people', async () => {
    const db = await library();
    const before = unwrap(await exportLibrary(db, EPOCH));
    const text = await fileOf(db, kind);
    expect(unwrap(parseImportFile(text)).kind).toBe(kind);
    unwrap(await wipeLibrary(db));
    expect(unwrap(await importText(db, text))).toEqual({ added: before.quotes.length, merged: 0 });
    const after = unwrap(await exportLibrary(db, EPOCH));
    expect(after.quotes).toEqual(before.quotes);
    expect(after.sources).toEqual(before.sources);
    // CSV holds a person's name, whether an official, and what the quotes show; the other formats all of it.
    if (kind === 'csv') expect(peopleCore(after)).toEqual(peopleCore(before));
    else expect(after.people).toEqual(before.people);
  });

  test('into the library it came from: nothing new, nothing changed', async () => {
    const db = await library();
    const before = unwrap(await exportLibrary(db, EPOCH));
    expect(unwrap(await importText(db, await fileOf(db, kind)))).toEqual({ added: 0, merged: before.quotes.length });
    expect(unwrap(await exportLibrary(db, EPOCH))).toEqual(before);
  });
});

describe('the same statement under another id', () => {
  test.each<ExportKind>(['anno', 'csv'])('%s: same person, same text, same page is merged, as a save would be', async (kind) => {
    const db = await library();
    const before = unwrap(await exportLibrary(db, EPOCH));
    const named = before.quotes.find((q) => q.personId !== null)!;
    const text = (await fileOf(db, kind)).replace(`urn:onrecord:${named.id}`, 'urn:onrecord:q_other').replace(`${named.id},`, 'q_other,');
    expect(text).toContain('q_other');
    expect(unwrap(await importText(db, text)).added).toBe(0);
    expect(unwrap(await exportLibrary(db, EPOCH)).quotes).toHaveLength(before.quotes.length);
  });
});

describe('annotations from another tool', () => {
  const foreign = [
    {
      type: 'Annotation',
      id: 'https://hyp.test/a/1',
      created: '2025-05-01T09:00:00Z',
      target: {
        source: 'https://paper.test/story',
        selector: [
          { type: 'RangeSelector' },
          { type: 'TextPositionSelector', start: 40, end: 71 },
          { type: 'TextQuoteSelector', exact: 'We will open the bridge in May', prefix: 'said: “', suffix: '.” The' },
        ],
      },
    },
    { type: 'Annotation', id: 'https://hyp.test/a/2', target: 'https://paper.test/story', body: { type: 'TextualBody', value: 'a page note' } },
  ];
  test('keep their text, page and date; the speaker stays unknown; notes without a quote are skipped and counted', () => {
    const r = unwrap(parseImportFile(JSON.stringify({ type: 'AnnotationPage', items: foreign }), EPOCH.toISOString()));
    expect(r).toMatchObject({ kind: 'anno', skipped: 1 });
    expect(r.data.quotes).toHaveLength(1);
    expect(r.data.quotes[0]).toMatchObject({
      text: 'We will open the bridge in May',
      speaker: null,
      personId: null,
      sourceUrl: 'https://paper.test/story',
      savedAt: '2025-05-01T09:00:00Z',
    });
    expect(r.data.quotes[0]!.selectors[1]).toEqual({ type: 'TextPositionSelector', start: 40, end: 71 });
  });
});

describe('an OnRecord annotation file from before the onrecord: extension', () => {
  test('the speaker comes from the bodies OnRecord wrote, and only when OnRecord wrote them', () => {
    const ours = (generator: string) => ({
      type: 'Annotation',
      generator: { type: 'Software', name: generator },
      target: { source: 'https://paper.test/s', selector: { type: 'TextQuoteSelector', exact: 'The pier reopens in June' } },
      body: [
        { type: 'TextualBody', purpose: 'describing', value: 'Oskar Lind: The pier reopens in June' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Oskar Lind, Harbour Master' },
      ],
    });
    const [mine, theirs] = unwrap(parseImportFile(JSON.stringify([ours('OnRecord'), ours('Other Tool')]))).data.quotes;
    expect(mine).toMatchObject({ speaker: 'Oskar Lind', speakerTitle: 'Harbour Master', personId: null });
    expect(theirs).toMatchObject({ speaker: null, speakerTitle: null });
  });
});

describe('CSV written or edited elsewhere', () => {
  test('columns in another order, and an older export with only the first nine columns', () => {
    const moved = 'url,saved_at,text,speaker\r\nhttps://paper.test/a,2025-01-02T00:00:00Z,"""We stay"", she said",Mara Quell\r\n';
    const q = unwrap(parseImportFile(moved)).data.quotes[0]!;
    expect(q).toMatchObject({
      text: '"We stay", she said',
      speaker: 'Mara Quell',
      personId: null,
      sourceUrl: 'https://paper.test/a',
      paragraph: '"We stay", she said',
    });
    const old = "id,text,speaker,speaker_title,outlet,title,url,published,saved_at\r\nq_1,'=1+1,'-Ann,,Post,T,https://paper.test/b,,2025-01-02T00:00:00Z\r\n";
    expect(unwrap(parseImportFile(old)).data.quotes[0]).toMatchObject({ id: 'q_1', text: '=1+1', speaker: '-Ann' });
  });
});

describe('broken files name the place and cut the value', () => {
  const long = 'x'.repeat(30_000);
  test.each([
    ['CSV with no url column', 'id,text\r\nq,hello\r\n', /no url column/],
    ['CSV with a bad offset', `text,url,start\r\nhello,https://a.test/,${'9'.repeat(3)}x\r\n`, /row 2, start: expected a whole number, received 999x/],
    ['CSV with a javascript: link', 'text,url\r\nhello,javascript:alert(1)\r\n', /row 2, url/],
    ['CSV with an unclosed quote', 'text,url\r\n"hello,https://a.test/\r\n', /row \d+/],
    ['annotation whose target is a number', JSON.stringify({ type: 'AnnotationPage', items: [{ target: 5 }] }), /items\[0\]\.target/],
    [
      'annotation with a 30,000-character link',
      JSON.stringify([{ target: { source: `https://a.test/${long}`, selector: { type: 'TextQuoteSelector', exact: 'hi' } } }]),
      /items\[0\]\.sourceUrl/,
    ],
    ['JSON that is neither', '{"hello": 1}', /Not a Web Annotation file/],
  ])('%s', (_, text, message) => {
    const r = parseImportFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(message);
    expect(r.error.length).toBeLessThan(600);
    expect(r.error).not.toContain('x'.repeat(81));
  });
});

describe('index keys', () => {
  test("come from the quote's text as it is stored, never from the file", async () => {
    const db = await library();
    const file = unwrap(await exportLibrary(db, EPOCH));
    const honest = file.quotes[0]!;
    const forged = { ...file, quotes: [{ ...honest, id: 'q_forged', text: `${honest.text} Again.`, terms: ['planted'], entities: ['planted'] }] };
    unwrap(await wipeLibrary(db));
    unwrap(await importLibrary(db, forged));
    const [stored] = unwrap(await exportLibrary(db, EPOCH)).quotes;
    expect(stored!.terms).not.toContain('planted');
    expect(stored!.entities).not.toContain('planted');
    expect(stored!.terms.length).toBeGreaterThan(0);
  });
});
