/**
 * `npm run sync-server [-- PORT]`: the CouchDB-compatible server the tests use (express-pouchdb over
 * in-memory PouchDB), on 127.0.0.1, for trying library sync on one computer. Its data is gone when it
 * stops, and it has no users: leave the user name and password empty in Settings. A team runs CouchDB.
 */
import { startCouchServer } from '../tests/support/couch-server';

const port = Number(process.argv[2] ?? process.env.PORT ?? 5984);
const server = await startCouchServer(port);
console.log(`CouchDB-compatible server on ${server.url} (in memory; Ctrl-C stops it)`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
