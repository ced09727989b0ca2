/** Every format the library exports comes back in through the library page's file input. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { asPopup } from '../support/as-popup';
import { test, expect } from './fixtures';
import { saveRequest } from './support/saves';

async function exportAs(lib: Page, name: RegExp): Promise<string> {
  if ((await lib.getByRole('dialog').count()) > 0) await lib.keyboard.press('Escape');
  if (
    !(await lib
      .locator('details')
      .first()
      .evaluate((d) => (d as HTMLDetailsElement).open))
  )
    await lib.locator('details summary').first().click();
  const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

async function importText(lib: Page, dir: string, name: string, text: string): Promise<void> {
  writeFileSync(join(dir, name), text);
  await lib.getByTestId('import-file').setInputFiles(join(dir, name));
}

test('Web Annotation and CSV exports re-import into an emptied library, and a Markdown export lists every quote', async ({ context, openLibrary }) => {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await asPopup<{ id: string }>(context, 'saveQuote', saveRequest(i));
    if (!r.ok) throw new Error(r.error);
    ids.push(r.value.id);
  }
  const lib = await openLibrary();
  const files = { anno: await exportAs(lib, /^Web Annotation/), csv: await exportAs(lib, /^CSV/), md: await exportAs(lib, /^Markdown/) };
  for (let i = 0; i < 3; i++) expect(files.md).toContain(`Statement number ${i} on the harbour budget`);
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-formats-'));
  for (const [kind, ext] of [
    ['anno', 'jsonld'],
    ['csv', 'csv'],
  ] as const) {
    for (const id of ids) expect((await asPopup(context, 'deleteQuote', { id })).ok).toBe(true);
    await importText(lib, dir, `library-${kind}.${ext}`, files[kind]);
    await expect(lib.getByTestId('import-message')).toContainText('Imported: 3 new, 0 merged');
    const people = await asPopup<Array<{ name: string }>>(context, 'listPeople', null);
    expect(people.ok && people.value.map((p) => p.name).sort()).toEqual(['Ines Varga', 'Tom Baird']);
  }
  // The same file again adds nothing; a broken one says where it broke and changes nothing.
  await importText(lib, dir, 'again.csv', files.csv);
  await expect(lib.getByTestId('import-message')).toContainText('Imported: 0 new, 3 merged');
  await importText(lib, dir, 'broken.csv', files.csv.replace(/\r\n([^,]*),/, '\r\n$1,,'));
  await expect(lib.getByTestId('import-message')).toContainText(/Nothing was imported: .*row 2/);
});
