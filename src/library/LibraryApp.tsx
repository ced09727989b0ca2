/** The library page: search and filter saved quotes, people with their timelines, export and import. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '../shared/i18n';
import type { Preferences } from '../shared/protocol';
import { daysSince, relativeTime } from '../shared/relative-time';
import type { LibraryApi } from './api';
import { onLibraryChanged } from '../shared/library-changes';
import { ExportImport } from './ExportImport';
import { PeopleView } from './PeopleView';
import { QuoteSearch } from './QuoteSearch';

/** `#person=ID` (from an official's hover card) opens that person's page. */
const personInHash = () => (location.hash.startsWith('#person=') ? decodeURIComponent(location.hash.slice('#person='.length)) : null);

export function LibraryApp({ api }: { api: LibraryApi }) {
  const [tab, setTab] = useState<'quotes' | 'people'>(location.hash === '#people' || personInHash() ? 'people' : 'quotes');
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0); // bumps after imports and merges so views reload
  const [importAsked, setImportAsked] = useState(0);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const loadPrefs = () => void api.preferences().then((r) => r.ok && setPrefs(r.value));
  useEffect(loadPrefs, []);
  // A sync round in the worker applied server changes: the views read the library again.
  useEffect(() => onLibraryChanged(() => setVersion((v) => v + 1)), []);
  const remind = prefs && prefs.exportReminder > 0 && daysSince(prefs.lastExportAt, Date.now()) >= prefs.exportReminder;
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  useEffect(() => {
    void api.ping().then((r) => setStatus(r.ok ? t('libraryVersion', r.value.version) : t('popupError', r.error)));
  }, []);
  const select = (next: 'quotes' | 'people', focus = false) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
    if (focus) tabs.current[next]?.focus();
  };
  // The WAI-ARIA tabs pattern: arrows move between tabs (and select them), Home and End go to the ends.
  const onTabKey = (e: KeyboardEvent) => {
    const order = ['quotes', 'people'] as const;
    const at = order.indexOf(tab);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % order.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + order.length) % order.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? order.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    select(order[to]!, true);
  };
  return (
    <div class="library">
      <header>
        <h1>{t('libraryHeading')}</h1>
        <div role="tablist" aria-label={t('libraryHeading')} onKeyDown={onTabKey}>
          {(['quotes', 'people'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              ref={(el) => void (tabs.current[id] = el)}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => select(id)}
            >
              {t(id === 'quotes' ? 'libraryTabQuotes' : 'libraryTabPeople')}
            </button>
          ))}
        </div>
        <ExportImport api={api} onImported={() => setVersion((v) => v + 1)} onExported={loadPrefs} openImport={importAsked} />
        <a href="../settings/index.html" class="settings-link">
          {t('openSettings')}
        </a>
      </header>
      {remind && (
        <p class="reminder" role="status" data-testid="export-reminder">
          {prefs.lastExportAt ? t('libraryExportReminder', relativeTime(prefs.lastExportAt, Date.now(), uiLocale())) : t('libraryExportReminderNever')}
        </p>
      )}
      <main>
        <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
          {tab === 'quotes' ? (
            <QuoteSearch api={api} version={version} onImport={() => setImportAsked((n) => n + 1)} />
          ) : (
            <PeopleView api={api} version={version} initialPerson={personInHash()} onChanged={() => setVersion((v) => v + 1)} />
          )}
        </section>
      </main>
      <footer class="muted" data-testid="library-status">
        {status}
      </footer>
    </div>
  );
}
