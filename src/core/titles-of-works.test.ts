import { describe, expect, test } from 'vitest';
import { analyzeArticle } from './analyze';

const found = (paragraph: string, words: string) =>
  analyzeArticle({ paragraphs: ['Council budget vote delayed', paragraph] }).quotes.some((q) => q.text.includes(words));

describe('a report’s or a study’s title in quote marks is not a quote', () => {
  test.each([
    [
      'the audit “…”',
      'The auditors published the audit “Lost in Transit: What the Port Inspectors Found” on Monday, and the council met again.',
      'Lost in Transit',
      false,
    ],
    [
      'a study titled “…”',
      'Officials cited a study titled “Rivers, Roads and the 2040 Horizon: A Regional Outlook” in their reply.',
      'Regional Outlook',
      false,
    ],
    ['the review, “…”', 'The ministry’s own review, “Safer Wards for Every Patient and Every Family”, was released in March.', 'Safer Wards', false],
    [
      'the survey “…”',
      'Results from the survey “Voices of the Valley 2026: Annual Results for Members” were shared with members.',
      'Voices of the Valley',
      false,
    ],
    ['a book credited "by" a name', 'According to “Tide Lines: A Harbour Story,” by Ira Bell, the mayor once worked the docks.', 'Tide Lines', false],
    ['a title credited "by" a name mid-sentence', 'She was reading “The Long Quay” by Nora Pike when the ferry left.', 'Long Quay', false],
    ['a headline word before a capital "By"', 'The Mayor Says She Is “Stunned” By Vote On Ferry Levy', 'Stunned', true],
    ['a sentence-case quote before "by"', 'The plan was called “a betrayal of every family here” by Councillor Ruth Abel.', 'betrayal of every', true],
    ['a report with a number', 'Her office wrote the report “Ten Steps to Cleaner Air in Every Town” last year.', 'Ten Steps', false],
    // Still quotes: a statement after the same nouns, in sentence case or with its attribution.
    [
      'a statement in sentence case after "report"',
      'In the report, “we found that the agency ignored its own warnings for years,” the inspector wrote.',
      'ignored its own warnings',
      true,
    ],
    ['a statement after "the review said"', 'The review said “the agency failed in its duty of care to patients.”', 'duty of care', true],
    ['a spoken sentence after the noun', 'Asked about the audit, “We Will Publish Everything,” Mayor Ida Brandt said on Tuesday.', 'Publish Everything', true],
  ])('%s', (_name, paragraph, words, expected) => {
    expect(found(paragraph, words)).toBe(expected);
  });
});

describe('a programme’s title after "told" or an on-air "on" is not a quote', () => {
  test.each([
    ['told “…”', '“The ferry will run,” Mayor Ida Brandt told “Harbour Morning” on Tuesday.', 'Harbour Morning', false],
    ['said on “…”', '“We are not finished,” Brandt said on “The Sunday Ledger.” “Not even close.”', 'Sunday Ledger', false],
    ['an appearance on “…”', 'In a long appearance on “Tide Talk,” the mayor defended the levy once more.', 'Tide Talk', false],
    ['aired on a day, then on “…”', '“It is settled,” Brandt said in an interview aired Sunday on “Coast Tonight.”', 'Coast Tonight', false],
    ['an interview with “…”', '“The levy stays,” Brandt said in an interview with “Valley Weekend.”', 'Valley Weekend', false],
    ['an interview with “…” before the speaker', 'In an interview with “Morning Harbour Hour,” Mayor Ida Brandt defended the ferry.', 'Harbour Hour', false],
    ['a sentence-case statement after "interview with"', 'Brandt ended an interview with “we are done here, thank you all.”', 'done here', true],
    // Still quotes: the speaker's own words after the same words, in sentence case or with other words before "on".
    [
      'a statement after "told" in sentence case',
      'Brandt told reporters the ferry would run “whatever the weather does next week.”',
      'whatever the weather',
      true,
    ],
    ['a sentence-case statement after "said on"', 'Brandt said on Tuesday that “the levy is fair and it is staying put.”', 'levy is fair', true],
  ])('%s', (_name, paragraph, words, expected) => {
    expect(found(paragraph, words)).toBe(expected);
  });
});

describe('a headline credited with a byline in a roundup is not a quote', () => {
  test.each([
    [
      'a sentence-case headline and an outlet’s reporter',
      'FERRY WATCH— “Harbour fares to rise again in the spring,” by the Gazette’s Ida Marsh: the levy returns.',
      'fares to rise',
      false,
    ],
    ['an outlet of two words', 'ALSO— "Pier repairs stall as the council argues," by Coast Daily\'s Tomas Reyes.', 'Pier repairs', false],
    ['an outlet ending in s', 'READ— “Mayor names a new harbour chief,” by Ports Times’ Lena Abel.', 'harbour chief', false],
    // Still quotes: a passive credit without the headline's comma, and a byline-free "by" phrase.
    ['a passive "by" with no comma', 'The plan was called “a betrayal of every family on the coast” by Ida Marsh’s own deputy.', 'betrayal of every', true],
    ['a statement followed by "by" and a time', '“We will finish the pier by the spring,” by Monday’s count, was her promise.', 'finish the pier', true],
  ])('%s', (_name, paragraph, words, expected) => {
    expect(found(paragraph, words)).toBe(expected);
  });
});

describe('a label noun before the marks: a title or a label, but not words someone used', () => {
  test.each([
    // Labels: a work, a so-called phrase, a name given.
    ['the book “…”', 'Her memoir, the book “Rooms Without Windows,” is out in June.', 'Rooms Without', false],
    ['the so-called “…”', 'The so-called “ferry dividend” has vanished, analysts fear.', 'ferry dividend', false],
    ['a sentence-initial marker', 'Titled “Low Tide,” the ferry film opens on Friday.', 'Low Tide', false],
    ['a show named in a headline', 'Mayor Joins Harbour Show “Tide Talk” For A Night', 'Tide Talk', false],
    // Words someone used: a term, a phrase, a slogan, a motto.
    ['using the term “…”', 'The mayor was criticised for using the term “harbour parasites” in 2019.', 'harbour parasites', true],
    ['his slogan “…”', 'Brandt said his old slogan, “Fix the ferry first,” still holds.', 'Fix the ferry', true],
    ['the phrase “…”', 'Voters said the phrase “tidal tax” put them off.', 'tidal tax', true],
    ['a motto “…”', 'The pilots said their motto “never before the tide turns” still holds.', 'never before', true],
    // A marker noun whose quote is its predicate, and a capitalised surname that spells a marker noun.
    ['the report “was …”', 'Brandt said the harbour report “was not good” for the council.', 'was not good', true],
    ['the column “is …”', 'Her weekly column “is the last word on the ferry,” a rival said.', 'last word', true],
    ['a comment by Dr. Ida Song “…”', 'Brandt said the remark by Dr. Ida Song “was unfair and wrong.”', 'unfair and wrong', true],
    ['a surname Show before a quote', 'Brandt said Councillor Ada Show “had it right all along.”', 'right all along', true],
    ['a surname Song before a quote', 'The mayor told Dr. Ida Song “thank you for the pier.”', 'thank you', true],
  ])('%s', (_name, paragraph, words, expected) => {
    expect(found(paragraph, words)).toBe(expected);
  });
});
