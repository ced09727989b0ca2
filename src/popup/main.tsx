import { render } from 'preact';
import { ext as browser } from '../shared/ext';
import { popupApi } from './api';
import { App } from './App';

/** The popup reads the active tab; tests and the demo may name one with ?tabId=. */
async function resolveTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void resolveTabId().then((tabId) => render(<App tabId={tabId} api={popupApi} />, document.getElementById('app')!));
