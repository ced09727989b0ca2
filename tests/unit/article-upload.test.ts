import { describe, expect, it } from 'vitest';
import { createUploads, PART_CHARS, splitParts } from '../../src/shared/article-upload';
import { ARTICLE_LIMITS } from '../../src/core/index';

describe('splitParts', () => {
  it.each([
    { name: 'a short article is one part', paragraphs: ['a', 'b'], limit: 10, parts: [['a', 'b']] },
    { name: 'parts close before they pass the limit', paragraphs: ['aaaa', 'bbbb', 'cccc'], limit: 8, parts: [['aaaa', 'bbbb'], ['cccc']] },
    { name: 'a paragraph longer than a part is a part alone', paragraphs: ['a', 'x'.repeat(20), 'b'], limit: 8, parts: [['a'], ['x'.repeat(20)], ['b']] },
    { name: 'no paragraphs is one empty part', paragraphs: [], limit: 8, parts: [[]] },
  ])('$name', ({ paragraphs, limit, parts }) => {
    expect(splitParts(paragraphs, limit)).toEqual(parts);
  });

  it('keeps every paragraph in order and each part within PART_CHARS unless one paragraph is longer', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => 'w'.repeat((i * 7919) % 30_000));
    const parts = splitParts(paragraphs);
    expect(parts.flat()).toEqual(paragraphs);
    for (const p of parts) if (p.length > 1) expect(p.reduce((n, s) => n + s.length, 0)).toBeLessThanOrEqual(PART_CHARS);
  });
});

describe('createUploads', () => {
  it('joins the parts of one upload in order', () => {
    const u = createUploads();
    expect(u.add('1:0', 'u1', 0, ['a'])).toEqual({ ok: true, value: null });
    expect(u.add('1:0', 'u1', 1, ['b', 'c'])).toEqual({ ok: true, value: null });
    expect(u.take('1:0', 'u1', 2)).toEqual({ ok: true, value: ['a', 'b', 'c'] });
    // Taken once: the same upload cannot be replayed.
    expect(u.take('1:0', 'u1', 2).ok).toBe(false);
  });

  it.each([
    { name: 'a part out of order', steps: [[0], [2]], take: 2 },
    { name: 'a first part that is not part 0', steps: [[1]], take: 1 },
    { name: 'fewer parts than claimed', steps: [[0]], take: 2 },
  ])('refuses $name', ({ steps, take }) => {
    const u = createUploads();
    for (const [i] of steps) u.add('1:0', 'u1', i!, ['x']);
    expect(u.take('1:0', 'u1', take).ok).toBe(false);
  });

  it('keeps tabs and frames apart, and a new upload replaces an older one', () => {
    const u = createUploads();
    u.add('1:0', 'u1', 0, ['tab one']);
    u.add('2:0', 'u2', 0, ['tab two']);
    u.add('1:3', 'u3', 0, ['frame three']);
    u.add('1:0', 'u4', 0, ['tab one again']);
    expect(u.take('1:0', 'u1', 1).ok).toBe(false);
    expect(u.take('2:0', 'u2', 1)).toEqual({ ok: true, value: ['tab two'] });
    expect(u.take('1:3', 'u3', 1)).toEqual({ ok: true, value: ['frame three'] });
  });

  it('refuses parts that add up to more than a page may send', () => {
    const u = createUploads();
    const big = 'y'.repeat(ARTICLE_LIMITS.paragraphChars);
    let last = u.add('1:0', 'u1', 0, [big]);
    for (let i = 1; last.ok && i < 200; i++) last = u.add('1:0', 'u1', i, [big]);
    expect(last).toEqual({ ok: false, error: 'refused: more text than a page can ask the engine to read' });
    expect(u.take('1:0', 'u1', 80).ok).toBe(false);
  });

  it('holds a bounded number of unfinished uploads', () => {
    const u = createUploads(2);
    u.add('1:0', 'a', 0, ['a']);
    u.add('2:0', 'b', 0, ['b']);
    u.add('3:0', 'c', 0, ['c']);
    expect(u.take('1:0', 'a', 1).ok).toBe(false);
    expect(u.take('3:0', 'c', 1).ok).toBe(true);
  });
});
