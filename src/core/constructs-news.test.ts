/**
 * More constructs of real news that the engine misread (issue 13, ninth session), one table per family, in
 * invented sentences. Every article starts with a headline so that the first sentence is read as prose.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';
import { speakerOf } from './testing-speakers';

const HEADLINE = 'Harbour town notes';
type Row = [string, string[], string, string | null];

describe('appositives after the quote', () => {
  test.each<Row>([
    [
      'an honorific and a possessive inside the appositive',
      ['“The pier will hold,” Tomas Vell, Mr. Arkin’s chief engineer, said on Friday.'],
      'pier',
      'Tomas Vell',
    ],
    [
      'an appositive with no title the lexicon knows',
      ['“The tide waits for no one,” Morwen Tallis, the county’s oldest ferryhand, told reporters.'],
      'tide waits',
      'Morwen Tallis',
    ],
    ['an agency in one word, then its appositive', ['“Some may call the pier a folly,” Tidewire, the harbour news agency, wrote.'], 'folly', 'Tidewire'],
    [
      'a party-and-state tag after the name is no speaker',
      ['“The quay is ours,” said Rep. Ada Reyes, D-Ohio, on Monday. “We stay,” Rep. Tomas Vell, R-Mont., said.'],
      'We stay',
      'Tomas Vell',
    ],
    ['a company abbreviation inside the appositive', ['“Freight will slow,” Dev Anand, an analyst at Pellow Co. Ltd., said.'], 'Freight', 'Dev Anand'],
    [
      'a question after its own verb; the next sentence introduces another quote',
      [
        'Mayor Ida Lune wrote to Councillor Bram Okoye.',
        'Lune replied to Okoye with, “Why now? Was the pier not enough?” Okoye then wrote back, “You look tired.”',
      ],
      'Why now',
      'Ida Lune',
    ],
    [
      'a question, then a name and a verb the lexicon does not know',
      ['Mayor Ilka Dunmore met Councillor Bram Okoye.', '“It happens, right?” Okoye went on, as if he had not heard. “Then we move.”'],
      'It happens',
      'Bram Okoye',
    ],
    ['two spaces after the verb', ['“The quay is safe,” said  Mayor Tomas Vell.'], 'quay', 'Tomas Vell'],
    ['a surname alone after the verb, then who', ['“The quay is safe,” said Vellacourt, who runs the harbour.'], 'quay', 'Vellacourt'],
    ['a comma after a party-and-state parenthetical', ['Sen. Orla Finch (D-Ore.), said, “The count is close.”'], 'count', 'Orla Finch'],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('surnames spelled like common words or titles', () => {
  test.each<Row>([
    ['after Ms.', ['Ilse Brennan White runs the ferry office.', '“We reopen on Monday,” Ms. White said.'], 'reopen', 'White'],
    ['after Mr., a title word', ['“The tariffs will bite,” Mr. Prince said at the quay.'], 'tariffs', 'Prince'],
    ['after Dr., without a full stop', ['“Rest is the cure,” Dr King said.'], 'Rest', 'King'],
    [
      'after a given name, then alone beside the verb',
      ['Michael Green, a historian at the college, spoke first.', '“It is early,” Green said.'],
      'early',
      'Michael Green',
    ],
    [
      'after a given name inside the sentence, verb first',
      ['Harbour Mayor Dov Guardian toured the docks.', '“It is late,” said Guardian.'],
      'late',
      'Dov Guardian',
    ],
    ['a form of address is no surname', ['Mayor Ilka Dunmore met the chair. “We are ready, Mr. President,” she said.'], 'ready', 'Ilka Dunmore'],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

test('a surname that is a colour: after a given name it is one, before a plural noun it is not', () => {
  const a = analyzeArticle({ paragraphs: [HEADLINE, 'Will White voters turn out? Grace Green said she was sure.'] });
  const names = [...a.officials, ...a.people].map((p) => p.name);
  expect(names).not.toContain('Will White');
  expect(names).toContain('Grace Green');
});

describe('wire copy that types a double mark as two apostrophes', () => {
  test.each<Row>([
    [
      'a question, then the speaker',
      ['Mayor Tilde Arkin spoke at the quay.', "''Who pays for the pier, then?'' Mrs. Arkin said. ''Not the fishermen.''"],
      'Who pays',
      'Tilde Arkin',
    ],
    [
      'a nested single quote at the end',
      ['Mayor Tilde Arkin spoke at the quay.', "''He asked me, 'Why the pier?''' Mrs. Arkin said."],
      'He asked',
      'Tilde Arkin',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a headline names its speaker only when the name leads it', () => {
  const headlineSpeaker = (headline: string) =>
    analyzeArticle({ paragraphs: [headline, 'Mayor Ada Pell met Councillor Tomas Ives on Monday.', '“We disagree,” Pell said.'] }).quotes.find(
      (q) => q.paragraph === 0,
    )?.speaker;
  test.each<[string, string, string | null]>([
    ['the name leads', 'Tomas Ives: ‘We Will Rebuild The Pier’', 'Tomas Ives'],
    ['a title before the name', 'Councillor Tomas Ives: ‘We Will Rebuild The Pier’', 'Tomas Ives'],
    ['the name that leads, not the object of its verb', 'Ada Pell Backs Tomas Ives: I Am ‘Appalled’ By The Plan.', 'Ada Pell'],
    ['a name after the headline’s verb', 'Harbour Board Backs Tomas Ives: ‘Appalled’ By The Plan.', null],
    ['a label before a colon', 'Report: Half Of Ives’s Meetings ‘Cherry-Picked.’', null],
  ])('%s', (_name, headline, speaker) => {
    expect(headlineSpeaker(headline)).toBe(speaker);
  });
});

describe('a participle after a document takes the clause subject', () => {
  test.each<Row>([
    [
      'a coordinated verb behind an adverb',
      ['Councillor Bram Okoye used to back the ferry, but now said the mayor had “the chance to fix the pier.”'],
      'chance',
      'Bram Okoye',
    ],
    [
      'a time word between the document and the participle',
      ['Mayor Ilka Dunmore, who spoke last week, issued a statement Tuesday saying, “The ferry will run.”'],
      'ferry',
      'Ilka Dunmore',
    ],
    [
      'a recipient between the document and the participle',
      ['Mayor Ilka Dunmore sent an email to residents saying, “The ferry will run.”'],
      'ferry',
      'Ilka Dunmore',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('according to an outlet or a group that is no person', () => {
  test.each<Row>([
    ['after the quote', ['The ferry was “years behind schedule,” according to Harbour Watch.'], 'behind', 'Harbour Watch'],
    ['before the quote', ['According to Tidewire, the council had “no plan at all” for the pier.'], 'no plan', 'Tidewire'],
    ['a possessive owner and its group', ['According to Reyes’s aides, the talks were “going nowhere.”'], 'nowhere', 'Reyes’s aides'],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a credit line under a quote, in a paragraph of its own', () => {
  test.each<Row>([
    [
      'a hyphen and a name no one else uses',
      ['Claims from the debate follow.', '"The pier is falling into the sea and nobody cares."', '- Ada Reyes.'],
      'pier',
      'Ada Reyes',
    ],
    ['a dash and a known person', ['Mayor Tomas Vell spoke first.', '“We built three new ferries.”', '— Tomas Vell'], 'ferries', 'Tomas Vell'],
    [
      'a dash line with more than a name is no credit',
      ['Claims from the debate follow.', '"The pier is falling into the sea and nobody cares."', '- and that is all we know.'],
      'pier',
      null,
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('names that are not the subject', () => {
  test.each<Row>([
    [
      'a name inside the reported clause before a colon',
      ['Mayor Tomas Vell spoke.', 'Another resident said he hoped with all his “heart” that Vell wins: “Then the pier gets built.”'],
      'pier gets',
      'Another resident',
    ],
    [
      'a colon after an inverted verb and its subject',
      ['In other words, explained Mayor Tomas Vell: “What has that to do with the ferry?”'],
      'ferry',
      'Tomas Vell',
    ],
    [
      'a subordinate clause before the main one',
      ['Mayor Ida Lune spoke.', 'When Ms. Lune moved to the quay, the clerk told her that the Lunes were “the first family to fish here.”'],
      'first family',
      'the clerk', // the main clause's subject; never Lune
    ],
    [
      'a common noun heads the phrase, not the name after "of"',
      ['Ida Lune spoke. Bram Lune spoke.', 'In her book, Vera Okoye gives an account of Lune telling a clerk to “go home now and never come back!”'],
      'go home',
      null,
    ],
    [
      'a group that a name qualifies',
      ['Mayor Tomas Vell spoke.', 'According to the Vell campaign, the pier will open “in May or June at the latest.”'],
      'in May',
      'the Vell campaign',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

describe('a leading subordinate clause', () => {
  test.each<Row>([
    [
      'the quote inside it takes its speaker from it',
      ['Mayor Ida Lune met Councillor Bram Okoye.', 'After Lune said that the pier needed “years of repair,” Okoye laughed.'],
      'years of repair',
      'Ida Lune',
    ],
    [
      'a quote in the main clause looks no further back than it',
      ['Mayor Ida Lune met Councillor Bram Okoye.', 'When Lune suggested a ferry toll, Okoye fired back: “Then nobody will ride it.”'],
      'nobody',
      'Bram Okoye',
    ],
    [
      'a reported clause inside the subordinate clause',
      ['Mayor Ida Lune met Councillor Bram Okoye.', 'When Lune suggested that the toll would pass, Okoye fired back: “Then nobody will ride it.”'],
      'nobody',
      'Bram Okoye',
    ],
    [
      'a comma before the quote ends the clause',
      ['Mayor Ida Lune met Councillor Bram Okoye.', 'Because of the storm, “we wait,” Okoye said.'],
      'we wait',
      'Bram Okoye',
    ],
    [
      'an adverb before the subordinator',
      ['Mayor Ida Lune met Councillor Bram Okoye.', 'Even before Lune took the stage, her office sent a message to voters saying: “We won the harbour vote!”'],
      'harbour vote',
      'her office',
    ],
    [
      'a coordinated verb after the clause',
      ['Councillor Ada Sherry spoke at the quay.', 'When asked whom she backed, Ms. Sherry smiled and said, “I am waiting for the mayor.”'],
      'waiting',
      'Ada Sherry',
    ],
  ])('%s', (_name, paragraphs, quote, speaker) => {
    expect(speakerOf(paragraphs, quote)).toBe(speaker);
  });
});

test('a person named in the speaker’s own appositive is no rival to the speaker', () => {
  const a = analyzeArticle({
    paragraphs: [
      HEADLINE,
      'Tomas Vell, the chief engineer, spoke first.',
      '“The pier will hold,” Tomas Vell, Mr. Arkin’s chief engineer, said in an interview.',
    ],
  });
  const q = a.quotes.find((x) => x.text.includes('pier will hold'))!;
  expect(q.speaker).toBe('Tomas Vell');
  expect(q.evidence?.rivals).toBe(0);
});
