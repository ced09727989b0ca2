/** Content script entry: wires the browser to the controller. The logic lives in the modules it imports. */
import { ext as browser, type Browser } from '../shared/ext';
import { sendFromContent } from '../shared/messaging';
import { t } from '../shared/i18n';
import { err, ok, type Result } from '../shared/result';
import { FrameCard } from './card/frame-host';
import { createController } from './controller';
import { createHighlighter } from './highlights';
import { highlightStyles } from './highlight-styles';
import { trackHover } from './hover';
import { observePage } from './observe';
import { analyzePageAsync } from './page-analysis';
import { createYielder } from './schedule';
import { readMetaText } from './page-meta';

// Computed style, not checkVisibility(): that walks up the tree (slow on deep pages) and calls
// display: contents wrappers hidden, though their children show.
const isHidden = (el: Element) => {
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden';
};
const highlighter = createHighlighter({
  doc: document,
  // Feature-detected: older engines lack the Custom Highlight API and get the wrapping fallback.
  highlights: typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined,
  Highlight: typeof Highlight === 'function' ? Highlight : undefined,
  styles: highlightStyles(document, typeof CSSStyleSheet === 'function' ? CSSStyleSheet : undefined),
});
let cardUrl = browser.runtime.getURL('src/card/index.html');
const card = new FrameCard({ doc: document, win: window, frameUrl: () => cardUrl, title: t('cardFrameTitle') });
let markSaved = false;
const controller = createController({
  doc: document,
  highlighter,
  card,
  send: sendFromContent,
  analyze: (previous) => analyzePageAsync(document, { isHidden }, createYielder(Date.now), {
    readMeta: (headline) => readMetaText(document, headline),
    location: () => location.href,
    analyze: (request) => sendFromContent('analyzePage', request),
    sendPart: (request) => sendFromContent('articlePart', request),
    uploadId: () => crypto.randomUUID(),
  }, previous),
  location: () => location.href,
  strings: { saveFailed: (why) => t('saveFailed', why), nothingSelected: () => t('nothingSelected') },
  markSaved: () => markSaved,
});

let observer: ReturnType<typeof observePage> | null = null;

async function refresh(live = false): Promise<void> {
  await controller.refresh(live);
  if (highlighter.mode === 'wrap') observer?.discard();
}

async function start(): Promise<void> {
  const setting = await sendFromContent('getSiteSetting', null);
  if (setting.ok && !setting.value.enabled) return void controller.setEnabled(false);
  markSaved = setting.ok && setting.value.markSaved;
  if (setting.ok && setting.value.cardUrl) cardUrl = setting.value.cardUrl;
  await refresh();
  trackHover(document, window, controller, card);
  // A live change re-reads only what changed; wrapped marks split the page's text nodes, so that mode starts afresh.
  const live = (reason: 'mutation' | 'navigation') => reason === 'mutation' && highlighter.mode !== 'wrap';
  observer = observePage(document, window, () => controller.model?.page.article.root ?? null, (reason) => refresh(live(reason)));
}

function setSiteEnabled(on: boolean): void {
  if (on === controller.enabled) return;
  void Promise.resolve(controller.setEnabled(on)).then(() => highlighter.mode === 'wrap' && observer?.discard());
  if (on && !observer) void start();
}

const handlers: Record<string, () => Promise<Result<unknown>> | Result<unknown>> = {
  rescanPage: async () => ok(await controller.refresh()),
  listPageQuotes: () => ok(controller.listPageQuotes()),
  saveSelection: () => {
    const selection = window.getSelection();
    return controller.saveSelection(selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null);
  },
  saveQuoteByKey: () => err('missing key'),
  saveFocusedQuote: () => controller.saveFocused(),
  focusNextQuote: () => {
    controller.focusNext();
    return ok(null);
  },
};

// sendResponse and `return true`, not a returned promise: Chrome before 148 knows only that form.
browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
  // Only the extension itself may drive the content script.
  const reply = sender.id === browser.runtime.id ? answer(message) : null;
  void (reply ?? Promise.resolve(err('refused'))).then(sendResponse, (e: unknown) => sendResponse(err(e instanceof Error ? e.message : 'failed')));
  return true;
});

function answer(message: unknown): Promise<Result<unknown>> | null {
  const type = (message as { type?: unknown })?.type;
  if (type === 'siteSettingChanged') {
    const setting = (message as { payload?: { host?: unknown; enabled?: unknown } }).payload;
    if (setting?.host === location.hostname && typeof setting.enabled === 'boolean') setSiteEnabled(setting.enabled);
    return Promise.resolve(ok(null));
  }
  if (type === 'cardEvent') {
    const event = (message as { payload?: { type?: unknown; key?: unknown; id?: unknown } }).payload;
    if (event?.type === 'closed') controller.onCardEvent({ type: 'closed' });
    if (event?.type === 'saved' && typeof event.key === 'string' && typeof event.id === 'string') controller.onCardEvent({ type: 'saved', key: event.key, id: event.id });
    return Promise.resolve(ok(null));
  }
  if (type === 'saveQuoteByKey') {
    const key = (message as { payload?: { key?: unknown } }).payload?.key;
    const index = controller.model?.quotes.findIndex((q) => q.key === key) ?? -1;
    return Promise.resolve(index >= 0 ? controller.save(index) : err('that quote is no longer on the page'));
  }
  const handler = typeof type === 'string' && Object.hasOwn(handlers, type) ? handlers[type] : undefined;
  return handler ? Promise.resolve(handler()) : null;
}

void start();
