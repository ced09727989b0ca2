import { describe, expect, test } from 'vitest';
import { CHROME_PATTERN, CHROME_ROLES, marksChrome } from '../../src/content/extract-rules';

const byPatterns = (m: string) => CHROME_PATTERN.test(m) || CHROME_ROLES.test(m);

describe('marksChrome: the word scan before the patterns changes no answer', () => {
  test.each([
    ['story-body__p lede', false],
    ['share-tools', true],
    ['most-read', true],
    ['most read', false],
    ['MOST-READ', true],
    ['mostread', false],
    ['ad_slot', true],
    ['header-ad', true],
    ['heading lead', false],
    ['x:navigation', true],
    ['x_navigation', false],
    ['Navigation', false],
    ['comment\u00a0list', true],
    ['ſhare', false],
    ['\u212Aookie', false],
    ['', false],
  ])('%j → %s', (marker, expected) => {
    expect(marksChrome(marker)).toBe(expected);
    expect(byPatterns(marker)).toBe(expected);
  });

  test('agrees with the patterns on 20,000 generated markers', () => {
    const words = ['comment', 'comments', 'comment-list', 'related', 'share', 'shared', 'sharing', 'ad', 'ads', 'adverts', 'ad-slot', 'most', 'read',
      'most-read', 'rail', 'trail', 'tags', 'tag', 'breadcrumbs', 'header', 'story', 'p', 'navigation', 'banner', 'contentinfo', 'complementary',
      'COOKIE', 'Sidebar', 'İad', 'disqus', 'x', 'ſocial', 'promo', 'popularity'];
    const seps = [' ', '-', '_', '', '.', ':', '\u00a0', '\t', '/', '\u2028', 'é'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let m = '';
      for (let k = 1 + next(4); k > 0; k--) m += words[next(words.length)]! + seps[next(seps.length)]!;
      if (marksChrome(m) !== byPatterns(m)) mismatches.push(m);
    }
    expect(mismatches).toEqual([]);
  });
});
