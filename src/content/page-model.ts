/**
 * The page as the content script holds it: the ranges of the quotes the background read (by key), officials,
 * and where each paragraph starts. The quotes' words, speakers and library records live in the background.
 */
import { anchorQuote, articlePeopleOf, selectorsFor, PARAGRAPH_SEPARATOR, paragraphOffsets, type SourceRecord } from '../core/index';
import type { SaveRequest, SavedOnPage } from '../shared/protocol';
import { offsetOf, rangeFor } from './anchor';
import type { TextBlock } from './extract';
import type { PageAnalysis } from './page-analysis';

export interface PageModel {
  page: PageAnalysis;
  source: SourceRecord;
  offsets: number[];
  readonly fullText: string;
}

export function buildModel(page: PageAnalysis): PageModel {
  const { source } = page;
  const paragraphs = page.article.blocks.map((b) => b.text);
  let fullText: string | null = null;
  // Built when first asked for (a selection to save, a saved quote to re-anchor), not on every page load.
  return {
    page, source, offsets: paragraphOffsets(paragraphs),
    get fullText() {
      return (fullText ??= paragraphs.join(PARAGRAPH_SEPARATOR));
    },
  };
}

/** A reader's selection as a save: the words selected, and the speaker of the quote it falls in or nearest to. */
export function saveRequestForSelection(model: PageModel, selection: Range): SaveRequest | null {
  const blocks = model.page.article.blocks;
  const index = blocks.findIndex((b) => b.element.contains(selection.startContainer) || b.segments.some((s) => s.node === selection.startContainer));
  const block: TextBlock | undefined = blocks[index];
  if (!block) return null;
  const start = offsetOf(block, selection.startContainer, selection.startOffset);
  const endInBlock = offsetOf(block, selection.endContainer, selection.endOffset);
  const end = endInBlock ?? block.text.length;
  if (start === null || end <= start) return null;
  const text = block.text.slice(start, end).replace(/^[\s“”"‘’']+|[\s“”"‘’']+$/g, '');
  if (!text) return null;
  const inParagraph = model.page.quotes.filter((q) => q.quote.paragraph === index);
  const around = inParagraph.find((q) => q.quote.start <= end && start <= q.quote.end) ??
    inParagraph.sort((a, b) => Math.abs(a.quote.start - start) - Math.abs(b.quote.start - start))[0];
  const speaker = around?.quote ?? null;
  const officials = new Set(model.page.analysis.officials.map((o) => o.id));
  const trimmedStart = block.text.indexOf(text, start);
  return {
    text, speaker: speaker?.speaker ?? null, speakerTitle: speaker?.speakerTitle ?? null,
    named: speaker?.speakerId != null, official: speaker?.speakerId != null && officials.has(speaker.speakerId),
    paragraph: block.text, headline: model.source.title, source: model.source, articlePeople: articlePeopleOf(model.page.analysis),
    selectors: selectorsFor(block.text, trimmedStart, trimmedStart + text.length, model.offsets[index] ?? 0),
  };
}

/** Re-anchors saved quotes in the page; the ones that cannot be found are orphans. */
export function anchorSaved(doc: Document, model: PageModel, saved: SavedOnPage[]): { ranges: Map<string, Range>; orphans: SavedOnPage[] } {
  const ranges = new Map<string, Range>();
  const orphans: SavedOnPage[] = [];
  for (const s of saved) {
    const hit = anchorQuote(model.fullText, s.selectors[0], s.selectors[1]);
    const range = hit && rangeInArticle(doc, model, hit.start, hit.end);
    if (range) ranges.set(s.id, range);
    else orphans.push(s);
  }
  return { ranges, orphans };
}

function rangeInArticle(doc: Document, model: PageModel, start: number, end: number): Range | null {
  let p = model.offsets.length - 1;
  while (p > 0 && model.offsets[p]! > start) p--;
  const block = model.page.article.blocks[p];
  const base = model.offsets[p] ?? 0;
  if (!block) return null;
  return rangeFor(doc, block, start - base, Math.min(end - base, block.text.length));
}
