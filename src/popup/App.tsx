import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendFromPage } from '../shared/messaging';
import type { TabSummary } from '../shared/protocol';
import { t } from '../shared/i18n';

type State = { kind: 'loading' } | { kind: 'error'; error: string } | { kind: 'ready'; summary: TabSummary | null };

export function App({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === null) return setState({ kind: 'ready', summary: null });
    void sendFromPage('getTabSummary', { tabId }).then((r) =>
      setState(r.ok ? { kind: 'ready', summary: r.value } : { kind: 'error', error: r.error }),
    );
  }, [tabId]);

  return (
    <>
      <header>
        <h1>{t('popupHeading')}</h1>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') })}>
          {t('openLibrary')}
        </button>
      </header>
      <main aria-live="polite">
        {state.kind === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {state.kind === 'error' && <p role="alert">{t('popupError', state.error)}</p>}
        {state.kind === 'ready' && !state.summary && <p class="muted">{t('popupNoPage')}</p>}
        {state.kind === 'ready' && state.summary && <Summary summary={state.summary} />}
      </main>
    </>
  );
}

function Summary({ summary }: { summary: TabSummary }) {
  return (
    <section aria-label={summary.title}>
      <p class="muted">{summary.title}</p>
      <ul class="stats">
        <li data-testid="paragraph-count"><strong>{summary.paragraphCount}</strong>{' '}{t('popupParagraphs')}</li>
        <li data-testid="quote-count"><strong>{summary.quoteCount}</strong>{' '}{t('popupQuotes')}</li>
        <li data-testid="official-count"><strong>{summary.officialCount}</strong>{' '}{t('popupOfficials')}</li>
      </ul>
    </section>
  );
}
