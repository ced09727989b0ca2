/**
 * A page's article goes to the background in parts. One runtime message of a 5 MB article is serialised in
 * one task on the page's thread (measured: ~240 ms on a 5 MB page), and no slicing of the extraction can
 * split that. Parts of at most PART_CHARS characters each cost a few milliseconds, with a yield between.
 */
import { ARTICLE_LIMITS } from '../core/index';
import { err, ok, type Result } from './result';

/** Characters per part: small enough to serialise in a few ms on a slow machine, large enough for few messages. */
export const PART_CHARS = 200_000;
/** An article of the largest accepted size in parts, plus one for a paragraph that starts a part alone. */
export const MAX_PARTS = Math.ceil(ARTICLE_LIMITS.totalChars / PART_CHARS) * 2 + 1;

/** Splits paragraphs into parts of at most PART_CHARS characters (a longer paragraph is a part by itself). */
export function splitParts(paragraphs: string[], partChars = PART_CHARS): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const p of paragraphs) {
    if (current.length > 0 && size + p.length > partChars) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.length;
  }
  parts.push(current);
  return parts;
}

interface Pending {
  id: string;
  parts: string[][];
  chars: number;
  paragraphs: number;
}

/**
 * The background's side: collects one upload per tab frame, in order. A new upload id replaces the old one
 * (the page was read again). Limits are the same as for a whole article, so parts cannot add up to more.
 */
export function createUploads(maxPending = 16) {
  const pending = new Map<string, Pending>();
  return {
    add(sender: string, id: string, index: number, paragraphs: string[]): Result<null> {
      let p = pending.get(sender);
      if (!p || p.id !== id) {
        if (index !== 0) return err('refused: upload part out of order');
        p = { id, parts: [], chars: 0, paragraphs: 0 };
        pending.delete(sender);
        // Oldest first out: a tab that never finishes its upload cannot hold memory for long.
        if (pending.size >= maxPending) pending.delete(pending.keys().next().value!);
        pending.set(sender, p);
      }
      if (index !== p.parts.length) return (pending.delete(sender), err('refused: upload part out of order'));
      p.chars += paragraphs.reduce((n, s) => n + s.length, 0);
      p.paragraphs += paragraphs.length;
      if (p.chars > ARTICLE_LIMITS.totalChars || p.paragraphs > ARTICLE_LIMITS.paragraphs || p.parts.length >= MAX_PARTS) {
        pending.delete(sender);
        return err('refused: more text than a page can ask the engine to read');
      }
      p.parts.push(paragraphs);
      return ok(null);
    },
    /** The earlier parts of a finished upload, taken out; an error when they are not all there. */
    take(sender: string, id: string, parts: number): Result<string[]> {
      const p = pending.get(sender);
      pending.delete(sender);
      if (!p || p.id !== id || p.parts.length !== parts) return err('refused: upload incomplete, read the page again');
      return ok(p.parts.flat());
    },
    forgetTab(tabId: number): void {
      for (const key of pending.keys()) if (key.startsWith(`${tabId}:`)) pending.delete(key);
    },
  };
}
export type Uploads = ReturnType<typeof createUploads>;
