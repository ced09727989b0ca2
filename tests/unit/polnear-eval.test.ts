/** The PolNeAR harness on an invented two-article corpus in brat standoff: gold quotes, annotator choice, scoring. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/core';
import { loadPolnear } from '../support/polnear';
import { classifySource, markedSpans } from '../support/polnear-gold';
import { scorePolnear } from '../support/polnear-score';

const TEXT = 'Ferry fares frozen\n\n“Fares stay put,” said Mayor Ines Varga.\nThe council called the plan a “quiet win” on Monday.\n';
const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => `${at(s)} ${at(s) + s.length}\t${s}`;

/** Brat lines for one attribution: Source, Cue, Content and the relation tying them. */
function relation(n: number, source: string, cue: string, content: string): string {
  const t = 4 * n;
  return [`T${t + 1}\tSource ${span(source)}`, `T${t + 2}\tCue ${span(cue)}`, `T${t + 3}\tContent ${span(content)}`, `T${t + 4}\tAttribution ${span(cue)}`,
    `E${n + 1}\tAttribution:T${t + 4} Content:T${t + 3} Cue:T${t + 2} Source:T${t + 1}`].join('\n');
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
    expect(article!.gold.map((g) => [g.paragraph, article!.input.paragraphs[g.paragraph]!.slice(g.start, g.end), g.sourceKind, g.surname, g.position, g.cue]))
      .toEqual([[1, 'Fares stay put,', 'name', 'Varga', 'after', 'say'], [2, 'quiet win', 'description', null, 'before', 'other-verb']]);
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
});
