/** Class, id and role words of page chrome: which mark it, how strongly, and which names excuse them. */
import { describe, expect, test } from 'vitest';
import { Chrome, classChrome, roleChrome } from '../../src/content/chrome-words';

const [None, Soft, Hard] = [Chrome.None, Chrome.Soft, Chrome.Hard];

describe('classChrome', () => {
  test.each([
    // Plain story markup.
    ['story-body__p lede', None],
    ['heading lead', None],
    ['', None],
    ['mostread', None],
    ['most read', None],
    ['commentary', None],
    ['shared', None],
    // Soft chrome: rails, widgets, promos, bylines.
    ['share-tools', Soft],
    ['most-read', Soft],
    ['MOST-READ', Soft],
    ['ad_slot', Soft],
    ['header-ad', Soft],
    ['sidebar-left', Soft],
    ['promo-card', Soft],
    ['byline', Soft],
    ['article-byline', Soft],
    ['author-bio', Soft],
    // Comment threads are hard chrome, whatever else the name says.
    ['comments', Hard],
    ['comment\u00a0list', Hard],
    ['article-comments', Hard],
    ['cookie-notice', Hard],
    ['gdpr-consent-main', Hard],
    // Readability's exception: the same marker also names the story's container.
    ['l-sidebar-fixed l-segment l-article-body-segment', None],
    ['content-with-sidebar-wrp', None],
    ['pg-rail-tall__body', None],
    ['non-ad-column-l', None],
    ['ArticlePage-content paywall', None],
    ['share-buttons main-content', None],
    // A modifier, state or hook: the element has a rail or a social widget, it is not one.
    ['with-right-rail', None],
    ['theme-taboola', None],
    ['js-social-anchor-start', None],
    ['url-breadcrumb', None],
    // Metered paragraphs are the story.
    ['paywall', None],
    ['ſhare', None],
    ['\u212Aookie', None],
  ])('%j → %s', (marker, expected) => {
    expect(classChrome(marker)).toBe(expected);
  });
});

describe('roleChrome', () => {
  test.each([
    ['navigation', Hard],
    ['complementary', Hard],
    ['x:navigation', Hard],
    ['banner', Soft],
    ['contentinfo', Soft],
    ['main', None],
    ['article', None],
    ['', None],
  ])('%j → %s', (role, expected) => {
    expect(roleChrome(role)).toBe(expected);
  });
});
