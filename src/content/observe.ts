/**
 * Keeps the analysis current on live pages at bounded cost: DOM changes inside the article are debounced and
 * re-analysed at most once per interval; changes elsewhere (tickers, ads, OnRecord's own card) cost nothing;
 * client-side navigation (pushState) is caught by watching the address.
 */
import { OWN_UI_ATTRIBUTE } from './extract-rules';

export interface ObserveOptions {
  debounceMs?: number;
  minIntervalMs?: number;
  urlPollMs?: number;
  /** The longest wait between re-reads of a page that keeps changing, however costly a re-read is. */
  maxIntervalMs?: number;
  /** Told the wait between re-reads whenever it changes, so the popup can say a page is read less often. */
  onPace?: (intervalMs: number) => void;
}

/**
 * A re-read may take at most about a tenth of the time: the wait before the next one grows with what the
 * last one cost, so a huge page that changes every few milliseconds is re-read less often, not constantly.
 */
const COST_SHARE = 10;

export function observePage(
  doc: Document,
  win: Window,
  root: () => Element | null,
  onChange: (reason: 'mutation' | 'navigation') => Promise<void> | void,
  opts: ObserveOptions = {},
): { stop: () => void; discard: () => void } {
  const debounceMs = opts.debounceMs ?? 400;
  const baseIntervalMs = opts.minIntervalMs ?? 2000;
  const maxIntervalMs = opts.maxIntervalMs ?? 60_000;
  let minIntervalMs = baseIntervalMs;
  let timer = 0;
  let lastRun = 0;
  let url = win.location.href;

  let pendingSince = 0;
  let running = false;
  let again: 'mutation' | 'navigation' | null = null;
  const schedule = (reason: 'mutation' | 'navigation') => {
    // Debounced, but a page that never stops changing is still re-read once per interval, not never.
    if (timer && Date.now() - pendingSince >= minIntervalMs) return;
    if (!timer) pendingSince = Date.now();
    win.clearTimeout(timer);
    const wait = Math.max(debounceMs, lastRun + minIntervalMs - Date.now());
    timer = win.setTimeout(() => {
      timer = 0;
      // One re-read at a time: a change during one is read after it, at the pace its cost sets.
      if (running) return void (again = reason);
      running = true;
      lastRun = Date.now();
      void Promise.resolve(onChange(reason)).finally(() => {
        running = false;
        const pace = Math.min(maxIntervalMs, Math.max(baseIntervalMs, (Date.now() - lastRun) * COST_SHARE));
        // Reported in whole seconds, so a page whose cost wobbles does not send a message per re-read.
        if (Math.round(pace / 1000) !== Math.round(minIntervalMs / 1000)) opts.onPace?.(pace);
        minIntervalMs = pace;
        const next = again;
        again = null;
        if (next) schedule(next);
      });
    }, wait);
  };

  const relevant = (records: MutationRecord[]) => {
    const article = root();
    for (const r of records) {
      const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (!target || target.closest(`[${OWN_UI_ATTRIBUTE}]`)) continue;
      // Without a known article, any change in the body may add one.
      if (!article || article.contains(target) || target.contains(article)) return true;
    }
    return false;
  };

  const observer = new MutationObserver((records) => {
    if (relevant(records)) schedule('mutation');
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const poll = win.setInterval(() => {
    if (win.location.href === url) return;
    url = win.location.href;
    schedule('navigation');
  }, opts.urlPollMs ?? 1000);
  const onPop = () => schedule('navigation');
  win.addEventListener('popstate', onPop);
  return {
    stop() {
      observer.disconnect();
      win.clearInterval(poll);
      win.clearTimeout(timer);
      win.removeEventListener('popstate', onPop);
    },
    /** Forgets changes OnRecord made itself (the wrapping fallback's marks). */
    discard: () => void observer.takeRecords(),
  };
}
