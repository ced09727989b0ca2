/** Content script entry: wires the browser to the controller, the features and the message handlers. */
import { ext as browser, type Browser } from '../shared/ext';
import { sendFromContent } from '../shared/messaging';
import { t } from '../shared/i18n';
import { NOTICE_STRINGS } from '../shared/card-protocol';
import { err } from '../shared/result';
import { FrameCard } from './card/frame-host';
import { createController } from './controller';
import { createFeatures } from './features';
import { createHighlighter } from './highlights';
import { highlightStyles } from './highlight-styles';
import { answerMessage, contentMessageHandlers } from './messages';
import { analyzePageAsync } from './page-analysis';
import { createYielder } from './schedule';
import { readMetaText } from './page-meta';

// Computed style, not checkVisibility(): that walks up the tree (slow on deep pages) and calls
// display: contents wrappers hidden, though their children show.
const isHidden = (el: Element) => {
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden';
};
const styles = highlightStyles(document, typeof CSSStyleSheet === 'function' ? CSSStyleSheet : undefined);
const highlighter = createHighlighter({
  doc: document,
  // Feature-detected: older engines lack the Custom Highlight API and get the wrapping fallback.
  highlights: typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined,
  Highlight: typeof Highlight === 'function' ? Highlight : undefined,
  styles,
});
// The frame's address and title are read when a card is first shown, not on every page: the first i18n look-up
// in a page fetches the extension's whole message bundle (about 4 ms of the page's time in the page bench).
let cardUrl: string | null = null;
const card = new FrameCard({
  doc: document,
  win: window,
  frameUrl: () => (cardUrl ??= browser.runtime.getURL('src/card/index.html')),
  get title() {
    return t('cardFrameTitle');
  },
});
let markSaved = false;
const controller = createController({
  doc: document,
  highlighter,
  card,
  send: sendFromContent,
  analyze: (previous) =>
    analyzePageAsync(
      document,
      { isHidden },
      createYielder(Date.now),
      {
        readMeta: (headline) => readMetaText(document, headline),
        location: () => location.href,
        analyze: (request) => sendFromContent('analyzePage', request),
        sendPart: (request) => sendFromContent('articlePart', request),
        uploadId: () => crypto.randomUUID(),
      },
      previous,
    ),
  location: () => location.href,
  strings: { notSaved: (why) => t(NOTICE_STRINGS[why]) },
  markSaved: () => markSaved,
});
const features = createFeatures({
  doc: document,
  win: window,
  controller,
  card,
  highlighter,
  // The top frame's pace is the tab's: the popup says when a page is re-read less often than usual.
  onPace: window === window.top ? (intervalMs) => void sendFromContent('livePace', { intervalMs }) : undefined,
});
const handlers = contentMessageHandlers({
  controller,
  features,
  hostname: () => location.hostname,
  selection: () => {
    const selection = window.getSelection();
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  },
});

// sendResponse and `return true`, not a returned promise: Chrome before 148 knows only that form.
browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
  // Only the extension itself may drive the content script.
  const reply = sender.id === browser.runtime.id ? answerMessage(handlers, message) : null;
  void (reply ?? Promise.resolve(err('refused'))).then(sendResponse, (e: unknown) => sendResponse(err(e instanceof Error ? e.message : 'failed')));
  return true;
});

void sendFromContent('getSiteSetting', null).then((setting) => {
  markSaved = setting.ok && setting.value.markSaved;
  if (setting.ok && setting.value.cardUrl) cardUrl = setting.value.cardUrl;
  if (setting.ok && setting.value.look) styles.setLook(setting.value.look);
  if (setting.ok && !setting.value.enabled) void controller.setEnabled(false);
  else void features.start();
});
