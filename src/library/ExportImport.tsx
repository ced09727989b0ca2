/**
 * Export the library as JSON, Web Annotation, CSV or Markdown; import any of the first three from a dialog,
 * with progress and errors in words shown there (the header never reflows). Export and import go through
 * export-file, import-file and import-parts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseImportFile } from '../shared/import-file';
import { buildExportParts, type ExportKind } from './export-file';
import { splitImport } from './import-parts';
import { t, tPlural } from '../shared/i18n';
import type { LibraryApi } from './api';

function download(name: string, type: string, parts: BlobPart[]): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const FILES: Record<ExportKind, { ext: string; type: string }> = {
  json: { ext: 'json', type: 'application/json' },
  anno: { ext: 'jsonld', type: 'application/ld+json' },
  csv: { ext: 'csv', type: 'text/csv' },
  md: { ext: 'md', type: 'text/markdown' },
};

export function readFileWithProgress(file: File, onProgress: (pct: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}

export function ExportImport({
  api,
  onImported,
  onExported,
  openImport,
}: {
  api: LibraryApi;
  onImported: () => void;
  onExported: () => void;
  openImport: number;
}) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [exportMessage, setExportMessage] = useState<{ text: string; error: boolean } | null>(null);
  // How many imports have ended: lets a script tell this import's outcome from the last one's, same words or not.
  const [imports, setImports] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const showDialog = () => {
    if (!dialog.current?.open) dialog.current?.showModal();
  };
  useEffect(() => void (openImport > 0 && showDialog()), [openImport]);
  const stamp = new Date().toISOString().slice(0, 10);
  const exportAs = async (kind: ExportKind) => {
    try {
      const parts = await buildExportParts(kind, api.exportPage, new Date().toISOString(), (n) =>
        setExportMessage({ text: tPlural(n, 'libraryExportingOne', 'libraryExporting'), error: false }),
      );
      download(`onrecord-${stamp}.${FILES[kind].ext}`, FILES[kind].type, parts);
      setExportMessage(null);
      // For the export reminder (settings): the last time a file was written.
      void api.setPreferences({ lastExportAt: new Date().toISOString() }).then(onExported);
    } catch (err) {
      setExportMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  };
  const importFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    showDialog();
    try {
      await importAndReport(file);
    } finally {
      setImports((n) => n + 1);
      // The same file chosen again must import again.
      (e.target as HTMLInputElement).value = '';
    }
  };
  const importAndReport = async (file: File) => {
    try {
      const text = await readFileWithProgress(file, (pct) => setMessage({ text: t('libraryImportReading', pct), error: false }));
      // The whole file is checked before anything is written; then it goes in parts, one message each.
      const parsed = parseImportFile(text);
      if (!parsed.ok) return setMessage({ text: t('libraryImportFailed', parsed.error), error: true });
      const total = { added: 0, merged: 0 };
      for (const part of splitImport(parsed.value.data)) {
        const r = await api.importJson(part);
        if (!r.ok) return setMessage({ text: t('libraryImportFailed', r.error), error: true });
        total.added += r.value.added;
        total.merged += r.value.merged;
      }
      const skipped = parsed.value.skipped > 0 ? ` ${t('libraryImportSkipped', parsed.value.skipped)}` : '';
      setMessage({ text: t('libraryImportDone', total.added, total.merged) + skipped, error: false });
      onImported();
    } catch (err) {
      setMessage({ text: t('libraryImportFailed', err instanceof Error ? err.message : String(err)), error: true });
    }
  };
  return (
    <div class="export" data-testid="export-import" data-imports={imports}>
      <details class="export-menu">
        <summary>{t('libraryExport')}</summary>
        <div class="menu">
          <button type="button" onClick={() => void exportAs('json')}>
            {t('libraryExportJson')}
          </button>
          <button type="button" onClick={() => void exportAs('anno')}>
            {t('libraryExportAnno')}
          </button>
          <button type="button" onClick={() => void exportAs('csv')}>
            {t('libraryExportCsv')}
          </button>
          <button type="button" onClick={() => void exportAs('md')}>
            {t('libraryExportMarkdown')}
          </button>
        </div>
      </details>
      <button type="button" onClick={showDialog} aria-haspopup="dialog">
        {t('libraryImport')}
      </button>
      {exportMessage && (
        <p role={exportMessage.error ? 'alert' : 'status'} class={`export-status ${exportMessage.error ? 'error' : 'muted'}`}>
          {exportMessage.text}
        </p>
      )}
      <dialog ref={dialog} class="import-dialog" aria-labelledby="import-h">
        <h2 id="import-h">{t('libraryImportHeading')}</h2>
        <p class="muted">{t('libraryImportHelp')}</p>
        <label class="file">
          <span class="button-like">{t('libraryImportChoose')}</span>
          <input
            type="file"
            accept=".json,.jsonld,.csv,application/json,application/ld+json,text/csv"
            onChange={(e) => void importFile(e)}
            data-testid="import-file"
          />
        </label>
        <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'muted'} data-testid="import-message">
          {message?.text ?? ''}
        </p>
        <form method="dialog">
          <button type="submit">{t('libraryClose')}</button>
        </form>
      </dialog>
    </div>
  );
}
