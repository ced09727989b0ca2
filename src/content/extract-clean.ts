/**
 * Precision after the walk: blocks that are page furniture whatever their markup says. Lists of links (a menu, a
 * "most popular" list, a tag line) and the copyright line that closes a page read from <body>.
 * Measured on the article-extraction benchmark: dropping repeated blocks and trimming short labels at either end
 * cost more recall than they gained precision, so neither is done.
 */
import type { TextBlock } from './extract';

/** A block whose text is mostly link text is a menu or a list of other stories (0.5 to 0.8 score alike). */
const LINK_SHARE = 0.7;
/** Menus and link lists are short: a long paragraph that is one link (a quoted post, a pasted story) is kept. */
const LINK_BLOCK_CHARS = 1_000;
const COPYRIGHT = /^\s*(?:©|\(c\)\s|copyright\b)/i;
/** Copyright lines are footers: only the last few blocks are looked at, a story may begin with the word. */
const FOOTER_BLOCKS = 3;

/**
 * False only where COPYRIGHT cannot match: its first character after leading white space (trimStart drops what \s
 * matches) is ©, ( or c. A pattern's first run in a page compiles it, and most pages end in no copyright line.
 */
function mayBeCopyright(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return c === 0xa9 || c === 40 || c === 99 || c === 67;
}

function linkShare(block: TextBlock): number {
  let linked = 0;
  for (const s of block.segments) {
    for (let a = s.node.parentElement; a && a !== block.element; a = a.parentElement) {
      if (a.tagName.toUpperCase() === 'A') {
        linked += s.length;
        break;
      }
    }
  }
  return block.text.length > 0 ? linked / block.text.length : 0;
}

/** Whether the cleaning drops this block, at index i of n. */
export function isFurniture(b: TextBlock, i: number, n: number): boolean {
  if (i >= n - FOOTER_BLOCKS && b.text.length < 300 && mayBeCopyright(b.text) && COPYRIGHT.test(b.text)) return true;
  return b.text.length <= LINK_BLOCK_CHARS && linkShare(b) > LINK_SHARE;
}

/** Yielded every so many blocks: a 2 MB page has thousands. */
const BLOCKS_PER_STEP = 256;

export function* cleanSteps(blocks: TextBlock[]): Generator<void, TextBlock[], void> {
  const kept: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0 && i % BLOCKS_PER_STEP === 0) yield;
    if (!isFurniture(blocks[i]!, i, blocks.length)) kept.push(blocks[i]!);
  }
  return kept;
}
