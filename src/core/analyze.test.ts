import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const speakerOf = (paragraphs: string[], quote: string) => {
  const a = analyzeArticle({ paragraphs });
  const q = a.quotes.find((x) => x.text.includes(quote));
  return q === undefined ? 'NOT FOUND' : q.speaker;
};

describe('attribution', () => {
  test.each([
    ['after, name then verb', ['President Biden arrived.', '“We are ready,” Biden said.'], 'ready', 'Biden'],
    ['a month is not a name', ['Prime Minister Theresa May spoke in May.', '“We are ready,” May said on May 5.'], 'ready', 'Theresa May'],
    ['after, verb then name', ['“We are ready,” said Mayor Ines Varga.'], 'ready', 'Ines Varga'],
    ['before, colon', ['President Joe Biden said: “We are ready.”'], 'ready', 'Joe Biden'],
    ['before, that', ['Secretary of State Antony Blinken said that “diplomacy is not dead.”'], 'diplomacy', 'Antony Blinken'],
    ['split', ['“We are ready,” Sen. Mark Warner said, “and we will vote.”'], 'vote', 'Mark Warner'],
    ['carry-over in the paragraph', ['“We are ready,” said Gov. Ann Lee. “Nobody should doubt it.”'], 'doubt', 'Ann Lee'],
    ['carry-over across paragraphs', ['“We are ready,” said Gov. Ann Lee.', '“Nobody should doubt it for one moment now.”'], 'doubt', 'Ann Lee'],
    [
      'pronoun after two people',
      ['Russian Foreign Minister Sergey Lavrov spoke after meeting German Chancellor Olaf Scholz. “We talk to everyone,” he said.'],
      'everyone',
      'Sergey Lavrov',
    ],
    ['pronoun by gender', ['Mayor Ines Varga met Police Chief Tom Baird. “The budget stands,” she said.'], 'budget', 'Ines Varga'],
    ['unnamed speaker', ['“We have asked for access,” a State Department spokesperson said.'], 'access', 'a State Department spokesperson'],
    [
      'unnamed speaker with a qualifier',
      ['Finance Minister Jan Novak spoke first. “Revenue is on track,” a spokesperson for the treasury said.'],
      'Revenue',
      'a spokesperson for the treasury',
    ],
    ['according to', ['“Prices will fall,” according to Finance Minister Jan Novak.'], 'Prices', 'Jan Novak'],
    [
      'journalist question',
      [
        '“Will you resign?” asked Maria Diaz, a reporter for the Daily Post.',
        '“No,” Prime Minister Ole Berg replied, “and I will not be asked again tomorrow.”',
      ],
      'resign',
      'Maria Diaz',
    ],
    ['appositive after', ['Jen Psaki, the White House press secretary, said “the door to diplomacy” is open.'], 'door', 'Jen Psaki'],
    ['appositive before', ['The White House press secretary, Jen Psaki, said “the door to diplomacy” is open.'], 'door', 'Jen Psaki'],
    ['surname and honorific', ['Russian President Vladimir Putin spoke on Friday.', '“We will see,” Mr. Putin said.'], 'see', 'Vladimir Putin'],
    ['title mention', ['German Chancellor Olaf Scholz arrived late.', '“We have a deal,” the chancellor said.'], 'deal', 'Olaf Scholz'],
    ['partial quote in indirect speech', ['White House Press Secretary Jen Psaki said the “door to diplomacy” is still open.'], 'door', 'Jen Psaki'],
    ['a scare quote is not a statement', ['The so-called “peace dividend” has vanished, analysts fear.'], 'peace', 'NOT FOUND'],
    ['a title of a work is not a statement', ['Her memoir, the book “Rooms Without Windows,” is out.'], 'Rooms', 'NOT FOUND'],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });

  test('a byline is a person, never an official or a speaker', () => {
    const a = analyzeArticle({ paragraphs: ['Budget passes', 'By Dave Decamp', 'WASHINGTON (AP) — “It passed,” said Sen. Mark Warner.'] });
    expect(a.people.map((p) => [p.name, p.role])).toContainEqual(['Dave Decamp', 'author']);
    expect(a.officials.map((p) => p.name)).toEqual(['Mark Warner']);
    expect(a.quotes[0]!.speaker).toBe('Mark Warner');
  });
});

describe('officials', () => {
  test.each([
    ['Russian Foreign Minister Sergey Lavrov spoke.', 'Sergey Lavrov', 'Russian Foreign Minister'],
    ['Sen. Mark Warner spoke.', 'Mark Warner', 'Senator'],
    ['Former Prime Minister Liz Truss spoke.', 'Liz Truss', 'Former Prime Minister'],
    ['Acting Attorney General Ana Ruiz spoke.', 'Ana Ruiz', 'Acting Attorney General'],
    ['European Commission President Ursula von der Leyen spoke.', 'Ursula von der Leyen', 'President'],
    ['Rep. Alexandria Ocasio-Cortez spoke.', 'Alexandria Ocasio-Cortez', 'Representative'],
    ['Turkish President Recep Tayyip Erdoğan spoke.', 'Recep Tayyip Erdoğan', 'Turkish President'],
    ['Governor Beto O’Rourke spoke.', 'Beto O’Rourke', 'Governor'],
    ['Jen Psaki, the White House press secretary, spoke.', 'Jen Psaki', 'White House Press Secretary'],
    ['Minister of Finance Jane Doe spoke.', 'Jane Doe', 'Minister of Finance'],
  ])('%s', (text, name, title) => {
    const a = analyzeArticle({ paragraphs: [text] });
    expect(a.officials.map((o) => [o.name, o.title])).toContainEqual([name, title]);
  });

  test('a journalist named with a role is a person, not an official', () => {
    const a = analyzeArticle({ paragraphs: ['CNN journalist MJ Lee asked about the talks.'] });
    expect(a.officials).toEqual([]);
    expect(a.people.map((p) => [p.name, p.role])).toEqual([['MJ Lee', 'CNN journalist']]);
  });

  test('later mentions resolve to the full person, possessives included', () => {
    const a = analyzeArticle({ paragraphs: ['Russian President Vladimir Putin spoke.', 'Putin’s aides left.', 'Mr. Putin returned.'] });
    const putin = a.officials.find((o) => o.name === 'Vladimir Putin')!;
    expect(putin.mentions.map((m) => [m.paragraph, m.text])).toEqual([
      [0, 'Vladimir Putin'],
      [1, 'Putin'],
      [2, 'Putin'],
    ]);
  });
});
