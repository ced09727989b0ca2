/**
 * Reads the speaker phrase next to a speech verb: a name, a pronoun, a title, or a description. The readers
 * live in subject-before-verb.ts (with appositive-subjects.ts and described-subjects.ts) and
 * subject-after-verb.ts; the word tests they share in subject-words.ts.
 */
import type { Person } from './registry';
export { isSpeechVerb } from './subject-words';
export { subjectLeftOf } from './subject-before-verb';
export { subjectRightOf } from './subject-after-verb';

export type Subject =
  | { kind: 'person'; person: Person; start: number }
  | { kind: 'pronoun'; gender: 'm' | 'f'; start: number }
  | { kind: 'title'; head: string; text: string; start: number }
  | { kind: 'description'; text: string; start: number }
  | { kind: 'word'; text: string; start: number }
  /** "it said", "they said": an attribution to someone the engine does not name. */
  | { kind: 'unnamed'; start: number };

export interface MentionIndex {
  endingAt(paragraph: number, offset: number): Person | null;
  startingAt(paragraph: number, offset: number): { person: Person; end: number } | null;
}
