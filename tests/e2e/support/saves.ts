import type { BrowserContext } from '@playwright/test';
import { saveTabQuotes } from '../../support/as-popup';

/** Save requests made up in tests, shaped like the content script's. */
export function saveRequest(i: number, host = 'http://127.0.0.1') {
  const text = `Statement number ${i} on the harbour budget and the ferry timetable.`;
  return {
    text,
    speaker: i % 2 ? 'Ines Varga' : 'Tom Baird',
    speakerTitle: i % 2 ? 'Mayor' : 'Police Chief',
    named: true,
    official: true,
    paragraph: `“${text}” the official said at the council meeting.`,
    headline: `Council meeting ${i % 7}`,
    selectors: [
      { type: 'TextQuoteSelector', exact: text, prefix: '“', suffix: '” the official' },
      { type: 'TextPositionSelector', start: 1, end: 1 + text.length },
    ],
    source: { url: `${host}/news/${i % 40}.html`, title: `Council meeting ${i % 7}`, outlet: 'Test Gazette', published: '2026-03-01T10:00:00.000Z' },
  };
}

/** Reads every store of the library from an extension page, to check it is consistent. */
export const readLibraryScript = `(async () => {
  const db = await new Promise((ok, no) => { const r = indexedDB.open('onrecord'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
  const all = (store) => new Promise((ok) => { const q = db.transaction(store).objectStore(store).getAll(); q.onsuccess = () => ok(q.result); });
  const out = { quotes: await all('quotes'), people: await all('people'), sources: await all('sources'), stats: await all('stats') };
  db.close();
  return out;
})()`;

/** Saves every quote of a tab, as a reader clicking Save on each in the popup would. */
export async function saveAllQuotes(context: BrowserContext, tabId: number): Promise<number> {
  return (await saveTabQuotes(context, tabId)).filter((r) => r.ok).length;
}
