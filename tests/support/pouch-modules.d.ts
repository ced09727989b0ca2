// Packages without published types, used only by the test server and its machines.
declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  interface App {
    listen(port: number, host: string, ready: () => void): Server;
  }
  export default function expressPouchDB(pouch: PouchDB.Static, options?: { mode?: string; inMemoryConfig?: boolean }): App;
}
