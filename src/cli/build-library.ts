/** Builds a library export in memory, as if a reader had saved every quote of the given articles in order. */
import { articlePeopleOf, paragraphOffsets, selectorsFor, emptyLibrary, exportMemory, saveInMemory, type SaveInput, type LibraryExport } from '../core/index';
import type { LoadedArticle } from './articles';

/** Every quote of an article as the content script would send it to be saved. */
export function saveInputsOf(article: LoadedArticle, savedAt: () => string): SaveInput[] {
  const offsets = paragraphOffsets(article.input.paragraphs);
  const officials = new Set(article.analysis.officials.map((o) => o.id));
  const articlePeople = articlePeopleOf(article.analysis);
  return article.analysis.quotes.map((q) => {
    const paragraph = article.input.paragraphs[q.paragraph] ?? '';
    return {
      text: q.text,
      speaker: q.speaker,
      speakerTitle: q.speakerTitle,
      named: q.speakerId !== null && !!q.speaker,
      official: q.speakerId !== null && officials.has(q.speakerId),
      paragraph,
      headline: article.source.title,
      selectors: selectorsFor(paragraph, q.start, q.end, offsets[q.paragraph] ?? 0),
      source: article.source,
      savedAt: savedAt(),
      articlePeople,
    };
  });
}

export function buildLibrary(articles: LoadedArticle[], now: () => Date = () => new Date()): LibraryExport {
  const lib = emptyLibrary();
  for (const article of articles) for (const input of saveInputsOf(article, () => now().toISOString())) saveInMemory(lib, input);
  return exportMemory(lib, now().toISOString());
}
