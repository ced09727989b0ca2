/**
 * The hover card runs in an extension-origin frame (src/card), so the page can neither read nor style what it
 * shows from the library. The content script says which quote the reader pointed at; the background, which
 * owns the library, tells the frame what to show over a port, and carries Save and Close back.
 */
import type { SelectionRefusal } from '../core/index';
import type { PageQuote, RelatedItem, SaveRequest } from './protocol';

/** A keyboard or menu save's outcome, shown in the card frame: the page sees a box, never which. */
export type CardNotice = 'saved' | 'alreadySaved' | 'failed' | SelectionRefusal;
export const CARD_NOTICES = ['saved', 'alreadySaved', 'failed', 'nothing', 'notQuote', 'tooShort'] as const satisfies readonly CardNotice[];
/** The _locales string of each notice. */
export const NOTICE_STRINGS: Record<CardNotice, string> = {
  saved: 'noticeSaved',
  alreadySaved: 'noticeAlreadySaved',
  failed: 'noticeFailed',
  nothing: 'noticeNothing',
  notQuote: 'noticeNotQuote',
  tooShort: 'noticeTooShort',
};

/** What the content script asks the card to show: a quote of the page's reading by key, or an official it names. */
export type CardAsk =
  | { kind: 'quote'; key: string; dir: 'ltr' | 'rtl'; focus: boolean; position: CardPosition }
  | { kind: 'official'; name: string; title: string | null; dir: 'ltr' | 'rtl'; focus: boolean }
  | { kind: 'notice'; notice: CardNotice; dir: 'ltr' | 'rtl' };

/** The quote's place among the page's quotes ("3 of 14"): a page fact, shown for keyboard reading. */
export interface CardPosition {
  index: number;
  total: number;
}

/** What the background shows in a card: the quote and its Save from the tab's reading. */
export type CardRequest =
  | { kind: 'quote'; quote: PageQuote; save: SaveRequest; dir: 'ltr' | 'rtl'; focus: boolean; position: CardPosition }
  | { kind: 'official'; name: string; title: string | null; dir: 'ltr' | 'rtl'; focus: boolean }
  | { kind: 'notice'; notice: CardNotice; dir: 'ltr' | 'rtl'; focus: false };

/** What the frame renders. Library facts (saved, earlier, best, savedCount) come from the background. */
export interface CardData {
  kind: 'quote' | 'official' | 'notice';
  speaker: string | null;
  title: string | null;
  text: string;
  saved: boolean;
  busy: boolean;
  error: string | null;
  earlier: number;
  best: RelatedItem | null;
  savedCount: number;
  /** The official's library page, when the library knows them (an official's card links there). */
  personId: string | null;
  position: CardPosition | null;
  dir: 'ltr' | 'rtl';
  /** For a notice card: which outcome to say. */
  notice: CardNotice | null;
}

/** Background -> card frame. */
export type ToCard = { type: 'show'; data: CardData; focus: boolean; save: CardSave | null } | { type: 'patch'; patch: Partial<CardData> } | { type: 'hide' };
/**
 * Card frame -> background. Save carries its request: the frame (our own page, which the page cannot script)
 * keeps it, so a save in flight when the service worker stops is sent again to the restarted worker.
 */
export type FromCard = { type: 'save'; save: CardSave } | { type: 'close' } | { type: 'step'; delta: 1 | -1 } | { type: 'openPerson' };
export interface CardSave {
  key: string;
  request: SaveRequest;
}

export const CARD_PORT = 'onrecord-card';
/** The frame's fixed size: the page can measure the frame, so its size must not depend on what the library holds. */
export const CARD_SIZE = { width: 360, height: 236 } as const;
