/**
 * How sure an attribution is, from the evidence that produced it. Each piece of evidence scores 0..1 and the
 * confidence is their weighted mean (the shape of hypothesis/client's match-quote.ts scoring): a name right next
 * to "said" scores near 1, a pronoun with a rival antecedent or a quote carried across paragraphs much lower.
 * Below THRESHOLD the engine leaves the speaker unknown: a wrong name on a quote is worse than none.
 */

/** How the speaker phrase attaches to the quote. */
export type Cue =
  | 'after' // “…,” Marsh said / said Marsh
  | 'after-late' // “…,” the minister, speaking in Vienna, said
  | 'before' // Marsh said that “…”
  | 'according-to'
  | 'colon' // Marsh followed up: “…”
  | 'split' // “…,” Marsh said, “…” — the second part
  | 'carry' // a quote standing alone after the speaker's attributed quote in the same paragraph
  | 'carry-paragraph' // the same, across a paragraph break
  | 'continued' // a quote running on from the previous paragraph
  | 'headline'
  | 'fallback'; // the subject of a reporting verb elsewhere in the quote's sentence

/** What the speaker phrase is. */
export type SubjectEvidence = 'name' | 'description' | 'title' | 'pronoun' | 'pronoun-rival' | 'word' | 'inherited';

export interface Evidence {
  cue: Cue;
  subject: SubjectEvidence;
  /** say, tell and their forms: the verbs that report speech and nothing else. */
  sayVerb: boolean;
  /** Words between the quotation mark and the verb. */
  distance: number;
  /** Words between the speaker phrase and its verb, over an appositive or a clause (0: "Marsh said"). */
  reach: number;
  /** Other people named outside quotes in the sentence of the attribution: each a possible misreading. */
  rivals: number;
  /** The verb sits in a clause that another speaker's speech verb reports ("Ames said Marsh called it “…”"). */
  nested?: boolean;
  /** For inherited speakers: the confidence of the attribution this one takes its speaker from. */
  inherited?: number;
}

/**
 * Weights and scores were set per construct from how often each one named the wrong person on PolNeAR train
 * (about 8,000 quotes of real political news): a name beside "said" after the quote is almost never wrong, a
 * headline's guess or a quote carried across a paragraph break often is.
 */
export const WEIGHTS = { cue: 35, subject: 35, verb: 10, distance: 5, rivals: 15 } as const;

export const CUE_SCORES: Record<Cue, number> = {
  after: 1,
  'after-late': 0.95,
  split: 0.95,
  carry: 0.95,
  continued: 0.95,
  before: 0.9,
  colon: 0.8,
  'according-to': 0.8,
  fallback: 0.7,
  headline: 0.6,
  'carry-paragraph': 0.5,
};

export const SUBJECT_SCORES: Record<Exclude<SubjectEvidence, 'inherited'>, number> = {
  name: 1,
  word: 0.85,
  description: 0.85,
  title: 0.8,
  pronoun: 0.9,
  'pronoun-rival': 0.6,
};

/**
 * Confidences below this leave the speaker unknown. Set as high as the seed articles allow (every seed quote
 * keeps its speaker): on PolNeAR train it turns about one wrong name in five into an abstention.
 */
export const THRESHOLD = 0.79;

const MAX_DISTANCE = 30;
/** The most a quote reported inside another speaker's report can score (see Evidence.nested). */
export const NESTED_CAP = 0.7;

export function confidenceOf(e: Evidence): number {
  const subject = e.subject === 'inherited' ? (e.inherited ?? 0) : SUBJECT_SCORES[e.subject];
  const distance = 1 - Math.min(e.distance, MAX_DISTANCE) / MAX_DISTANCE;
  const rivals = e.rivals === 0 ? 1 : e.rivals === 1 ? 0.5 : 0.2;
  const raw =
    WEIGHTS.cue * CUE_SCORES[e.cue] + WEIGHTS.subject * subject + WEIGHTS.verb * (e.sayVerb ? 1 : 0.5) + WEIGHTS.distance * distance + WEIGHTS.rivals * rivals;
  const max = WEIGHTS.cue + WEIGHTS.subject + WEIGHTS.verb + WEIGHTS.distance + WEIGHTS.rivals;
  // An inherited attribution is never surer than the one it inherits from.
  // Two speakers in one reporting chain: the marks may hold either one's words, so never above the threshold.
  const own = e.nested ? Math.min(raw / max, NESTED_CAP) : raw / max;
  return Math.round((e.inherited === undefined ? own : Math.min(own, e.inherited)) * 1000) / 1000;
}
