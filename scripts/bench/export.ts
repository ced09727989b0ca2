/**
 * Export and re-import of a large library through the library page, as a reader does it: the three export
 * buttons (pages from the background, Blob parts in the page) and the file input (checked whole, sent in
 * parts). Wall time per step and the library page's peak JS heap (sampled through DevTools every 250 ms).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../tests/support/chromium';
import { ensureChromeBuild, exportOf } from './library-fill';

const QUOTES = Number(process.env.BENCH_EXPORT_QUOTES ?? 100_000);
/** Paragraph padding per quote (characters): the generated paragraphs are short, real ones are not. */
const PAD = Number(process.env.BENCH_EXPORT_PAD ?? 1500);

async function heapSampler(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  const timer = setInterval(() => {
    void cdp.send('Runtime.getHeapUsage').then(
      (h) => (peak = Math.max(peak, (h as { usedSize: number }).usedSize)),
      () => undefined,
    );
  }, 250);
  return async () => {
    clearInterval(timer);
    await cdp.detach().catch(() => undefined);
    return peak;
  };
}

async function timed<T>(page: Page, work: () => Promise<T>): Promise<{ value: T; seconds: number; heapMB: number }> {
  const stop = await heapSampler(page);
  const t0 = Date.now();
  const value = await work();
  const seconds = (Date.now() - t0) / 1000;
  return { value, seconds, heapMB: (await stop()) / 2 ** 20 };
}

type Lib = Page;

async function openLibraryPage(): Promise<{ lib: Lib; close: () => Promise<void> }> {
  const { context, extensionId } = await launchWithExtension();
  const lib = await context.newPage();
  await lib.goto(`chrome-extension://${extensionId}/src/library/index.html`);
  return { lib, close: () => context.close() };
}

async function importFile(lib: Lib, path: string): Promise<string> {
  // The count of imports ended tells this import's outcome from the last one's, however alike their words.
  const done = Number(await lib.getByTestId('export-import').getAttribute('data-imports'));
  await lib.getByTestId('import-file').setInputFiles(path);
  await lib.locator(`[data-testid="export-import"][data-imports="${done + 1}"]`).waitFor({ timeout: 3_600_000 });
  return lib.getByTestId('import-message').innerText();
}

async function exportFile(lib: Lib, kind: 'json' | 'anno' | 'csv', path: string): Promise<number> {
  const name = { json: /^JSON/, anno: /^Web Annotation/, csv: /^CSV/ }[kind];
  // The import dialog is modal: close it, as a reader would, before using the export menu.
  if ((await lib.getByRole('dialog').count()) > 0) await lib.keyboard.press('Escape');
  if (
    !(await lib
      .locator('details')
      .first()
      .evaluate((d) => (d as HTMLDetailsElement).open))
  )
    await lib.locator('details summary').first().click();
  const [download] = await Promise.all([lib.waitForEvent('download', { timeout: 3_600_000 }), lib.getByRole('button', { name }).click()]);
  await download.saveAs(path);
  return statSync(path).size;
}

/** Two JSON exports hold the same library: the same quotes, people and sources, field by field. */
function sameLibrary(a: string, b: string, peopleInFull: boolean): string {
  const [x, y] = [a, b].map(
    (p) => JSON.parse(readFileSync(p, 'utf8')) as { quotes: unknown[]; people: Array<{ id: string; name: string; official: boolean }>; sources: unknown[] },
  );
  const people = (l: typeof x) => JSON.stringify(peopleInFull ? l!.people : l!.people.map(({ id, name, official }) => ({ id, name, official })));
  const diffs = [
    JSON.stringify(x!.quotes) === JSON.stringify(y!.quotes) ? '' : 'quotes differ',
    JSON.stringify(x!.sources) === JSON.stringify(y!.sources) ? '' : 'sources differ',
    people(x) === people(y) ? '' : 'people differ',
  ].filter(Boolean);
  return diffs.length === 0
    ? `identical (${x!.quotes.length} quotes, ${x!.people.length} people, ${x!.sources.length} sources)`
    : `NOT identical: ${diffs.join(', ')}`;
}

export async function benchExport(): Promise<void> {
  ensureChromeBuild();
  console.log(`\n## Export and re-import: ${QUOTES} quotes, paragraphs padded by ${PAD} characters`);
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-export-'));
  const file = exportOf(0, QUOTES);
  // Storage derives each quote's index keys from its text as it writes it, so the padded paragraphs need no more.
  for (const q of file.quotes) q.paragraph += ' The debate went on.'.repeat(Math.ceil(PAD / 20)).slice(0, PAD);
  writeFileSync(join(dir, 'fill.json'), JSON.stringify(file));
  const rows: string[] = [];
  const row = (step: string, t: { seconds: number; heapMB: number }, result: string) =>
    rows.push(`| ${step} | ${t.seconds.toFixed(1)} s | ${t.heapMB.toFixed(0)} MB | ${result} |`);
  const first = await openLibraryPage();
  try {
    // The library is filled from a file too, in the same way as the re-imports below.
    const fill = await timed(first.lib, () => importFile(first.lib, join(dir, 'fill.json')));
    row('import (empty library)', fill, fill.value);
    for (const kind of ['json', 'anno', 'csv'] as const) {
      const out = await timed(first.lib, () => exportFile(first.lib, kind, join(dir, `out.${kind}`)));
      row(`export ${kind}`, out, `${(out.value / 2 ** 20).toFixed(0)} MiB file`);
    }
    for (const kind of ['json', 'anno', 'csv'] as const) {
      const again = await timed(first.lib, () => importFile(first.lib, join(dir, `out.${kind}`)));
      row(`re-import of the ${kind} export into the same library`, again, again.value);
    }
  } finally {
    await first.close();
  }
  // Lossless: each interchange export, imported into a new profile and exported as JSON, is the same library.
  for (const kind of ['anno', 'csv'] as const) {
    const fresh = await openLibraryPage();
    try {
      const back = await timed(fresh.lib, () => importFile(fresh.lib, join(dir, `out.${kind}`)));
      await exportFile(fresh.lib, 'json', join(dir, `back-${kind}.json`));
      row(
        `import of the ${kind} export into a new profile`,
        back,
        `${back.value} JSON export after it vs before: ${sameLibrary(join(dir, 'out.json'), join(dir, `back-${kind}.json`), kind === 'anno')}`,
      );
    } finally {
      await fresh.close();
    }
  }
  console.log('| step | wall time | library page peak JS heap | result |\n|---|---|---|---|');
  for (const r of rows) console.log(r);
}
