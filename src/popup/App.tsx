/** The popup: the page's quotes grouped by speaker, each with its related earlier statements, and a compare view. */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { hostOf } from '../core';
import { t } from '../shared/i18n';
import type { PageQuote, QuoteStatus, RelatedItem, SavedOnPage, TabSummary } from '../shared/protocol';
import type { PopupApi } from './api';
import { Compare } from './Compare';
import { MarkSavedSetting } from './MarkSavedSetting';
import { QuoteGroups } from './QuoteGroups';

export interface PopupData {
  summary: TabSummary | null;
  quotes: PageQuote[];
  /** All the page's quotes; more than `quotes` holds when the page has more than the popup lists. */
  total: number;
  orphans: SavedOnPage[];
  statuses: Map<string, QuoteStatus>;
  related: Map<string, RelatedItem[]>;
  siteEnabled: boolean;
  host: string;
}

type State = { kind: 'loading' } | { kind: 'error'; error: string } | { kind: 'ready'; data: PopupData };


export async function loadPopupData(api: PopupApi, tabId: number | null): Promise<PopupData> {
  const summary = tabId === null ? null : await api.summary(tabId).then((r) => (r.ok ? r.value : null));
  const host = hostOf(summary?.url);
  const siteEnabled = host ? await api.siteEnabled(host) : true;
  const empty: PopupData = { summary, quotes: [], total: 0, orphans: [], statuses: new Map(), related: new Map(), siteEnabled, host };

  if (tabId === null || !summary || !siteEnabled) return empty;
  const page = await api.pageQuotes(tabId);
  // Never "no quotes" for a page the popup could not list: say why.
  if (!page.ok) throw new Error(page.error);
  const { quotes, orphans, total } = page.value;
  const data = { ...empty, quotes, orphans, total };
  // What the popup shows first is asked for first; the rest follows page by page (see loadRemainingStatuses).
  await addStatuses(api, data, quotes.slice(0, STATUS_PAGE));
  return data;
}

/** Quotes per look-up: the background refuses more than its limit, and smaller pages keep it answering others. */
export const STATUS_PAGE = 25;

async function addStatuses(api: PopupApi, data: PopupData, quotes: PageQuote[]): Promise<boolean> {
  if (quotes.length === 0) return true;
  const statuses = await api.statuses(quotes);
  if (!statuses.ok) return false;
  quotes.forEach((q, i) => {
    const s = statuses.value[i];
    if (!s) return;
    data.statuses.set(q.key, s);
    data.related.set(q.key, s.related);
  });
  return true;
}

/** The quotes after the first page, one page at a time, each awaited: never a flood of look-ups. */
export async function loadRemainingStatuses(api: PopupApi, data: PopupData, onPage: () => void, stopped: () => boolean): Promise<void> {
  for (let from = STATUS_PAGE; from < data.quotes.length && !stopped(); from += STATUS_PAGE) {
    if (!(await addStatuses(api, data, data.quotes.slice(from, from + STATUS_PAGE)))) return;
    onPage();
  }
}

export function App({ tabId, api }: { tabId: number | null; api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [compare, setCompare] = useState<{ quote: PageQuote; other: RelatedItem } | null>(null);
  const [, setPages] = useState(0);
  const generation = useRef(0);
  const reload = () => {
    const mine = ++generation.current;
    return loadPopupData(api, tabId)
      .then((data) => {
        setState({ kind: 'ready', data });
        return loadRemainingStatuses(api, data, () => setPages((n) => n + 1), () => generation.current !== mine);
      })
      .catch((e: unknown) => setState({ kind: 'error', error: e instanceof Error ? e.message : String(e) }));
  };
  useEffect(() => void reload(), [tabId]);

  const data = state.kind === 'ready' ? state.data : null;
  const toggleSite = async () => {
    if (!data?.host) return;
    await api.setSiteEnabled(data.host, !data.siteEnabled);
    if (tabId !== null && !data.siteEnabled) await new Promise((r) => setTimeout(r, 300));
    void reload();
  };

  return (
    <>
      <header>
        <h1>{compare ? t('compareHeading') : t('popupHeading')}</h1>
        {data?.host && !compare && (
          <label class="switch">
            <input type="checkbox" role="switch" checked={data.siteEnabled} onChange={() => void toggleSite()} data-testid="site-toggle" />
            <span>{t('popupSite')}</span>
          </label>
        )}
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') })}>{t('openLibrary')}</button>
      </header>
      <main aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {state.kind === 'error' && <p role="alert">{t('popupError', state.error)}</p>}
        {data && compare && <Compare quote={compare.quote} other={compare.other} onBack={() => setCompare(null)} />}
        {data && !compare && <PopupBody data={data} tabId={tabId} api={api} onChanged={() => void reload()} onCompare={(quote, other) => setCompare({ quote, other })} />}
      </main>
      {!compare && <MarkSavedSetting api={api} />}
    </>
  );
}

function PopupBody({ data, tabId, api, onChanged, onCompare }: { data: PopupData; tabId: number | null; api: PopupApi; onChanged: () => void; onCompare: (q: PageQuote, o: RelatedItem) => void }) {
  if (!data.summary) return <p class="empty">{t('popupNoPage')}</p>;
  if (!data.siteEnabled) return <p class="empty">{t('popupSiteOff')}</p>;
  return (
    <>
      <p class="muted page-title">{data.summary.title}</p>
      <ul class="stats" aria-label={data.summary.title}>
        <li data-testid="paragraph-count"><strong>{data.summary.paragraphCount}</strong> {t('popupParagraphs')}</li>
        <li data-testid="quote-count"><strong>{data.summary.quoteCount}</strong> {t('popupQuotes')}</li>
        <li data-testid="official-count"><strong>{data.summary.officialCount}</strong> {t('popupOfficials')}</li>
      </ul>
      {data.total > data.quotes.length && <p class="muted" role="status" data-testid="too-many">{t('popupTooMany', data.quotes.length, data.total)}</p>}
      {data.quotes.length === 0 ? <p class="empty">{t('popupNoQuotes')}</p> : <QuoteGroups data={data} tabId={tabId} api={api} onChanged={onChanged} onCompare={onCompare} />}
      {data.orphans.length > 0 && (
        <section aria-labelledby="orphans-h" class="orphans">
          <h2 id="orphans-h">{t('popupOrphans')}</h2>
          <ul>
            {data.orphans.map((o) => (
              <li key={o.id} data-testid="orphan"><q>{o.text}</q>{o.speaker ? ` — ${o.speaker}` : ''}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
