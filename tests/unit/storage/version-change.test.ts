/** Another extension page asks for a newer schema: the open connection steps aside, nothing is lost. */
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { connection } from '../../../src/background/library-port';
import { DB_VERSION, openLibrary, saveQuote } from '../../../src/storage/repository';
import { makeInput, unwrap } from './helpers';

test('a version change from another page closes our connection instead of blocking it, and errors are readable', async () => {
  const factory = new FakeIDBFactory();
  const name = 'onrecord-version-change';
  const conn = connection(() => openLibrary({ indexedDB: factory, name }));
  const db = unwrap(await conn());
  unwrap(await saveQuote(db, makeInput({ text: 'Saved before the upgrade.' })));
  // A newer page opens the database at a higher version; it must not stay blocked by us.
  const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, DB_VERSION + 1);
    req.onupgradeneeded = () => undefined;
    req.onblocked = () => reject(new Error('blocked by the open connection'));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const count = await new Promise<number>((resolve) => {
    const r = upgraded.transaction('quotes').objectStore('quotes').count();
    r.onsuccess = () => resolve(r.result);
  });
  expect(count).toBe(1);
  upgraded.close();
  // Our side now needs the older version, which no longer exists: a readable error, not a throw.
  const again = await conn();
  expect(again.ok).toBe(false);
  if (!again.ok) expect(again.error).toMatch(/newer|version|reload/i);
});
