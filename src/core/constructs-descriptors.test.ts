/**
 * Names as real pages print them (issue 13, "only real people"): a role, a nationality or a compound modifier
 * before a name describes the person and is not part of the name; a region after its town is no speaker;
 * a name after a preposition is an object; the full stop of "U.S." ends no speaker phrase. Titles that run on
 * into more title words name no one. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const HEADLINE = 'Harbour town notes';
const read = (paragraph: string, quote: string) => {
  const a = analyzeArticle({ paragraphs: [HEADLINE, paragraph] });
  const q = a.quotes.find((x) => x.text.includes(quote));
  return { speaker: q === undefined ? 'NOT FOUND' : q.speaker, people: a.people.map((p) => p.name) };
};
type Row = [string, string, string, string | null];

describe('words that describe a person stay out of the name', () => {
  test.each<Row>([
    ['a role word before a given name', '"We train at dawn," Coach Tim Harlow said.', 'train at dawn', 'Tim Harlow'],
    ['a shouted role before a given name', '"The fleet grows next year," CEO Dana Vell said.', 'fleet grows', 'Dana Vell'],
    ['a role word before a two-word name', '"The file is closed," said Attorney Nealy Carrow.', 'file is closed', 'Nealy Carrow'],
    ['a listed role noun before a given name', '"The bell rang late," Superintendent Jennifer Marlowe said.', 'bell rang', 'Jennifer Marlowe'],
    ['a nationality before a given name', '"No deal yet," Australian Timothy Weeks said.', 'No deal yet', 'Timothy Weeks'],
    ['a "-born" compound', '"I came back for the sea," said Harbour-born Tomas Quill.', 'came back', 'Tomas Quill'],
    ['a role compound', '"Play it again," said Singer-songwriter Tom Vane.', 'Play it again', 'Tom Vane'],
    ['an initialism before a role and a name', '"The case is open," said U.S. Attorney Rella Vance.', 'case is open', 'Rella Vance'],
  ])('%s', (_, paragraph, quote, speaker) => {
    const got = read(paragraph, quote);
    expect(got.speaker).toBe(speaker);
    expect(got.people.filter((n) => n !== speaker && n.endsWith(speaker!.split(' ').at(-1)!))).toEqual([]);
  });

  test.each<Row>([
    ['a given name that is also a demonym-like word', '"Fine," said Christian Watts.', 'Fine', 'Christian Watts'],
    ['a surname that is also a role word, before a given name not listed', '"Work resumes," Fan Mengguang said.', 'Work resumes', 'Fan Mengguang'],
    ['a hyphenated given name with a lower-case part', '"We will talk," said Moon Jae-in.', 'We will talk', 'Moon Jae-in'],
    ['a role word before a surname alone', '"Enough," Bishop Tutu said.', 'Enough', 'Bishop Tutu'],
  ])('kept whole: %s', (_, paragraph, quote, speaker) => {
    expect(read(paragraph, quote).speaker).toBe(speaker);
  });
});

describe('places and objects inside an appositive are no speakers', () => {
  test.each<Row>([
    [
      'a town and its region, then a second employer',
      '"Ice on the moon is rare," lead author Dana Whitcombe, a chemist at the Orland Research Center in Greenbelt, Marlshire, and Fenwick College in Eastport, said in a statement.',
      'Ice on the moon',
      'Dana Whitcombe',
    ],
    [
      'a city and its country before a second role',
      '"Models like this pay off," Milo Brandt, a fellow at the Halden Institute in Munich, Germany, and co-author of the study, said.',
      'Models like this',
      'Milo Brandt',
    ],
    [
      'a name after a preposition, inside the subject',
      'The letter about Ada Reyes, a harbour pilot, described the crew as "warned twice."',
      'warned twice',
      null,
    ],
  ])('%s', (_, paragraph, quote, speaker) => {
    expect(read(paragraph, quote).speaker).toBe(speaker);
  });

  test.each<Row>([
    ['a lone outlet name in commas', '"Not now," Tidewire, the harbour news agency, wrote.', 'Not now', 'Tidewire'],
    [
      'a given name in commas after a role noun',
      'The mayor\'s son, Grant, defended him on the radio, saying: "My father built this pier."',
      'built this pier',
      'Grant',
    ],
  ])('still read: %s', (_, paragraph, quote, speaker) => {
    expect(read(paragraph, quote).speaker).toBe(speaker);
  });
});

describe('an initialism inside a speaker phrase', () => {
  test.each<Row>([
    ['before the verb', '"The talks stalled," a U.S. official said.', 'talks stalled', 'a U.S. official'],
    ['after the verb', '"The talks stalled," said a senior U.S. diplomat in Geneva.', 'talks stalled', 'a senior U.S. diplomat'],
    ['with a title head', '"The port stays shut," the U.N. spokesman said.', 'port stays shut', 'the U.N. spokesman'],
  ])('%s', (_, paragraph, quote, speaker) => {
    expect(read(paragraph, quote).speaker).toBe(speaker);
  });
});

const officials = (...paragraphs: string[]) => analyzeArticle({ paragraphs: [HEADLINE, ...paragraphs] }).officials.map((p) => `${p.name} [${p.title}]`);

describe('a title followed by more title words, a firm or a people names no one', () => {
  test.each<[string, string, string[]]>([
    [
      'a title that ends its sentence',
      'The firm is under inquiry by the Harbour State Attorney General. According to the Tidewire agency, the questions are "serious."',
      [],
    ],
    [
      'an appositive title, then a firm joined by an ampersand',
      '"It is a fine design," said Dana Kersh, division vice president, Orland Sales & Regional Operations at Orland Motors.',
      ['Dana Kersh [Division Vice President]'],
    ],
    ['a rank and a role word that make one title', '"We are delighted," adds Olle Brask, General Manager of Harbour Care Solutions at Fenwick Health.', []],
    ['a title and a run ending in a role word', 'As a Premier Solution Partner we "deliver everything," the firm said.', []],
    ['a people in the plural', 'He repeated claims spread by the Valdorians, particularly the former prosecutor general, who "lied."', []],
    [
      'a rank between the office and the name: one person, with both',
      '"We are there to deter," Navy press secretary Maj. Gen. Pat Ruddock told reporters.',
      ['Pat Ruddock [Press Secretary Maj General]'],
    ],
  ])('%s', (_, paragraph, expected) => {
    expect(officials(paragraph)).toEqual(expected);
  });

  test('titles with an abbreviation dot, and names that end in a role word after a given name, still introduce', () => {
    expect(officials('"Go," said Sen. Mara Quill. "Stop," said Gov. Ada Reyes. "Wait," Foreign Minister Julie Bishop said.')).toEqual([
      'Mara Quill [Senator]',
      'Ada Reyes [Governor]',
      'Julie Bishop [Foreign Minister]',
    ]);
  });
});

describe('"he said" with no one in reach', () => {
  test('is the person quoted most so far, not the one the quotes talk about most', () => {
    const a = analyzeArticle({
      paragraphs: [
        'Fleet stays at sea',
        'The deployment was ordered by Admiral Tomas Berg in May.',
        'Navy spokesman Ravi Orlan briefed reporters on Tuesday.',
        '"The admiral has been clear," Orlan said. "The admiral wants calm, and the admiral will decide," he said.',
        'The ships have been at sea since June.',
        'Maria Whitlock of the Harbour Post asked about the families.',
        '"We tell them the truth," he said.',
      ],
    });
    expect(a.quotes.find((q) => q.text.includes('tell them the truth'))?.speaker).toBe('Ravi Orlan');
  });
});

describe('a described speaker or a document, kept as written', () => {
  test.each<Row>([
    ['a document after the quote', '"Nothing changes before spring," the note said.', 'Nothing changes', 'the note'],
    ['a described person before the verb', 'The retired surgeon said the plan was "sound."', 'sound', 'The retired surgeon'],
    ['an age for a person', '"Fine by me," the 46-year-old told reporters.', 'Fine by me', 'the 46-year-old'],
    ['a party member with a place', '"He will win here," a Tarn Republican said.', 'win here', 'a Tarn Republican'],
    ['a party member with a rank, after the verb', '"Not this year," said one senior Democrat.', 'Not this year', 'one senior Democrat'],
  ])('%s', (_, paragraph, quote, speaker) => {
    expect(read(paragraph, quote).speaker).toBe(speaker);
  });

  test.each<Row>([
    [
      'a party word as an adjective before a noun that reads like a verb',
      'They made an effort to disprove Republican claims of "big breakthroughs" in the case.',
      'big breakthroughs',
      null,
    ],
    ['an auxiliary before the verb', 'In the end the town has claimed the roads are "open again."', 'open again', null],
    ['a thing and the participle that names it', 'One card, a poem called "Winter Light at the Quay," won a prize.', 'Winter Light', null],
    ['a noun phrase after a preposition', 'The plan came from the harbour board after the vote said to be "final."', 'final', null],
  ])('no speaker: %s', (_, paragraph, quote, speaker) => {
    expect(read(paragraph, quote).speaker).toBe(speaker);
  });
});
