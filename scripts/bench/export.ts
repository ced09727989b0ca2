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
    void cdp.send('Runtime.getHeapUsage').then((h) => (peak = Math.max(peak, (h as { usedSize: number }).usedSize)), () => undefined);
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

export async function benchExport(): Promise<void> {
  ensureChromeBuild();
  console.log(`\n## Export and re-import: ${QUOTES} quotes, paragraphs padded by ${PAD} characters`);
  const { context, extensionId } = await launchWithExtension();
  try {
    const lib = await context.newPage();
    await lib.goto(`chrome-extension://${extensionId}/src/library/index.html`);
    // The library is filled from a file too, in the same way as the re-import below.
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-export-'));
    const file = exportOf(0, QUOTES);
    for (const q of file.quotes) q.paragraph += ' The debate went on.'.repeat(Math.ceil(PAD / 20)).slice(0, PAD);
    writeFileSync(join(dir, 'fill.json'), JSON.stringify(file));
    const rows: string[] = [];
    const importFile = async (path: string) => {
      await lib.getByTestId('import-file').setInputFiles(path);
      await lib.getByTestId('import-message').filter({ hasText: /Imported|Nothing was imported/ }).waitFor({ timeout: 3_600_000 });
      return lib.getByTestId('import-message').innerText();
    };
    const fill = await timed(lib, () => importFile(join(dir, 'fill.json')));
    rows.push(`| import (empty library) | ${fill.seconds.toFixed(1)} s | ${fill.heapMB.toFixed(0)} MB | ${fill.value} |`);
    for (const [kind, name] of [['json', /^JSON/], ['anno', /^Web Annotation/], ['csv', /^CSV/]] as const) {
      if (!(await lib.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open))) await lib.locator('details summary').first().click();
      const out = await timed(lib, async () => {
        const [download] = await Promise.all([lib.waitForEvent('download', { timeout: 3_600_000 }), lib.getByRole('button', { name }).click()]);
        const path = join(dir, `out.${kind}`);
        await download.saveAs(path);
        return statSync(path).size;
      });
      rows.push(`| export ${kind} | ${out.seconds.toFixed(1)} s | ${out.heapMB.toFixed(0)} MB | ${(out.value / 2 ** 20).toFixed(0)} MiB file |`);
    }
    const again = await timed(lib, () => importFile(join(dir, 'out.json')));
    const back = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { quotes: unknown[] };
    rows.push(`| re-import of the export | ${again.seconds.toFixed(1)} s | ${again.heapMB.toFixed(0)} MB | ${again.value}; file holds ${back.quotes.length} quotes |`);
    console.log('| step | wall time | library page peak JS heap | result |\n|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    await context.close();
  }
}
