/** The popup: the page's quotes in article order, each with its best related statement, and a compare view. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ext as browser } from '../shared/ext';
import { formatNumber, t, tPlural } from '../shared/i18n';
import type { PageQuote, QuoteStatus, RelatedItem, SavedOnPage, TabSummary } from '../shared/protocol';
import type { PopupApi } from './api';
import { Compare } from './Compare';
import { MarkSavedSetting } from './MarkSavedSetting';
import { QuoteList } from './QuoteList';
import { createStatusLoader, watchVisible, type StatusLoader, type VisibleWatch } from './status-loader';

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

/** content/observe's ordinary wait between re-reads of a live page; longer means it backed off. */
const LIVE_PACE_NORMAL_MS = 2000;

type State = { kind: 'loading' } | { kind: 'error'; error: string } | { kind: 'ready'; data: PopupData };

export async function loadPopupData(api: PopupApi, tabId: number | null): Promise<PopupData> {
  const empty: PopupData = { summary: null, quotes: [], total: 0, orphans: [], statuses: new Map(), related: new Map(), siteEnabled: true, host: '' };
  if (tabId === null) return empty;
  // One round trip for the first render (see getPopupPage).
  const page = await api.popupPage(tabId);
  // Never "no quotes" for a page the popup could not list: say why.
  if (!page.ok) throw new Error(page.error);
  const { summary, host, siteEnabled, quotes } = page.value;
  return { ...empty, summary, host, siteEnabled, ...(quotes ?? {}) };
}

/** Quotes per look-up: the background refuses more than its limit, and smaller pages keep it answering others. */
export const STATUS_PAGE = 25;

/** Looks up the statuses of `keys` and files them in `data`; false when the background refused. */
async function addStatuses(api: PopupApi, tabId: number, data: PopupData, keys: string[]): Promise<boolean> {
  const statuses = await api.statuses(tabId, keys);
  if (!statuses.ok) return false;
  keys.forEach((key, i) => {
    const s = statuses.value[i];
    if (!s) return;
    data.statuses.set(key, s);
    data.related.set(key, s.related);
  });
  return true;
}

/** Statuses of the quotes the reader can see, as they come into view (see status-loader). */
function useStatusLoading(api: PopupApi, tabId: number | null, data: PopupData | null, onLoaded: () => void): VisibleWatch | null {
  const loader = useMemo<StatusLoader | null>(() => {
    if (!data || tabId === null) return null;
    return createStatusLoader(async (keys) => {
      const done = await addStatuses(api, tabId, data, keys);
      onLoaded();
      return done;
    }, STATUS_PAGE);
  }, [data, tabId]);
  const watch = useMemo(() => {
    if (!loader) return null;
    if (typeof IntersectionObserver === 'function') return watchVisible((key) => loader.want(key));
    // No way to tell what is in view: all of them, still a page at a time.
    for (const q of data?.quotes ?? []) loader.want(q.key);
    return null;
  }, [loader]);
  useEffect(
    () => () => {
      loader?.stop();
      watch?.disconnect();
    },
    [loader, watch],
  );
  return watch;
}

export function App({ tabId, api }: { tabId: number | null; api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [compare, setCompare] = useState<{ quote: PageQuote; other: RelatedItem } | null>(null);
  /** The list's scroll position when Compare opened: Back returns there. */
  const listScroll = useRef(0);
  /** Set while the site is being switched on: the text changes at once, before the page has re-read itself. */
  const [turningOn, setTurningOn] = useState(false);
  const [, setPages] = useState(0);
  const generation = useRef(0);
  const reload = () => {
    const mine = ++generation.current;
    return loadPopupData(api, tabId)
      .then((data) => generation.current === mine && setState({ kind: 'ready', data }))
      .catch((e: unknown) => setState({ kind: 'error', error: e instanceof Error ? e.message : String(e) }));
  };
  // A layout effect runs as the first render commits; a plain effect waits for a paint (a frame or more) before asking.
  useLayoutEffect(() => void reload(), [tabId]);

  const data = state.kind === 'ready' ? state.data : null;
  const watch = useStatusLoading(api, tabId, data, () => setPages((n) => n + 1));
  const toggleSite = async () => {
    if (!data?.host) return;
    const on = !data.siteEnabled;
    // Said at once; the page's own re-read comes after.
    setState({ kind: 'ready', data: { ...data, siteEnabled: on, quotes: on ? data.quotes : [], total: on ? data.total : 0 } });
    setTurningOn(on);
    const since = data.summary?.updatedAt ?? 0;
    await api.setSiteEnabled(data.host, on);
    if (on) await waitForReread(api, tabId, since);
    setTurningOn(false);
    void reload();
  };
  const openCompare = (quote: PageQuote, other: RelatedItem) => {
    listScroll.current = window.scrollY;
    setCompare({ quote, other });
    window.scrollTo(0, 0);
  };
  useLayoutEffect(() => {
    if (!compare) window.scrollTo(0, listScroll.current);
  }, [compare]);

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
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') })}>
          {t('openLibrary')}
        </button>
      </header>
      <main aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p class="muted">{t('popupLoading')}</p>}
        {state.kind === 'error' && <p role="alert">{t('popupError', state.error)}</p>}
        {data && compare && <Compare quote={compare.quote} other={compare.other} onBack={() => setCompare(null)} />}
        {/* Kept mounted behind Compare, so Back finds the list, its disclosures and its look-ups as they were. */}
        {data && (
          <div hidden={Boolean(compare)}>
            <PopupBody data={data} tabId={tabId} api={api} watch={watch} turningOn={turningOn} onChanged={() => void reload()} onCompare={openCompare} />
          </div>
        )}
      </main>
      {/* After the list: its own question to the background would otherwise go ahead of the list's. Kept mounted
          behind Compare, like the list, so Back finds the page as tall as it was and its scroll position holds. */}
      {data && (
        <div hidden={Boolean(compare)}>
          <MarkSavedSetting api={api} />
        </div>
      )}
    </>
  );
}

/** After switching a site on: the page reads itself again; wait (bounded) for its new summary. */
async function waitForReread(api: PopupApi, tabId: number | null, since: number): Promise<void> {
  if (tabId === null) return;
  for (let i = 0; i < 25; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const s = await api.summary(tabId);
    if (s.ok && s.value && s.value.updatedAt > since && s.value.paragraphCount > 0) return;
  }
}

interface BodyProps {
  data: PopupData;
  tabId: number | null;
  api: PopupApi;
  watch: VisibleWatch | null;
  turningOn: boolean;
  onChanged: () => void;
  onCompare: (q: PageQuote, o: RelatedItem) => void;
}

function PopupBody({ data, tabId, api, watch, turningOn, onChanged, onCompare }: BodyProps) {
  if (!data.summary) return <p class="empty">{t('popupNoPage')}</p>;
  if (!data.siteEnabled)
    return (
      <p class="empty" data-testid="site-state">
        {t('popupSiteOff')}
      </p>
    );
  if (turningOn)
    return (
      <p class="empty" role="status" data-testid="site-state">
        {t('popupSiteTurningOn')}
      </p>
    );
  return (
    <>
      <p class="muted page-title">{data.summary.title}</p>
      <ul class="stats" aria-label={data.summary.title}>
        <li data-testid="paragraph-count">
          <Count n={data.summary.paragraphCount} one="popupParagraphsOne" other="popupParagraphs" />
        </li>
        <li data-testid="quote-count">
          <Count n={data.summary.quoteCount} one="popupQuotesOne" other="popupQuotes" />
        </li>
        <li data-testid="official-count">
          <Count n={data.summary.officialCount} one="popupOfficialsOne" other="popupOfficials" />
        </li>
      </ul>
      {data.summary.liveIntervalMs !== undefined && data.summary.liveIntervalMs > LIVE_PACE_NORMAL_MS && (
        <p class="muted" role="status" data-testid="live-slowed">
          {t('popupLiveSlowed', String(Math.round(data.summary.liveIntervalMs / 1000)))}
        </p>
      )}
      {data.total > data.quotes.length && (
        <p class="muted" role="status" data-testid="too-many">
          {t('popupTooMany', data.quotes.length, data.total)}
        </p>
      )}
      {data.quotes.length === 0 ? (
        <p class="empty">{t('popupNoQuotes')}</p>
      ) : (
        <QuoteList data={data} tabId={tabId} api={api} watch={watch} onChanged={onChanged} onCompare={onCompare} />
      )}
      {data.orphans.length > 0 && (
        <section aria-labelledby="orphans-h" class="orphans">
          <h2 id="orphans-h">{t('popupOrphans')}</h2>
          <ul>
            {data.orphans.map((o) => (
              <li key={o.id} data-testid="orphan">
                <q>{o.text}</q>
                {o.speaker ? ` — ${o.speaker}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** "1 quoted statement", "12 quoted statements": the number strong, the noun by the language's plural rule. */
function Count({ n, one, other }: { n: number; one: string; other: string }) {
  const noun = tPlural(n, one, other);
  return (
    <>
      <strong>{formatNumber(n)}</strong> {noun}
    </>
  );
}
