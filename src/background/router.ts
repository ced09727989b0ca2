/**
 * Routes runtime messages to handlers by sender privilege, after uBlock's split
 * between privileged (extension pages) and unprivileged (content scripts) callers.
 */
import * as v from 'valibot';
import { contentSchemas, type ContentToBackground, type PageToBackground } from '../shared/protocol';
import { describeError, err, type Result } from '../shared/result';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who sent a content message, as the browser reports it: the page cannot forge these. */
export interface ContentContext {
  tabId: number;
  frameId: number;
  url: string | undefined;
}

export type ContentHandlers = {
  [K in keyof ContentToBackground]: (payload: ContentToBackground[K]['request'], ctx: ContentContext) => Promise<Result<ContentToBackground[K]['response']>>;
};
export type PageHandlers = {
  [K in keyof PageToBackground]: (payload: PageToBackground[K]['request']) => Promise<Result<PageToBackground[K]['response']>>;
};

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string; // e.g. chrome-extension://<id>/
  content: ContentHandlers;
  page: PageHandlers;
}

/**
 * The popup and the library page. The card frame is an extension page too, but it lives inside a page the
 * reader did not choose: it talks over its own port (background/cards) and gets no privileged command.
 */
export function isPrivileged(sender: SenderInfo, deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>): boolean {
  return sender.id === deps.extensionId && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin) && !isCardPage(sender.url);
}

/** The card frame's page, whichever id its address carries. */
export function isCardPage(url: string | undefined): boolean {
  try {
    const u = new URL(url ?? '');
    return /^(chrome|moz)-extension:$/.test(u.protocol) && u.pathname.startsWith('/src/card/');
  } catch {
    return false;
  }
}

export function createRouter(deps: RouterDeps) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    if (sender.id !== deps.extensionId) return err('refused: foreign sender');
    if (!message || typeof message !== 'object') return err('refused: not a message');
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string') return err('refused: message without a type');
    try {
      const privileged = isPrivileged(sender, deps);
      if (privileged && Object.hasOwn(deps.page, type)) {
        const handler = deps.page[type as keyof PageHandlers] as (p: unknown) => Promise<Result<unknown>>;
        return await handler(payload);
      }
      if (!privileged && Object.hasOwn(deps.content, type)) {
        const tabId = sender.tab?.id;
        if (typeof tabId !== 'number') return err(`refused: ${type} must come from a tab`);
        const schema = contentSchemas[type as keyof ContentToBackground];
        const parsed = v.safeParse(schema, payload);
        if (!parsed.success) return err(`invalid ${type}: ${v.summarize(parsed.issues)}`);
        const handler = deps.content[type as keyof ContentHandlers] as (p: unknown, c: ContentContext) => Promise<Result<unknown>>;
        return await handler(parsed.output, { tabId, frameId: sender.frameId ?? 0, url: sender.url });
      }
      if (Object.hasOwn(deps.page, type)) return err(`refused: ${type} is only accepted from extension pages`);
      return err(`refused: unknown message ${type}`);
    } catch (e) {
      return err(describeError(e));
    }
  };
}
