/**
 * The shapes every attribution reader shares: a speaker, an attributed quote, the context one quote is read in,
 * and the two ways evidence is built without a verb of its own. Kept apart so the readers can import them
 * without importing one another.
 */
import type { Para } from './context';
import type { QuoteSpan } from './quotes';
import type { Person } from './registry';
import type { Salience } from './resolve';
import type { MentionIndex } from './subjects';
import type { Cue, Evidence } from './confidence';

export interface Speaker {
  person: Person | null;
  text: string | null;
}

export interface Attributed {
  span: QuoteSpan;
  /** The speaker, or null when none was found or the evidence for it is too weak. */
  speaker: Speaker | null;
  /** The speaker the evidence points to, sure or not: later quotes inherit it, uncertainty included. */
  candidate: Speaker | null;
  kind: Cue | 'none';
  evidence: Evidence | null;
  confidence: number;
}

export interface AttributionDeps {
  mentions: MentionIndex;
  salience: Salience;
  people: Person[];
  /** Unnamed speakers seen so far, so "the official said" can reuse "a senior EU official". */
  descriptions: string[];
}

export const WINDOW_CHARS = 600; // attribution is local; a bounded window keeps huge paragraphs linear

export interface QuoteContext {
  para: Para;
  /** The next paragraph, which may hold a credit line. */
  below: Para | undefined;
  span: QuoteSpan;
  prev: QuoteSpan | undefined;
  next: QuoteSpan | undefined;
  /** Speaker of the previous attributed quote in this paragraph. */
  last: Person | null;
  /** Speaker of the quote before this one, whom a "replied" answers. */
  replyingTo: Person | null;
  deps: AttributionDeps;
}

export type Found = { speaker: Speaker; kind: Cue; evidence: Evidence } | null;

/** The speaker of an earlier attribution, as sure as that one was. */
export function inherited(from: Attributed | null, cue: Cue, speaker = from?.candidate ?? null): Found {
  if (!from || !speaker) return null;
  return { speaker, kind: cue, evidence: { cue, subject: 'inherited', sayVerb: true, distance: 0, reach: 0, rivals: 0, inherited: from.confidence } };
}

/** Evidence about a speaker found without a verb of its own (a colon, a headline, an earlier subject). */
export function plain(speaker: Speaker | null, cue: Cue, rivals: number, subject: Evidence['subject'] = speaker?.person ? 'name' : 'description'): Found {
  return speaker ? { speaker, kind: cue, evidence: { cue, subject, sayVerb: cue === 'colon', distance: 0, reach: 0, rivals } } : null;
}

/**
 * Where one quote's own attribution may stand, as offsets and token indexes of its paragraph: before it from
 * preFrom to open, after it from token postFrom (the first past its close) to postTo (token postEnd).
 */
export interface QuoteWindow {
  open: number;
  /** The leading subordinate clause the quote may sit in (see leadingClause). */
  lead: { inside: boolean; mainFrom: number };
  preFrom: number;
  ownEnd: number;
  postTo: number;
  postFrom: number;
  postEnd: number;
}

/** A reader's answer: undefined when it read nothing, so the next reader may try; null when it read a subject and credits no one. */
export type Read = Found | undefined;
