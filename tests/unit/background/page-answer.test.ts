/** analyzePage's answer: the site's setting always, the reading only where the reader left OnRecord on. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/index';
import { contentHandlers, type HandlerDeps } from '../../../src/background/handlers';
import { createTabReadings } from '../../../src/background/tab-readings';
import { createUploads } from '../../../src/shared/article-upload';
import type { PageAnswer } from '../../../src/shared/protocol';
import { err, type Result } from '../../../src/shared/result';

const URL_ON_SITE = 'https://news.example/harbour';
const article = { title: 'Harbour budget passes', paragraphs: ['Harbour budget passes', '“The ferry stays,” said Mayor Ines Varga on Tuesday.'] };
const meta = { canonical: null, ogUrl: null, ogTitle: null, siteName: null, publishedTime: null, timeDatetime: null, jsonLd: [], docTitle: article.title };

function depsFor(enabled: boolean) {
  const calls = { analyze: 0, record: 0, badge: 0 };
  const uploads = createUploads();
  const deps = {
    open: async () => err('no library in this test'),
    summaries: { record: async () => void calls.record++ },
    setBadge: async () => void calls.badge++,
    siteSettings: { get: async () => enabled, set: async () => {}, listOff: async () => [] },
    preferences: { get: async () => ({ markSaved: true, palette: 'contrast', hideNames: false }), set: async () => {} },
    cardUrl: 'chrome-extension://session-id/src/card/index.html',
    analyze: (a: typeof article) => (calls.analyze++, analyzeArticle(a)),
    uploads,
    readings: createTabReadings(),
  } as unknown as HandlerDeps;
  return { deps, calls, uploads };
}

describe('analyzePage answers with the site setting', () => {
  it.each([
    { enabled: true, reads: 1 },
    { enabled: false, reads: 0 },
  ])('site on: $enabled', async ({ enabled, reads }) => {
    const { deps, calls, uploads } = depsFor(enabled);
    const ctx = { tabId: 7, frameId: 0, url: URL_ON_SITE };
    // One part sent ahead: on a site switched off it is dropped with the rest, never kept.
    expect(uploads.add('7:0', 'u1', 0, ['An earlier paragraph.']).ok).toBe(true);
    const reply = (await contentHandlers(deps).analyzePage({ article, meta, location: URL_ON_SITE, upload: { id: 'u1', parts: 1 } }, ctx)) as Result<PageAnswer>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.setting).toEqual({ enabled, markSaved: true, cardUrl: deps.cardUrl, look: { palette: 'contrast', hideNames: false } });
    expect(reply.value.reading === null).toBe(!enabled);
    expect(reply.value.reading?.analysis.quotes.length ?? 0).toBe(reads);
    expect(calls).toEqual({ analyze: reads, record: reads, badge: reads });
    expect(deps.readings.get(7, 0) !== null && deps.readings.get(7, 0) !== undefined).toBe(enabled);
    expect(uploads.take('7:0', 'u1', 1).ok).toBe(false);
  });
});
