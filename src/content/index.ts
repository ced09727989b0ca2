import browser from 'webextension-polyfill';
import { sendFromContent } from '../shared/messaging';
import { ok } from '../shared/result';
import { createHighlighter } from './highlights';
import { scanPage, summarize } from './scan-page';

const isHidden = (el: Element) => typeof el.checkVisibility === 'function' && !el.checkVisibility();
const highlighter = createHighlighter({
  doc: document,
  // Feature-detected: older engines lack the Custom Highlight API and get the wrapping fallback.
  highlights: typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined,
  Highlight: typeof Highlight === 'function' ? Highlight : undefined,
});

async function run() {
  const summary = summarize(scanPage(document, highlighter, { isHidden }), location.href);
  await sendFromContent('pageScanned', summary);
  return summary;
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: unknown })?.type === 'rescanPage') return run().then(ok);
  return undefined;
});

void run();
