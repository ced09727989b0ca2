import { scanPage } from './scan-page';
import { sendFromContent } from '../shared/messaging';
import browser from 'webextension-polyfill';

const isHidden = (el: Element) => typeof el.checkVisibility === 'function' && !el.checkVisibility();

async function run() {
  const summary = scanPage(document, location.href, { isHidden });
  await sendFromContent('pageScanned', summary);
  return summary;
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: unknown })?.type === 'rescanPage') return run().then((value) => ({ ok: true, value }));
  return undefined;
});

void run();
