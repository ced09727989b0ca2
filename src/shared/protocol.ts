/**
 * The typed message protocol: one map per direction. Commands are imperative,
 * events past tense. Each entry names the request payload and the response value;
 * the wire response is always a Result of that value.
 */
import * as v from 'valibot';

export interface PageSummary {
  url: string;
  title: string;
  paragraphCount: number;
  quoteCount: number;
  officialCount: number;
}

export interface TabSummary extends PageSummary {
  tabId: number;
  updatedAt: number;
}

/** Content script -> background. Unprivileged: every payload is validated. */
export type ContentToBackground = {
  pageScanned: { request: PageSummary; response: null };
};

/** Extension pages (popup, library) -> background. Privileged senders only. */
export type PageToBackground = {
  getTabSummary: { request: { tabId: number }; response: TabSummary | null };
  ping: { request: null; response: { version: string } };
};

/** Background or extension pages -> content script. */
export type BackgroundToContent = {
  rescanPage: { request: null; response: PageSummary };
};

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Schemas for what content scripts may send; anything else is refused. */
export const contentSchemas = {
  pageScanned: v.strictObject({
    url: shortText(8192),
    title: shortText(2048),
    paragraphCount: count,
    quoteCount: count,
    officialCount: count,
  }),
} satisfies { [K in keyof ContentToBackground]: v.GenericSchema<unknown, ContentToBackground[K]['request']> };

export type MessageType = keyof ContentToBackground | keyof PageToBackground | keyof BackgroundToContent;
export interface Envelope<K extends string = string, P = unknown> {
  type: K;
  payload: P;
}
