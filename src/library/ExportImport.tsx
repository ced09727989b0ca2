/** Export the library as JSON, Web Annotation or CSV; import JSON with progress and errors in words. */
import { useState } from 'preact/hooks';
import { toCsv, toWebAnnotation } from '../storage/formats';
import { t } from '../shared/i18n';
import type { LibraryApi } from './api';

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function readFileWithProgress(file: File, onProgress: (pct: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}

export function ExportImport({ api, onImported }: { api: LibraryApi; onImported: () => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);
  const exportAs = async (kind: 'json' | 'anno' | 'csv') => {
    const r = await api.exportJson();
    if (!r.ok) return setMessage({ text: r.error, error: true });
    if (kind === 'json') download(`onrecord-${stamp}.json`, 'application/json', JSON.stringify(r.value, null, 2));
    if (kind === 'anno') download(`onrecord-${stamp}.jsonld`, 'application/ld+json', JSON.stringify(toWebAnnotation(r.value), null, 2));
    if (kind === 'csv') download(`onrecord-${stamp}.csv`, 'text/csv', toCsv(r.value));
  };
  const importFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const text = await readFileWithProgress(file, (pct) => setMessage({ text: t('libraryImportReading', pct), error: false }));
      const r = await api.importJson(text);
      setMessage(r.ok ? { text: t('libraryImportDone', r.value.added, r.value.merged), error: false } : { text: t('libraryImportFailed', r.error), error: true });
      if (r.ok) onImported();
    } catch (err) {
      setMessage({ text: t('libraryImportFailed', err instanceof Error ? err.message : String(err)), error: true });
    }
  };
  return (
    <div class="export">
      <details>
        <summary>{t('libraryExport')}</summary>
        <div class="menu">
          <button type="button" onClick={() => void exportAs('json')}>{t('libraryExportJson')}</button>
          <button type="button" onClick={() => void exportAs('anno')}>{t('libraryExportAnno')}</button>
          <button type="button" onClick={() => void exportAs('csv')}>{t('libraryExportCsv')}</button>
        </div>
      </details>
      <label class="import">
        {t('libraryImport')}
        <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} data-testid="import-file" />
      </label>
      {message && <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'} data-testid="import-message">{message.text}</p>}
    </div>
  );
}
