/**
 * The construct tables' one reading: the speaker of the quote containing `quote`, in an article of invented
 * paragraphs under a fixed headline ('NOT FOUND' when no quote holds it). Test code only; no entry imports it.
 */
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';

export const speakerOf = (paragraphs: string[], quote: string): string | null => {
  const q = analyzeArticle({ paragraphs: [HEADLINE, ...paragraphs] }).quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};
