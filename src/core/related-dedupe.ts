/** Near-identical statements (the same words saved from two pages, or under two spellings of a name) show once. */

/** Share of all the words of two statements that both hold, from which they count as one. */
export const NEAR_IDENTICAL = 0.8;

// Numbers count: "plan 3" and "plan 4" are two statements.
const wordsOf = (text: string) =>
  new Set(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/\[[^\]]*\]/g, ' ')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );

export function nearIdentical(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared) >= NEAR_IDENTICAL;
}

/** Keeps the first (best ranked) of each group of near-identical statements, in order. */
export function dedupeNear<R extends { candidate: { text: string } }>(ranked: R[]): R[] {
  const kept: Array<{ r: R; words: Set<string> }> = [];
  for (const r of ranked) {
    const words = wordsOf(r.candidate.text);
    if (!kept.some((k) => nearIdentical(k.words, words))) kept.push({ r, words });
  }
  return kept.map((k) => k.r);
}
