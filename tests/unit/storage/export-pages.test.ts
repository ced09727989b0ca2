/** Export and import in pages: the same file as the whole-library functions, for a library of any size. */
import { describe, expect, test } from 'vitest';
import type { LibraryExport } from '../../../src/core/index';
import { buildExportParts, type ExportKind } from '../../../src/library/export-file';
import { splitImport } from '../../../src/library/import-parts';
import { exportLibrary, importLibrary, toCsv, toWebAnnotation, wipeLibrary } from '../../../src/storage/export-import';
import { exportPage } from '../../../src/storage/export-pages';
import { parseLibraryExport } from '../../../src/shared/import-schema';
import { slimForMarkdown, toMarkdown } from '../../../src/shared/markdown-format';
import { saveQuote } from '../../../src/storage/quotes';
import type { LibraryDB } from '../../../src/storage/schema';
import { freshLibrary, makeInput, unwrap } from './helpers';

const EPOCH = new Date(0);
const SPEAKERS = ['Ines Varga', 'Tom Baird', 'Clara Webb', null];

/** 300 quotes with long paragraphs, four speakers (one unnamed), on 60 pages. */
async function bigLibrary(): Promise<LibraryDB> {
  const { db } = await freshLibrary();
  for (let i = 0; i < 300; i++) {
    const speaker = SPEAKERS[i % 4]!;
    const text = `Statement ${i}: the harbour ${i % 7 ? 'budget' : 'ferry'} needs a decision by ${1 + (i % 28)} March.`;
    unwrap(
      await saveQuote(
        db,
        makeInput({
          text,
          speaker: speaker ?? 'a council spokesperson',
          named: speaker !== null,
          speakerTitle: speaker ? 'Councillor' : null,
          url: `https://gazette.test/news/${i % 60}.html`,
          paragraph: `“${text}” ${'The debate went on. '.repeat(200)}`,
        }),
      ),
    );
  }
  return db;
}

const joined = async (parts: BlobPart[]) => new Blob(parts).text();
/** Pages of at most ~20 quotes, so 300 quotes take many pages. */
const pager = (db: LibraryDB) => (store: 'quotes' | 'people' | 'sources', after: string | null) => exportPage(db, store, after, 100_000);

describe('export in pages', () => {
  test('every page stays within its budget and the pages together are the library, in key order', async () => {
    const db = await bigLibrary();
    const whole = unwrap(await exportLibrary(db, EPOCH));
    const seen: string[] = [];
    let pages = 0;
    for (let after: string | null = null, first = true; first || after !== null; first = false) {
      const page: { items: unknown[]; next: string | null } = unwrap(await exportPage(db, 'quotes', after, 100_000));
      expect(JSON.stringify(page.items).length).toBeLessThan(2 * 100_000);
      seen.push(...page.items.map((q) => (q as { id: string }).id));
      after = page.next;
      pages++;
    }
    expect(pages).toBeGreaterThan(5);
    expect(seen).toEqual(whole.quotes.map((q) => q.id));
  });

  test.each<ExportKind>(['json', 'anno', 'csv', 'md'])('the %s file written from pages is the whole-library file', async (kind) => {
    const db = await bigLibrary();
    const whole = unwrap(await exportLibrary(db, EPOCH));
    const text = await joined(await buildExportParts(kind, pager(db), EPOCH.toISOString()));
    if (kind === 'csv') expect(text).toBe(toCsv(whole));
    if (kind === 'md') expect(text).toBe(toMarkdown(whole.quotes.map(slimForMarkdown), whole.sources, whole.people, EPOCH.toISOString()));
    if (kind === 'anno') expect(JSON.parse(text)).toEqual(toWebAnnotation(whole));
    if (kind === 'json') expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(whole)));
  });

  test('an empty library exports a valid, empty file in every format', async () => {
    const { db } = await freshLibrary();
    expect(unwrap(parseLibraryExport(await joined(await buildExportParts('json', pager(db), EPOCH.toISOString())))).quotes).toEqual([]);
    expect(JSON.parse(await joined(await buildExportParts('anno', pager(db), EPOCH.toISOString()))).total).toBe(0);
    expect(await joined(await buildExportParts('csv', pager(db), EPOCH.toISOString()))).toMatch(/^id,text,/);
  });
});

describe('import in parts', () => {
  test('each part is a valid export; the parts hold every record; importing them gives back the library', async () => {
    const db = await bigLibrary();
    const whole = unwrap(await exportLibrary(db, EPOCH));
    const parts = splitImport(whole, 150_000);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(parseLibraryExport(part).ok).toBe(true);
    expect(parts.flatMap((p) => p.quotes)).toEqual(whole.quotes);
    expect(new Set(parts.flatMap((p) => p.people.map((x) => x.id)))).toEqual(new Set(whole.people.map((x) => x.id)));
    unwrap(await wipeLibrary(db));
    let added = 0;
    for (const part of parts) added += unwrap(await importLibrary(db, part)).added;
    expect(added).toBe(whole.quotes.length);
    expect(unwrap(await exportLibrary(db, EPOCH))).toEqual(whole);
  });

  test('people and sources no quote names still come in', () => {
    const file: LibraryExport = {
      format: 'onrecord-library',
      version: 1,
      exportedAt: EPOCH.toISOString(),
      quotes: [],
      people: [{ id: 'p_lonely', name: 'Ada Quill', aliases: [], titles: [], official: false } as never],
      sources: [{ url: 'https://gazette.test/x', title: 'X', outlet: 'Gazette', published: null }],
    };
    const [only] = splitImport(file);
    expect(only!.people.map((p) => p.id)).toEqual(['p_lonely']);
    expect(only!.sources.map((s) => s.url)).toEqual(['https://gazette.test/x']);
  });
});
