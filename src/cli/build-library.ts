/** Builds a library export in memory, as if a reader had saved every quote of the given articles in order. */
import { paragraphOffsets, buildQuoteRecord, mergeQuoteRecords, selectorsFor, upsertPerson, EXPORT_FORMAT, EXPORT_VERSION, type LibraryExport, type PersonRecord, type QuoteRecord, type SourceRecord } from '../core';
import type { LoadedArticle } from './articles';

export function buildLibrary(articles: LoadedArticle[], now: () => Date = () => new Date()): LibraryExport {
  const quotes = new Map<string, QuoteRecord>();
  const people = new Map<string, PersonRecord>();
  const sources = new Map<string, SourceRecord>();
  for (const article of articles) {
    sources.set(article.source.url, article.source);
    const offsets = paragraphOffsets(article.input.paragraphs);
    const officials = new Set(article.analysis.officials.map((o) => o.id));
    for (const q of article.analysis.quotes) {
      const savedAt = now().toISOString();
      const paragraph = article.input.paragraphs[q.paragraph] ?? '';
      let personId: string | null = null;
      if (q.speakerId !== null && q.speaker) {
        const person = upsertPerson([...people.values()], { name: q.speaker, title: q.speakerTitle, official: officials.has(q.speakerId) }, { at: savedAt, sourceUrl: article.source.url });
        people.set(person.id, person);
        personId = person.id;
      }
      const record = buildQuoteRecord(
        {
          text: q.text, speaker: q.speaker, speakerTitle: q.speakerTitle, named: personId !== null, official: false, paragraph,
          headline: article.source.title, selectors: selectorsFor(paragraph, q.start, q.end, offsets[q.paragraph] ?? 0),
          source: article.source, savedAt,
        },
        personId,
      );
      const existing = quotes.get(record.id);
      quotes.set(record.id, existing ? mergeQuoteRecords(existing, record) : record);
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now().toISOString(),
    quotes: [...quotes.values()],
    people: [...people.values()].sort(byId),
    sources: [...sources.values()].sort((a, b) => a.url.localeCompare(b.url)),
  };
}
