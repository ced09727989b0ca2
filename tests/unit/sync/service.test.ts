/** The worker's sync service: settings that never hand the password back, the status, plain-word errors. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeSyncError } from '../../../src/background/sync/errors';
import type { Mirror } from '../../../src/background/sync/engine';
import { createSyncService, CONFIG_KEY, type KeyValueStore } from '../../../src/background/sync/service';
import { checkDatabaseName, checkServerUrl, type SyncConfig } from '../../../src/shared/sync-config';
import { ok } from '../../../src/shared/result';
import { saveQuote, setQuoteSpeaker } from '../../../src/storage/quotes';
import { at } from './machines';
import { MemoryPouch, PouchDB, startCouchServer, type CouchServer } from '../../support/couch-server';
import { freshLibrary, makeInput, unwrap } from '../storage/helpers';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(async () => {
  await server.stop();
});

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (key) => void data.delete(key),
  };
}

let n = 0;
async function service(permitted = true) {
  const { db } = await freshLibrary();
  const store = memoryStore();
  const badge: boolean[] = [];
  // Like the worker's: the same database whenever it is opened.
  const mirror: Mirror = new MemoryPouch(`service-mirror-${++n}`);
  const s = createSyncService({
    open: async () => ok(db),
    store,
    openMirror: () => mirror,
    openRemote: (c) => new PouchDB(`${c.base}/${c.database}`),
    permitted: async () => permitted,
    showFailing: (f) => badge.push(f),
    applied: () => undefined,
    now: () => new Date('2026-05-01T10:00:00Z'),
  });
  return { s, db, store, badge };
}

const config = (over: Partial<SyncConfig> = {}): SyncConfig => ({ url: server.url, database: `svc-${++n}`, username: 'reporter', password: 'secret', ...over });

describe('server settings', () => {
  test.each([
    ['https://couch.example.org', true],
    ['https://couch.example.org:6984/sub/', true],
    ['http://127.0.0.1:5984', true],
    ['http://localhost:5984', true],
    ['http://couch.example.org', false],
    ['ftp://couch.example.org', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@couch.example.org', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(checkServerUrl(url).ok).toBe(allowed);
  });

  test.each([
    ['onrecord', true],
    ['team_desk-2', true],
    ['Desk', false],
    ['_users', false],
    ['', false],
  ])('database %j allowed: %s', (name, allowed) => {
    expect(checkDatabaseName(name).ok).toBe(allowed);
  });

  test('the password is stored for the worker but never handed back to a page', async () => {
    const { s, store } = await service();
    const view = unwrap(await s.configure(config()));
    expect(JSON.stringify(view)).not.toContain('secret');
    expect(view.hasPassword).toBe(true);
    expect(JSON.stringify(unwrap(await s.settings()))).not.toContain('secret');
    expect((store.data.get(CONFIG_KEY) as SyncConfig).password).toBe('secret');
    // Saving again with an empty password keeps the stored one.
    unwrap(await s.configure({ ...(store.data.get(CONFIG_KEY) as SyncConfig), password: '' }));
    expect((store.data.get(CONFIG_KEY) as SyncConfig).password).toBe('secret');
  });
});

describe('status', () => {
  test('a good round records the time and clears pending changes; the badge is off', async () => {
    const { s, db, badge } = await service();
    unwrap(await s.configure(config()));
    unwrap(await saveQuote(db, makeInput()));
    expect(unwrap(await s.status()).pending).toBe(3);
    const after = unwrap(await s.run());
    expect(after).toMatchObject({ enabled: true, lastSyncAt: '2026-05-01T10:00:00.000Z', lastError: null, pending: 0 });
    expect(badge.at(-1)).toBe(false);
  });

  test('an unreachable server is said in plain words, changes stay pending, and the badge shows it', async () => {
    const { s, db, badge } = await service();
    unwrap(await s.configure(config({ url: 'http://127.0.0.1:9' })));
    unwrap(await saveQuote(db, makeInput()));
    const after = unwrap(await s.run());
    expect(after.lastError).toMatch(/could not be reached/);
    expect(after.pending).toBe(3);
    expect(badge.at(-1)).toBe(true);
  });

  test('without the host permission nothing is sent and the reader is told why', async () => {
    const { s } = await service(false);
    unwrap(await s.configure(config()));
    expect(unwrap(await s.run()).lastError).toMatch(/allow it/);
    expect(await s.test(config())).toMatchObject({ ok: false });
  });

  test('pointing sync at another database sends the whole library there', async () => {
    const { s, db } = await service();
    const first = config();
    unwrap(await s.configure(first));
    unwrap(await saveQuote(db, makeInput()));
    unwrap(await s.run());
    const second = config();
    unwrap(await s.configure(second));
    expect(unwrap(await s.status()).pending).toBe(3);
    expect(unwrap(await s.run())).toMatchObject({ lastError: null, pending: 0 });
    const info = (await (await fetch(`${server.url}/${second.database}`)).json()) as { doc_count: number };
    expect(info.doc_count).toBe(3);
  });

  test('test connection names the database', async () => {
    const { s } = await service();
    expect(unwrap(await s.test(config({ database: 'named-db' })))).toMatchObject({ database: 'named-db' });
  });
});

describe("a quote's history", () => {
  test('the losing speaker of a conflict is listed, with when and on which device', async () => {
    const [a, b] = [await service(), await service()];
    const c = config();
    for (const m of [a, b]) unwrap(await m.s.configure(c));
    const q = unwrap(await saveQuote(a.db, makeInput())).record;
    for (const m of [a, b]) unwrap(await m.s.run());
    const T = Date.UTC(2100, 0, 1);
    await at(T, () => setQuoteSpeaker(a.db, q.id, 'Ann Early', null));
    await at(T + 1000, () => setQuoteSpeaker(b.db, q.id, 'Bea Later', null));
    for (const m of [a, b, a, b]) unwrap(await m.s.run());
    for (const m of [a, b]) {
      const history = unwrap(await m.s.quoteHistory(q.id));
      expect(history.find((v) => v.speaker === 'Ann Early')).toMatchObject({ at: new Date(T).toISOString(), state: 'live' });
    }
    expect(unwrap(await (await service()).s.quoteHistory(q.id))).toEqual([]);
  });
});

describe('errors in plain words', () => {
  test.each([
    [{ status: 401, name: 'unauthorized' }, /user name or password/],
    [{ status: 403 }, /does not let this user/],
    [{ status: 500 }, /server failed \(error 500\)/],
    [{ name: 'TypeError', message: 'Failed to fetch' }, /could not be reached/],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' }, /could not be reached/],
    [{ message: 'Unexpected token < in JSON at position 0' }, /not CouchDB/],
    ['weird', /Sync failed: weird/],
  ])('%j', (e, words) => {
    expect(describeSyncError(e)).toMatch(words);
  });
});
