/**
 * A library larger than one runtime message can carry (Chromium: 64 MiB) exports through the library page's
 * button and comes back in, whole: export reads the library in pages, import sends the file in parts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { readLibraryScript } from './support/saves';

const QUOTES = 3600;
const PARAGRAPH = 'The harbour board met again to argue over the dredging budget and the ferry timetable. '.repeat(230); // ~20k chars

function bigFile() {
  const quotes = Array.from({ length: QUOTES }, (_, i) => {
    const text = `Statement ${i} on the dredging budget, which must be settled before the spring.`;
    const url = `http://127.0.0.1/scale/${i % 97}.html`;
    return {
      id: `q_scale_${String(i).padStart(5, '0')}`,
      text,
      personId: null,
      speaker: 'a harbour board member',
      speakerTitle: null,
      sourceUrl: url,
      sourceUrls: [url],
      paragraph: `“${text}” ${PARAGRAPH}`,
      headline: `Harbour board, meeting ${i % 97}`,
      selectors: [
        { type: 'TextQuoteSelector', exact: text, prefix: '“', suffix: '” The harbour' },
        { type: 'TextPositionSelector', start: 1, end: 1 + text.length },
      ],
      terms: [],
      entities: [],
      savedAt: '2026-03-01T10:00:00.000Z',
      published: '2026-02-28T09:00:00.000Z',
    };
  });
  const sources = Array.from({ length: 97 }, (_, i) => ({
    url: `http://127.0.0.1/scale/${i}.html`,
    title: `Harbour board, meeting ${i}`,
    outlet: 'Scale Gazette',
    published: '2026-02-28T09:00:00.000Z',
  }));
  return { format: 'onrecord-library', version: 1, exportedAt: '2026-03-02T00:00:00.000Z', quotes, people: [], sources };
}

test('a 70 MB library exports in every format and re-imports losslessly from each', async ({ openLibrary }) => {
  test.setTimeout(900_000);
  const file = JSON.stringify(bigFile());
  expect(file.length).toBeGreaterThan(64 * 1024 * 1024);
  const lib = await openLibrary();
  // Through a file on disk, as a reader picks one: Playwright's in-memory files stop at 50 MB.
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-scale-'));
  writeFileSync(join(dir, 'big.json'), file);
  await lib.getByTestId('import-file').setInputFiles(join(dir, 'big.json'));
  await expect(lib.getByTestId('import-message')).toContainText(`Imported: ${QUOTES} new, 0 merged`, { timeout: 240_000 });
  // The import dialog is modal: the reader closes it before using the export menu.
  await lib.keyboard.press('Escape');
  await expect(lib.getByRole('dialog')).toHaveCount(0);

  const exported: Record<string, string> = {};
  for (const [kind, name] of [
    ['json', 'JSON (lossless)'],
    ['csv', 'CSV'],
    ['anno', 'Web Annotation'],
  ] as const) {
    // The export menu: opened once, it stays open.
    if (
      !(await lib
        .locator('details')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open))
    )
      await lib.locator('details summary').first().click();
    const button = lib.getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
    const [download] = await Promise.all([lib.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    exported[kind] = readFileSync((await download.path())!, 'utf8');
  }
  const json = JSON.parse(exported.json!) as { quotes: Array<{ id: string; paragraph: string }> };
  expect(json.quotes).toHaveLength(QUOTES);
  expect(json.quotes.every((q) => q.paragraph.length > 20_000)).toBe(true);
  expect(exported.csv!.split('\r\n').filter(Boolean)).toHaveLength(QUOTES + 1);
  expect((JSON.parse(exported.anno!) as { total: number; first: { items: unknown[] } }).first.items).toHaveLength(QUOTES);

  // The exported file back in: every quote is one already stored.
  writeFileSync(join(dir, 'again.json'), exported.json!);
  await lib.getByTestId('import-file').setInputFiles(join(dir, 'again.json'));
  await expect(lib.getByTestId('import-message')).toContainText(`Imported: 0 new, ${QUOTES} merged`, { timeout: 240_000 });
  // The interchange formats too: the same statements, matched by id or by person, text and page.
  for (const kind of ['csv', 'anno'] as const) {
    writeFileSync(join(dir, `again.${kind}`), exported[kind]!);
    await lib.getByTestId('import-file').setInputFiles(join(dir, `again.${kind}`));
    await expect(lib.getByTestId('import-message')).toContainText(`Imported: 0 new, ${QUOTES} merged`, { timeout: 240_000 });
  }
  const stored = (await lib.evaluate(readLibraryScript)) as { quotes: Array<{ id: string; text: string; paragraph: string }> };
  expect(stored.quotes).toHaveLength(QUOTES);
  const byId = new Map(stored.quotes.map((q) => [q.id, q]));
  expect(json.quotes.every((q) => byId.get(q.id)?.paragraph === q.paragraph)).toBe(true);
});
