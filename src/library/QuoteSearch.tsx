/** Search and filter saved quotes, a page at a time, with exact totals, delete and undo. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRecord, QuoteRecord, SourceRecord } from '../core/index';
import { formatNumber, t, tPlural } from '../shared/i18n';
import type { SearchRequest } from '../shared/protocol';
import type { LibraryApi } from './api';
import { QuoteCard } from './QuoteCard';

export const PAGE_SIZE = 25;
type Filters = Omit<SearchRequest, 'limit' | 'offset'>;
interface Page {
  items: QuoteRecord[];
  total: number | null;
  sources: SourceRecord[];
}

export function QuoteSearch({ api, version, onImport }: { api: LibraryApi; version: number; onImport: () => void }) {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<Page | null>(null);
  /** The exact total, counted after the first page shows when that page stopped early. */
  const [counted, setCounted] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [people, setPeople] = useState<PersonRecord[]>([]);
  const [undo, setUndo] = useState<QuoteRecord | null>(null);
  const asked = useRef(0);
  const load = () => {
    const mine = ++asked.current;
    void api.search({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then((r) => {
      if (mine !== asked.current) return;
      if (!r.ok) return setError(r.error);
      setResult(r.value);
      setError(null);
      setCounted(null);
      if (r.value.total === null) void api.count(filters).then((c) => mine === asked.current && c.ok && setCounted(c.value));
    });
  };
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
  const filtered = Object.values(filters).some(Boolean);
  const total = result?.total ?? counted;
  const first = page * PAGE_SIZE + 1;
  const shown = result?.items.length ?? 0;
  const summary = !result
    ? t('popupLoading')
    : total === null
      ? t('libraryCounting', formatNumber(first), formatNumber(first + shown - 1))
      : shown === 0
        ? tPlural(0, 'libraryResultsOne', 'libraryResults')
        : total <= PAGE_SIZE && page === 0
          ? tPlural(total, 'libraryResultsOne', 'libraryResults')
          : t('libraryRange', formatNumber(first), formatNumber(first + shown - 1), formatNumber(total));
  const value = (key: keyof Filters) => (filters[key] as string | undefined) ?? '';
  return (
    <>
      <form class="filters" role="search" aria-label={t('librarySearch')} onSubmit={(e) => e.preventDefault()}>
        <label class="grow">
          {t('librarySearch')}
          <input type="search" value={value('text')} onInput={set('text')} data-testid="search-text" />
        </label>
        <label>
          {t('librarySpeaker')}
          <input value={value('speaker')} onInput={set('speaker')} />
        </label>
        <label>
          {t('libraryOutlet')}
          <input value={value('outlet')} onInput={set('outlet')} />
        </label>
        <label>
          {t('libraryPerson')}
          <select value={value('personId')} onChange={set('personId')}>
            <option value="">{t('libraryAnyone')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="dates">
          <legend>{t('libraryPublished')}</legend>
          <input type="date" value={value('from')} onChange={set('from')} aria-label={t('libraryFrom')} />
          <span aria-hidden="true">–</span>
          <input type="date" value={value('to')} onChange={set('to')} aria-label={t('libraryToDate')} />
        </fieldset>
        {filtered && (
          <button type="button" class="clear" onClick={() => (setPage(0), setFilters({}))}>
            {t('libraryClear')}
          </button>
        )}
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {undo && (
        <div class="toast" role="status">
          {t('libraryDeleted')}{' '}
          <button type="button" onClick={() => void restore()}>
            {t('libraryUndo')}
          </button>
        </div>
      )}
      <p class="muted count" aria-live="polite" data-testid="result-count">
        {summary}
      </p>
      {result &&
        result.items.length === 0 &&
        (filtered || page > 0 ? (
          <p class="empty">
            {t('libraryNoResults')}{' '}
            <button type="button" onClick={() => (setPage(0), setFilters({}))}>
              {t('libraryClear')}
            </button>
          </p>
        ) : (
          <Welcome onImport={onImport} />
        ))}
      <ul class="results">
        {result?.items.map((q) => (
          <QuoteCard key={q.id} quote={q} source={result.sources.find((s) => s.url === q.sourceUrl)} onDelete={() => void remove(q)} />
        ))}
      </ul>
      {result && (page > 0 || result.items.length === PAGE_SIZE) && (
        <nav class="pager" aria-label={t('libraryPager')}>
          <button type="button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
            {t('libraryPrev')}
          </button>
          <span>{t('libraryPage', page + 1)}</span>
          <button
            type="button"
            disabled={result.items.length < PAGE_SIZE || (total !== null && first + shown - 1 >= total)}
            onClick={() => setPage((p) => p + 1)}
          >
            {t('libraryNext')}
          </button>
        </nav>
      )}
    </>
  );
}

/** An empty library: what to do first. */
function Welcome({ onImport }: { onImport: () => void }) {
  return (
    <section class="welcome" data-testid="library-empty" aria-labelledby="welcome-h">
      <h2 id="welcome-h">{t('libraryEmptyHeading')}</h2>
      <ol>
        <li>{t('libraryEmptyStep1')}</li>
        <li>{t('libraryEmptyStep2')}</li>
        <li>{t('libraryEmptyStep3')}</li>
      </ol>
      <p class="muted">
        {t('libraryEmptyPrivate')}{' '}
        <button type="button" onClick={onImport}>
          {t('libraryImport')}
        </button>
      </p>
    </section>
  );
}
