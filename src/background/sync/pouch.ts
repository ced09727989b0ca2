/** PouchDB as the worker builds it: IndexedDB for the mirror, HTTP for the server, and replication. */
import PouchDB from 'pouchdb-core';
import indexeddb from 'pouchdb-adapter-indexeddb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { SyncConfig } from '../../shared/sync-config';
import type { Mirror } from './engine';
import { fetchWithin, REQUEST_DEADLINE_MS } from './timed-fetch';

PouchDB.plugin(indexeddb).plugin(http).plugin(replication);

/** One mirror per server database, so pointing OnRecord at another server starts clean. */
export const openMirror = (c: SyncConfig & { base: string }): Mirror =>
  new PouchDB(`onrecord-mirror-${encodeURIComponent(`${c.base}/${c.database}`)}`, { adapter: 'indexeddb' });

export const openRemote = (c: SyncConfig & { base: string }): Mirror =>
  new PouchDB(`${c.base}/${c.database}`, {
    adapter: 'http',
    fetch: fetchWithin(REQUEST_DEADLINE_MS),
    ...(c.username ? { auth: { username: c.username, password: c.password } } : {}),
  });
