import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';

const speakerOf = (paragraphs: string[], text: string) =>
  analyzeArticle({ title: paragraphs[0]!, paragraphs }).quotes.find((q) => q.paragraph === 0 && q.text.includes(text))?.speaker ?? null;

describe('a headline quote takes the speaker of the body quote that holds its words', () => {
  it.each([
    {
      name: 'the words recur in one attributed body quote',
      paragraphs: [
        '‘Not one more penny’: Treasury chief digs in over port levy',
        'Treasury Secretary Hanna Lindqvist refused to move on Monday.',
        '“Not one more penny for the port until the audit is done,” Lindqvist said.',
      ],
      quote: 'Not one more penny',
      speaker: 'Hanna Lindqvist',
    },
    {
      name: 'two different people said those words: no name',
      paragraphs: [
        '‘We will not back down’: standoff at the harbour',
        '“We will not back down on the levy,” Mayor Ola Brenner said.',
        '“We will not back down either,” union leader Petra Sand said.',
      ],
      quote: 'We will not back down',
      speaker: null,
    },
    {
      name: 'the words are nowhere in the body: no name from this rule',
      paragraphs: ['‘A betrayal of the coast’: fishers react', 'Fishers gathered at the quay on Sunday.', '“The quota is too low,” said Mayor Ola Brenner.'],
      quote: 'A betrayal of the coast',
      speaker: null,
    },
  ])('$name', ({ paragraphs, quote, speaker }) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});
