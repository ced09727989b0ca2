/** The PolNeAR harness on an invented two-article corpus in brat standoff: gold quotes, annotator choice, scoring. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeArticle, type QuoteResult } from '../../src/core/index';
import { loadPolnear } from '../support/polnear';
import { classifySource, jointSurnames, markedSpans, type GoldQuote } from '../support/polnear-gold';
import { judgeSpeaker, scorePolnear } from '../support/polnear-score';

const TEXT = 'Ferry fares frozen\n\n“Fares stay put,” said Mayor Ines Varga.\nThe council called the plan a “quiet win” on Monday.\n';
const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => `${at(s)} ${at(s) + s.length}\t${s}`;

/** Brat lines for one attribution: Source, Cue, Content and the relation tying them. */
function relation(n: number, source: string, cue: string, content: string): string {
  const t = 4 * n;
  return [
    `T${t + 1}\tSource ${span(source)}`,
    `T${t + 2}\tCue ${span(cue)}`,
    `T${t + 3}\tContent ${span(content)}`,
    `T${t + 4}\tAttribution ${span(cue)}`,
    `E${n + 1}\tAttribution:T${t + 4} Content:T${t + 3} Cue:T${t + 2} Source:T${t + 1}`,
  ].join('\n');
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'ferry.txt'), TEXT);
  const full = [relation(0, 'Mayor Ines Varga', 'said', '“Fares stay put,”'), relation(1, 'The council', 'called', 'the plan a “quiet win”')].join('\n');
  writeFileSync(join(dir, 'attributions', 'ferry_bbbb.ann'), `${full}\n`);
  // A second annotator with fewer relations: the harness keeps the fuller file.
  writeFileSync(join(dir, 'attributions', 'ferry_aaaa.ann'), `${relation(0, 'Mayor Ines Varga', 'said', '“Fares stay put,”')}\n`);
  return dir;
}

describe('PolNeAR harness', () => {
  test('single newlines are paragraphs, the fuller annotator file wins, and marked spans in Contents are gold', () => {
    const [article] = loadPolnear(corpus());
    expect(article!.annotator).toBe('bbbb');
    expect(article!.input.paragraphs).toHaveLength(3);
    expect(
      article!.gold.map((g) => [g.paragraph, article!.input.paragraphs[g.paragraph]!.slice(g.start, g.end), g.sourceKind, g.surname, g.position, g.cue]),
    ).toEqual([
      [1, 'Fares stay put,', 'name', 'Varga', 'after', 'say'],
      [2, 'quiet win', 'description', null, 'before', 'other-verb'],
    ]);
  });

  test('a predicted speaker is right when it holds the gold surname, and the engine finds the first quote', () => {
    const [article] = loadPolnear(corpus());
    const r = scorePolnear(analyzeArticle(article!.input), article!.gold);
    expect(r.judged[0]!.verdict).toBe('right');
  });

  test.each<[string, string, string | null]>([
    ['Sen. Ida Marsh (D-Ore.)', 'name', 'Marsh'],
    ['Ida Marsh of Ohio', 'name', 'Marsh'],
    ['Secretary of State Ida Marsh', 'name', 'Marsh'],
    ['a spokesman for Marsh', 'description', null],
    ['the Marsh campaign', 'description', null],
    ['The Harbour Gazette', 'organisation', 'Gazette'],
    ['she', 'pronoun', null],
    ['Harbour Board President', 'description', null],
    ['Marsh’s press aide, Ira Bell,', 'name', 'Bell'],
  ])('source %s is a %s', (source, kind, surname) => {
    expect(classifySource(source)).toEqual({ kind, surname });
  });

  test.each<[string, string, string]>([
    ['curly', 'a “b c” d', 'b c'],
    ['straight', 'a "b c" d', 'b c'],
    ['two apostrophes', "a ''b c'' d", 'b c'],
    ['a curly opener closed by a straight mark', '“b c," d', 'b c,'],
  ])('marked spans: %s', (_name, text, inner) => {
    expect(markedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([inner]);
  });

  test.each<[string, string[]]>([
    ['Ida Marsh and Juan Ortiz', ['Ortiz', 'Marsh']],
    ['Sen. Ida Marsh of Ohio and Sen. Juan Ortiz of Iowa', ['Marsh', 'Ortiz']],
    ['Ida Marsh', ['Marsh']],
  ])('joint source %s: each surname counts', (source, surnames) => {
    expect(jointSurnames(source, classifySource(source).surname)).toEqual(surnames);
  });

  const gold = (over: Partial<GoldQuote>): GoldQuote => ({
    paragraph: 1,
    start: 0,
    end: 5,
    source: 'the Harbour Gazette',
    sourceKind: 'organisation',
    surname: 'Gazette',
    surnames: ['Gazette'],
    around: '',
    position: 'after',
    cue: 'according-to',
    cueText: 'according to',
    ...over,
  });
  const quote = (speaker: string | null, speakerId: number | null = 1) => ({ speaker, speakerId }) as QuoteResult;

  test.each<[string, Partial<GoldQuote>, QuoteResult, string]>([
    [
      'the sentence says who spoke, the gold credits the outlet',
      { around: '“          ,” Ida Marsh said on Monday, according to the Harbour Gazette.' },
      quote('Ida Marsh'),
      'unchecked',
    ],
    [
      'said before the name',
      { around: '“          ,” said Mayor Ida Marsh, the Harbour Gazette reported.', cue: 'other-verb', cueText: 'reported' },
      quote('Ida Marsh'),
      'unchecked',
    ],
    [
      'the named person did not speak in the sentence',
      { around: 'According to the Harbour Gazette, the plan Ida Marsh drew up is “          .”' },
      quote('Ida Marsh'),
      'wrong',
    ],
    ['not an outlet cue', { around: '“          ,” Ida Marsh said.', cue: 'other-verb', cueText: 'called' }, quote('Ida Marsh'), 'wrong'],
    [
      'a person who relays',
      {
        source: 'Ada Frankel',
        sourceKind: 'name',
        surname: 'Frankel',
        surnames: ['Frankel'],
        around: '“          ,” Ida Marsh said, according to Ada Frankel.',
      },
      quote('Ida Marsh'),
      'unchecked',
    ],
    [
      'a joint source',
      { source: 'Ida Marsh and Juan Ortiz', sourceKind: 'name', surname: 'Ortiz', surnames: ['Ortiz', 'Marsh'], cue: 'say', cueText: 'said' },
      quote('Ida Marsh'),
      'right',
    ],
  ])('judge: %s', (_name, over, q, verdict) => {
    expect(judgeSpeaker(gold(over), q)).toBe(verdict);
  });
});
