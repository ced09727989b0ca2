// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the engine's PouchDB types are a global script, not a module
/// <reference path="../../src/background/sync/pouchdb-types.d.ts" />
/**
 * A CouchDB-compatible server inside the test process: express-pouchdb (pouchdb-server's HTTP layer) over
 * in-memory PouchDB, on 127.0.0.1 and a free port. Nothing to install, nothing left running after `stop`.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import expressPouchDB from 'express-pouchdb';

PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).plugin(mapreduce);

/** In-memory PouchDB for the server's databases and for each test machine's mirror. */
export const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
export { PouchDB };

export interface CouchServer {
  url: string;
  stop(): Promise<void>;
}

let instance = 0;

/** `port` 0 (the default) takes a free one. */
export async function startCouchServer(port = 0): Promise<CouchServer> {
  // Each server its own name prefix, so two servers in one process never share a database.
  const prefix = `server${++instance}-`;
  const app = expressPouchDB(MemoryPouch.defaults({ prefix }), { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
