/** The background's readings of tabs: keyed quotes, saves made from the reading, orphans, bounded memory, pushes. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, quoteKeysOf, anchorQuote, PARAGRAPH_SEPARATOR, type QuoteRecord } from '../../../src/core/index';
import { createPageSync } from '../../../src/background/page-sync';
import { orphansOf, pageQuoteByKey, pageQuotesOf, saveRequestOf } from '../../../src/background/reading-quotes';
import { createTabReadings, type TabReading } from '../../../src/background/tab-readings';
import { ok } from '../../../src/shared/result';

const paragraphs = [
  'Harbour budget passes',
  '“The ferry stays,” said Mayor Ines Varga on Tuesday.',
  'Councillor Tom Baird disagreed. “We cannot pay for it,” he said.',
];
function readingOf(paras = paragraphs, url = 'https://news.example/harbour'): TabReading {
  const analysis = analyzeArticle({ title: paras[0]!, paragraphs: paras });
  return {
    location: url,
    source: { url, title: paras[0]!, outlet: 'Example News', published: '2026-03-01' },
    paragraphs: paras,
    analysis,
    keys: quoteKeysOf(analysis.quotes),
    ownSite: true,
    saved: [],
  };
}

describe('reading-quotes', () => {
  it('lists the quotes by key and makes the save from the reading, with selectors that find the words again', () => {
    const r = readingOf();
    const quotes = pageQuotesOf(r);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ines Varga', 'Tom Baird']);
    const key = quotes[1]!.key;
    expect(pageQuoteByKey(r, key)?.text).toBe(quotes[1]!.text);
    const save = saveRequestOf(r, key)!;
    expect(save.speaker).toBe('Tom Baird');
    const hit = anchorQuote(paragraphs.join(PARAGRAPH_SEPARATOR), save.selectors[0], save.selectors[1]);
    expect(hit && paragraphs.join(PARAGRAPH_SEPARATOR).slice(hit.start, hit.end)).toBe(quotes[1]!.text);
    expect(saveRequestOf(r, 'k9.9.nothing')).toBeNull();
  });

  it("keeps a quote's key when another quote of the page is gone", () => {
    const before = readingOf();
    const after = readingOf([paragraphs[0]!, 'The mayor spoke briefly.', paragraphs[2]!]);
    expect(after.keys).toEqual([before.keys[1]]);
  });

  it('calls a saved quote an orphan only when its words are gone from the page', () => {
    const r = readingOf();
    const save = saveRequestOf(r, r.keys[0]!)!;
    r.saved = [{ id: 'q_1', text: save.text, speaker: save.speaker, selectors: save.selectors }];
    expect(orphansOf(r)).toEqual([]);
    const edited = readingOf([paragraphs[0]!, 'The mayor spoke briefly.', paragraphs[2]!]);
    edited.saved = r.saved;
    expect(orphansOf(edited).map((o) => o.id)).toEqual(['q_1']);
  });
});

describe('createTabReadings', () => {
  it('drops the least recently read tabs beyond its character budget, never the one just read', () => {
    const readings = createTabReadings(200);
    readings.set(1, 0, readingOf());
    readings.set(2, 0, readingOf());
    readings.set(3, 0, readingOf());
    expect(readings.get(1)).toBeNull();
    expect(readings.get(3)).not.toBeNull();
    const huge = readingOf([...paragraphs, 'x'.repeat(1000)]);
    readings.set(4, 0, huge);
    expect(readings.get(4)).toBe(huge);
  });

  it("forgets a closed tab's frames, and lists only pages on their own site", () => {
    const readings = createTabReadings();
    readings.set(1, 0, readingOf());
    readings.set(1, 7, readingOf());
    readings.set(2, 0, { ...readingOf(), ownSite: false });
    expect([...readings.ofSources('all')].map((e) => `${e.tabId}:${e.frameId}`)).toEqual(['1:0', '1:7']);
    readings.forgetTab(1);
    expect([...readings.ofSources('all')]).toEqual([]);
  });
});

describe('createPageSync', () => {
  it('pushes each open page of a changed source its saved quotes, once per burst', async () => {
    const readings = createTabReadings();
    readings.set(1, 0, readingOf());
    readings.set(2, 0, readingOf(paragraphs, 'https://other.example/story'));
    const pushes: string[] = [];
    let run: (() => void) | null = null;
    const record = {
      id: 'q_9',
      text: 'The ferry stays',
      speaker: 'Ines Varga',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'The ferry stays', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 1 },
      ],
    } as unknown as QuoteRecord;
    const sync = createPageSync({
      readings,
      savedOn: async () => ok([record]),
      toSaved: (q) => ({ id: q.id, text: q.text, speaker: q.speaker, selectors: q.selectors }),
      push: async (tabId, frameId, saved) => void pushes.push(`${tabId}:${frameId}:${saved.map((s) => s.id).join()}`),
      later: (work) => void (run = work),
    });
    sync.changed(['https://news.example/harbour']);
    sync.changed(['https://news.example/harbour']);
    run!();
    await sync.settled();
    expect(pushes).toEqual(['1:0:q_9']);
    expect(readings.get(1)?.saved.map((s) => s.id)).toEqual(['q_9']);
    sync.changed('all');
    run!();
    await sync.settled();
    expect(pushes).toEqual(['1:0:q_9', '1:0:q_9', '2:0:q_9']);
  });
});

describe('readingFor', () => {
  it('asks the frame to read itself again when the worker lost its reading (MV3 restart), and finds the same keys', async () => {
    const { readingFor } = await import('../../../src/background/handlers');
    const readings = createTabReadings();
    const before = readingOf();
    const asked: string[] = [];
    const rescan = async (tabId: number, frameId: number) => {
      asked.push(`${tabId}:${frameId}`);
      readings.set(tabId, frameId, readingOf());
      return ok(null);
    };
    const r = await readingFor({ readings, rescan }, 4, 2);
    expect(asked).toEqual(['4:2']);
    expect(r?.keys).toEqual(before.keys);
    await readingFor({ readings, rescan }, 4, 2);
    expect(asked).toEqual(['4:2']);
  });
});
