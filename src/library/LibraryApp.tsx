/** The library page: search and filter saved quotes, people with their timelines, export and import. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { LibraryApi } from './api';
import { ExportImport } from './ExportImport';
import { PeopleView } from './PeopleView';
import { QuoteSearch } from './QuoteSearch';

/** `#person=ID` (from an official's hover card) opens that person's page. */
const personInHash = () => (location.hash.startsWith('#person=') ? decodeURIComponent(location.hash.slice('#person='.length)) : null);

export function LibraryApp({ api }: { api: LibraryApi }) {
  const [tab, setTab] = useState<'quotes' | 'people'>(location.hash === '#people' || personInHash() ? 'people' : 'quotes');
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0); // bumps after imports and merges so views reload
  useEffect(() => {
    void api.ping().then((r) => setStatus(r.ok ? t('libraryVersion', r.value.version) : t('popupError', r.error)));
  }, []);
  const select = (next: 'quotes' | 'people') => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };
  return (
    <div class="library">
      <header>
        <h1>{t('libraryHeading')}</h1>
        <nav role="tablist" aria-label={t('libraryHeading')}>
          {(['quotes', 'people'] as const).map((id) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => select(id)}>
              {t(id === 'quotes' ? 'libraryTabQuotes' : 'libraryTabPeople')}
            </button>
          ))}
        </nav>
        <ExportImport api={api} onImported={() => setVersion((v) => v + 1)} />
      </header>
      <main>
        <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'quotes' ? <QuoteSearch api={api} version={version} /> : <PeopleView api={api} version={version} initialPerson={personInHash()} onChanged={() => setVersion((v) => v + 1)} />}
        </section>
      </main>
      <footer class="muted" data-testid="library-status">{status}</footer>
    </div>
  );
}
