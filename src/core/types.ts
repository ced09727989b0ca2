/** The engine's input and output. Offsets are UTF-16 indexes into one paragraph. */
import type { Evidence } from './confidence';

export interface ArticleInput {
  title?: string;
  paragraphs: string[];
}

export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

export type MentionKind = 'name' | 'surname' | 'honorific' | 'title' | 'pronoun' | 'byline';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

export interface PersonResult {
  id: number;
  name: string;
  /** Fullest title the article gives, with modifiers ("Russian Foreign Minister"). */
  title: string | null;
  /** Non-official role ("CNN journalist", "author"). */
  role: string | null;
  official: boolean;
  mentions: Mention[];
}

/** How the speaker was found: next to a reporting verb, through a pronoun, carried over from the quote before... */
export type AttributionKind =
  'after-verb' | 'before-verb' | 'according-to' | 'pronoun' | 'split' | 'carry-over' | 'continued' | 'colon' | 'headline' | 'fallback' | 'none';

export interface QuoteResult extends Span {
  /** The words between the marks, without the marks. */
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  speakerId: number | null;
  attribution: AttributionKind;
  /** 0..1, from the evidence for the speaker (core/confidence.ts); below its threshold `speaker` is null. */
  confidence: number;
  /** What the confidence was computed from; null when no speaker was found. */
  evidence: Evidence | null;
  /** The quote runs on from the previous paragraph. */
  continued: boolean;
  /** Offsets of the marks themselves (start - 1 and end, except where a paragraph ends unclosed). */
  outerStart: number;
  outerEnd: number;
}

export interface Analysis {
  title: string;
  officials: PersonResult[];
  people: PersonResult[];
  quotes: QuoteResult[];
}
