/**
 * A frozen copy of the version-1 layout, written with the raw IndexedDB API (not src/storage), so the
 * upgrade test starts from what an old build really left on disk.
 */
import type { PersonRecord, QuoteRecord, SourceRecord } from '../../../src/core/index';

export interface V1Person extends PersonRecord {
  surname: string;
}
export interface V1Data {
  quotes: Array<QuoteRecord | Omit<QuoteRecord, 'sourceUrls' | 'entities'>>;
  people: V1Person[];
  sources: SourceRecord[];
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

export async function createV1Database(indexedDB: IDBFactory, name: string, data: V1Data = { quotes: [], people: [], sources: [] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const quotes = request.result.createObjectStore('quotes', { keyPath: 'id' });
      quotes.createIndex('byPerson', 'personId');
      quotes.createIndex('bySaved', 'savedAt');
      quotes.createIndex('byPublished', 'published');
      quotes.createIndex('bySource', 'sourceUrl');
      quotes.createIndex('byTerm', 'terms', { multiEntry: true });
      const people = request.result.createObjectStore('people', { keyPath: 'id' });
      people.createIndex('bySurname', 'surname');
      request.result.createObjectStore('sources', { keyPath: 'url' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['quotes', 'people', 'sources'], 'readwrite');
  for (const q of data.quotes) tx.objectStore('quotes').put(q);
  for (const p of data.people) tx.objectStore('people').put(p);
  for (const s of data.sources) tx.objectStore('sources').put(s);
  await done(tx);
  db.close();
}
