/**
 * The part of PouchDB's API the sync engine uses, typed here: the published @types/pouchdb-core declares a
 * global `Buffer` that breaks Node's own types in the test project.
 */
declare namespace PouchDB {
  interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
  }
  interface Row<T> {
    id: string;
    key: string;
    value?: { rev: string; deleted?: boolean };
    doc?: (T & Doc) | null;
    error?: string;
  }
  interface WriteResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    reason?: string;
  }
  interface Change<T> {
    id: string;
    seq: string | number;
    doc?: T & Doc;
    deleted?: boolean;
    /** The winning revision, or with `style: 'all_docs'` every leaf revision. */
    changes: Array<{ rev: string }>;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  interface Database<T = object> {
    name: string;
    allDocs(options: {
      keys?: string[];
      startkey?: string;
      endkey?: string;
      include_docs?: boolean;
      conflicts?: boolean;
      limit?: number;
    }): Promise<{ rows: Array<Row<T>>; total_rows: number }>;
    bulkDocs(docs: Array<T & Partial<Doc>>, options?: { new_edits?: boolean }): Promise<WriteResult[]>;
    get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok?: T & Doc; missing?: string }>>;
    get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<T & Doc>;
    put(doc: T & Partial<Doc>): Promise<WriteResult>;
    changes(options: {
      since: string | number;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
      style?: 'main_only' | 'all_docs';
    }): Promise<{ results: Array<Change<T>>; last_seq: string | number }>;
    info(): Promise<{ db_name: string; doc_count: number; update_seq: string | number }>;
    replicate: {
      to(target: Database<T>, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
      from(source: Database<T>, options?: { batch_size?: number; batches_limit?: number }): Promise<ReplicationResult>;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  interface Options {
    adapter?: string;
    prefix?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }
  type Plugin = unknown;
  interface Static {
    new <T = object>(name: string, options?: Options): Database<T>;
    plugin(plugin: Plugin): Static;
    defaults(options: Options): Static;
  }
}

declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
