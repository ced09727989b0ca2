/**
 * A frozen copy of the version-2 layout (v1 plus the `bySources` and `byEntity` indexes and the `stats`
 * store), written with the raw IndexedDB API, so the v3 upgrade starts from what a v2 build left on disk:
 * quotes without stored features, and stats already counted.
 */
import type { PersonRecord, QuoteRecord, SourceRecord } from '../../../src/core/index';
import type { StatRow } from '../../../src/storage/schema';

export interface V2Data {
  quotes: QuoteRecord[];
  people: Array<PersonRecord & { surname: string }>;
  sources: SourceRecord[];
  stats: StatRow[];
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

export async function createV2Database(indexedDB: IDBFactory, name: string, data: V2Data): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const quotes = request.result.createObjectStore('quotes', { keyPath: 'id' });
      quotes.createIndex('byPerson', 'personId');
      quotes.createIndex('bySaved', 'savedAt');
      quotes.createIndex('byPublished', 'published');
      quotes.createIndex('bySource', 'sourceUrl');
      quotes.createIndex('byTerm', 'terms', { multiEntry: true });
      quotes.createIndex('bySources', 'sourceUrls', { multiEntry: true });
      quotes.createIndex('byEntity', 'entities', { multiEntry: true });
      const people = request.result.createObjectStore('people', { keyPath: 'id' });
      people.createIndex('bySurname', 'surname');
      request.result.createObjectStore('sources', { keyPath: 'url' });
      request.result.createObjectStore('stats', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['quotes', 'people', 'sources', 'stats'], 'readwrite');
  for (const q of data.quotes) tx.objectStore('quotes').put(q);
  for (const p of data.people) tx.objectStore('people').put(p);
  for (const s of data.sources) tx.objectStore('sources').put(s);
  for (const r of data.stats) tx.objectStore('stats').put(r);
  await done(tx);
  db.close();
}

/** Reads every row of a store with the raw API, bypassing src/storage. */
export async function rawRows<T>(indexedDB: IDBFactory, name: string, store: string): Promise<{ version: number; rows: T[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rows = await new Promise<T[]>((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error);
  });
  const version = db.version;
  db.close();
  return { version, rows };
}
