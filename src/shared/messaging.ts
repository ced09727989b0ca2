/** A small typed send/on wrapper over runtime messaging. */
import { ext as browser } from './ext';
import type { BackgroundToContent, ContentToBackground, PageToBackground } from './protocol';
import { describeError, err, type Result } from './result';

type AnyMap = Record<string, { request: unknown; response: unknown }>;
type Response<M extends AnyMap, K extends keyof M> = Result<M[K]['response']>;

async function send<M extends AnyMap, K extends keyof M & string>(
  deliver: (message: unknown) => Promise<unknown>,
  type: K,
  payload: M[K]['request'],
  retries = 0,
): Promise<Response<M, K>> {
  try {
    const reply = await deliver({ type, payload });
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Response<M, K>;
    throw new Error(`no answer to ${type}`);
  } catch (e) {
    // A service worker stopped mid-request drops the reply; it restarts on the next message, so ask again.
    if (retries > 0) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      return send<M, K>(deliver, type, payload, retries - 1);
    }
    return err(describeError(e));
  }
}

const RETRY_DELAY_MS = 150;

/** Content messages are all idempotent (a save of the same quote is the same record), so one retry is safe. */
export const sendFromContent = <K extends keyof ContentToBackground & string>(type: K, payload: ContentToBackground[K]['request']) =>
  send<ContentToBackground, K>((m) => browser.runtime.sendMessage(m), type, payload, 2);

export const sendFromPage = <K extends keyof PageToBackground & string>(type: K, payload: PageToBackground[K]['request']) =>
  send<PageToBackground, K>((m) => browser.runtime.sendMessage(m), type, payload);

/** To a tab's content scripts: all its frames, or one (`frameId`). */
export const sendToTab = <K extends keyof BackgroundToContent & string>(tabId: number, type: K, payload: BackgroundToContent[K]['request'], frameId?: number) =>
  send<BackgroundToContent, K>(
    (m) => (frameId === undefined ? browser.tabs.sendMessage(tabId, m) : browser.tabs.sendMessage(tabId, m, { frameId })),
    type,
    payload,
  );
