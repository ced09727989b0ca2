/**
 * The page as the content script holds it: the ranges of the quotes the background read (by key), officials,
 * and where each paragraph starts. The quotes' words, speakers and library records live in the background.
 */
import {
  anchorQuote,
  articlePeopleOf,
  judgeSelection,
  selectorsFor,
  PARAGRAPH_SEPARATOR,
  paragraphOffsets,
  type SelectionRefusal,
  type SourceRecord,
} from '../core/index';
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
    page,
    source,
    offsets: paragraphOffsets(paragraphs),
    get fullText() {
      return (fullText ??= paragraphs.join(PARAGRAPH_SEPARATOR));
    },
  };
}

export type SelectionSave = { ok: true; request: SaveRequest } | { ok: false; why: SelectionRefusal };

/**
 * A reader's selection as a save, judged by core's judgeSelection: inside a quote the engine found it takes
 * that quote's speaker; a span between quote marks is saved with the speaker unknown; narrative is refused.
 */
export function saveRequestForSelection(model: PageModel, selection: Range): SelectionSave {
  const blocks = model.page.article.blocks;
  const index = blocks.findIndex((b) => b.element.contains(selection.startContainer) || b.segments.some((s) => s.node === selection.startContainer));
  const block: TextBlock | undefined = blocks[index];
  if (!block) return { ok: false, why: 'nothing' };
  const start = offsetOf(block, selection.startContainer, selection.startOffset);
  const end = offsetOf(block, selection.endContainer, selection.endOffset) ?? block.text.length;
  if (start === null || end <= start) return { ok: false, why: 'nothing' };
  const verdict = judgeSelection(
    block.text,
    start,
    end,
    model.page.quotes.filter((q) => q.quote.paragraph === index).map((q) => q.quote),
  );
  if (!verdict.ok) return verdict;
  const quote = verdict.quote;
  const officials = new Set(model.page.analysis.officials.map((o) => o.id));
  return {
    ok: true,
    request: {
      text: block.text.slice(verdict.start, verdict.end),
      speaker: quote?.speaker ?? null,
      speakerTitle: quote?.speakerTitle ?? null,
      named: quote?.speakerId != null,
      official: quote?.speakerId != null && officials.has(quote.speakerId),
      paragraph: block.text,
      headline: model.source.title,
      source: model.source,
      articlePeople: articlePeopleOf(model.page.analysis),
      selectors: selectorsFor(block.text, verdict.start, verdict.end, model.offsets[index] ?? 0),
    },
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
