/** Search and filter saved quotes, a page at a time, with delete and undo. */
import { useEffect, useState } from 'preact/hooks';
import { siteOf, type PersonRecord, type QuoteRecord } from '../core/index';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import type { SearchRequest } from '../shared/protocol';
import type { LibraryApi } from './api';

export const PAGE_SIZE = 25;
type Filters = Omit<SearchRequest, 'limit' | 'offset'>;

export function QuoteSearch({ api, version }: { api: LibraryApi; version: number }) {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<{ items: QuoteRecord[]; total: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [people, setPeople] = useState<PersonRecord[]>([]);
  const [undo, setUndo] = useState<QuoteRecord | null>(null);
  const load = () =>
    void api.search({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then((r) => (r.ok ? (setResult(r.value), setError(null)) : setError(r.error)));
  useEffect(load, [filters, page, version]);
  useEffect(() => void api.people().then((r) => r.ok && setPeople(r.value)), [version]);

  const set = (key: keyof Filters) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    setPage(0);
    setFilters((f) => ({ ...f, [key]: value || undefined }));
  };
  const remove = async (q: QuoteRecord) => {
    const r = await api.remove(q.id);
    if (!r.ok) return setError(r.error);
    setUndo(r.value);
    load();
  };
  const restore = async () => {
    if (!undo) return;
    const r = await api.restore(undo);
    if (!r.ok) return setError(r.error);
    setUndo(null);
    load();
  };
  const count = result ? (result.total ?? page * PAGE_SIZE + result.items.length) : 0;
  return (
    <>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>{t('librarySearch')}<input type="search" onInput={set('text')} data-testid="search-text" /></label>
        <label>{t('librarySpeaker')}<input onInput={set('speaker')} /></label>
        <label>{t('libraryOutlet')}<input onInput={set('outlet')} /></label>
        <label>{t('libraryPerson')}
          <select onChange={set('personId')}>
            <option value="">{t('libraryAnyone')}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>{t('libraryFrom')}<input type="date" onChange={set('from')} /></label>
        <label>{t('libraryTo')}<input type="date" onChange={set('to')} /></label>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
      {undo && (
        <div class="toast" role="status">
          {t('libraryDeleted')} <button type="button" onClick={() => void restore()}>{t('libraryUndo')}</button>
        </div>
      )}
      <p class="muted" aria-live="polite" data-testid="result-count">
        {result ? (result.total === null ? t('libraryResultsMore', count) : t('libraryResults', count)) : t('popupLoading')}
      </p>
      {result && result.items.length === 0 && <p class="empty">{t('libraryNoResults')}</p>}
      <ul class="results">
        {result?.items.map((q) => (
          <li key={q.id} class="result" data-testid="library-quote">
            <blockquote>{q.text}</blockquote>
            <div class="meta">
              <strong>{q.speaker ?? t('popupUnattributed')}</strong>
              {q.speakerTitle ? `, ${q.speakerTitle}` : ''} · {formatDate(q.published) || t('libraryUndated')} · {siteOf(q.sourceUrl) || q.sourceUrl}
            </div>
            <button type="button" onClick={() => void remove(q)} aria-label={`${t('libraryDelete')}: ${q.text.slice(0, 40)}`}>{t('libraryDelete')}</button>
          </li>
        ))}
      </ul>
      <nav class="pager" aria-label={t('libraryPage', page + 1)}>
        <button type="button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>{t('libraryPrev')}</button>
        <span>{t('libraryPage', page + 1)}</span>
        <button type="button" disabled={!result || result.items.length < PAGE_SIZE} onClick={() => setPage((p) => p + 1)}>{t('libraryNext')}</button>
      </nav>
    </>
  );
}
