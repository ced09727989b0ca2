import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evenSample, floorPass, polnearArg, readTextArticles } from '../../scripts/bench/real-text';

const root = mkdtempSync(join(tmpdir(), 'onrecord-real-text-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the core bench floor', () => {
  it.each([
    ['', 0, 0],
    ['Plain words, no marks.', 4, 0],
    ['“We will,” said Ona Brill.', 5, 2],
    ['"Tak", 2026 «ja»', 3, 4],
    ['naïve café — Ærø', 3, 0],
  ])('counts words and quote marks of %j', (text, words, marks) => {
    expect(floorPass(text)).toEqual({ words, marks });
  });
});

describe('the PolNeAR text reader', () => {
  it('reads a split folder through its text/ folder, in name order, and skips other files', () => {
    const split = join(root, 'train');
    mkdirSync(join(split, 'text'), { recursive: true });
    writeFileSync(join(split, 'text', 'b.txt'), 'Second title\n\nSecond body.');
    writeFileSync(join(split, 'text', 'a.txt'), 'First title\n\nFirst body.');
    writeFileSync(join(split, 'text', 'notes.ann'), 'T1\tx');
    const read = readTextArticles(split)!;
    expect(read.folder).toBe(join(split, 'text'));
    expect(read.articles.map((a) => a.paragraphs[0])).toEqual(['First title', 'Second title']);
  });

  it('reads a folder of .txt files directly', () => {
    const flat = join(root, 'flat');
    mkdirSync(flat);
    writeFileSync(join(flat, 'only.txt'), 'Only title\n\nOnly body.');
    expect(readTextArticles(flat)!.articles).toHaveLength(1);
  });

  it('falls back (null) without a folder, with a missing one, or with one holding no text', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(readTextArticles(undefined)).toBeNull();
    expect(readTextArticles(join(root, 'missing'))).toBeNull();
    expect(readTextArticles(empty)).toBeNull();
  });

  it('takes --polnear DIR before POLNEAR_DIR', () => {
    expect(polnearArg(['core', '--polnear', '/d'], { POLNEAR_DIR: '/e' })).toBe('/d');
    expect(polnearArg(['core'], { POLNEAR_DIR: '/e' })).toBe('/e');
    expect(polnearArg(['core'], {})).toBeUndefined();
  });
});

describe('the even sample', () => {
  it('takes every k-th item so the sample holds about the words asked for', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(evenSample(items, () => 100, 500)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample(items, () => 100, 5000)).toEqual(items);
  });
});
