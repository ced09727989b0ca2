/**
 * What the background may ask of the content script: one typed handler per BackgroundToContent message,
 * checked against the protocol with `satisfies`. Payloads come from our own background (the entry checks the
 * sender), but are still read as unknown: a handler uses only what it has checked.
 */
import { err, ok, type Result } from '../shared/result';
import type { BackgroundToContent, SavedOnPage } from '../shared/protocol';
import type { Controller } from './controller';
import type { Features } from './features';

export type ContentMessageHandlers = {
  [K in keyof BackgroundToContent]: (payload: unknown) => Promise<Result<BackgroundToContent[K]['response']>> | Result<BackgroundToContent[K]['response']>;
};

export interface MessageDeps {
  controller: Controller;
  features: Features;
  /** The reader's selection in this frame, if any. */
  selection: () => Range | null;
  hostname: () => string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isSaved = (x: unknown): x is SavedOnPage =>
  isObject(x) && typeof x.id === 'string' && typeof x.text === 'string' && Array.isArray(x.selectors) && x.selectors.length === 2;
const off = () => err('OnRecord is off for this site');

export function contentMessageHandlers({ controller, features, selection, hostname }: MessageDeps) {
  const step = (delta: 1 | -1) => {
    if (!features.running) return off();
    controller.focusStep(delta);
    return ok(null);
  };
  return {
    rescanPage: async () => ok(await controller.refresh()),
    saveSelection: () => (features.running ? controller.saveSelection(selection()) : off()),
    saveFocusedQuote: () => (features.running ? controller.saveFocused() : off()),
    focusNextQuote: () => step(1),
    focusPreviousQuote: () => step(-1),
    cardEvent: (payload) => {
      if (isObject(payload) && payload.type === 'closed') controller.close();
      if (isObject(payload) && payload.type === 'step' && (payload.delta === 1 || payload.delta === -1)) return step(payload.delta);
      return ok(null);
    },
    savedChanged: (payload) => {
      const saved = isObject(payload) && Array.isArray(payload.saved) ? payload.saved.filter(isSaved) : null;
      if (!saved) return err('invalid savedChanged');
      controller.markSaved(saved);
      return ok(null);
    },
    siteSettingChanged: (payload) => {
      // Every tab hears it; only pages of that site act on it.
      if (!isObject(payload) || payload.host !== hostname() || typeof payload.enabled !== 'boolean') return ok(null);
      if (payload.enabled) void features.start();
      else features.stop();
      return ok(null);
    },
  } satisfies ContentMessageHandlers;
}

/** Answers a message with its handler, or null when there is none (another listener's message). */
export function answerMessage(handlers: ContentMessageHandlers, message: unknown): Promise<Result<unknown>> | null {
  const type = isObject(message) ? message.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return null;
  return Promise.resolve(handlers[type as keyof ContentMessageHandlers](isObject(message) ? message.payload : undefined));
}
