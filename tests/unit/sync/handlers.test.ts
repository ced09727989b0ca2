/** A page's sync config reaches the service only when every field is a string: anything else is refused first. */
import { describe, expect, test, vi } from 'vitest';
import { syncHandlers } from '../../../src/background/sync/handlers';
import type { SyncService } from '../../../src/background/sync/service';
import { ok } from '../../../src/shared/result';

const good = { url: 'https://couch.example.org', database: 'onrecord', username: 'desk', password: 'pw' };

function fakeService() {
  const configure = vi.fn(async () => ok({ url: good.url, database: good.database, username: good.username, hasPassword: true, enabled: true }));
  const testConnection = vi.fn(async () => ok({ database: good.database, documents: 0 }));
  const service = { configure, test: testConnection, run: vi.fn(async () => ok(null)) } as unknown as SyncService;
  return { service, configure, testConnection };
}

describe('sync handlers', () => {
  const bad: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'https://couch.example.org'],
    ['a missing password', { url: good.url, database: good.database, username: good.username }],
    ['a number for the database', { ...good, database: 5 }],
    ['an object for the url', { ...good, url: { toString: () => good.url } }],
  ];
  test.each(bad)('refuses %s without calling the service', async (_name, payload) => {
    const { service, configure, testConnection } = fakeService();
    const h = syncHandlers(service);
    expect((await h.setSyncSettings(payload as never)).ok).toBe(false);
    expect((await h.testSyncConnection(payload as never)).ok).toBe(false);
    expect(configure).not.toHaveBeenCalled();
    expect(testConnection).not.toHaveBeenCalled();
  });

  test('passes a complete config on', async () => {
    const { service, configure, testConnection } = fakeService();
    const h = syncHandlers(service);
    expect((await h.setSyncSettings(good)).ok).toBe(true);
    expect((await h.testSyncConnection(good)).ok).toBe(true);
    expect(configure).toHaveBeenCalledWith(good);
    expect(testConnection).toHaveBeenCalledWith(good);
  });
});
