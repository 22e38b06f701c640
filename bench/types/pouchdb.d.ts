/**
 * The little of PouchDB and express-pouchdb that the PouchDB reference figure
 * uses. (@types/pouchdb-core would bring the DOM's types and a Buffer of its
 * own into every file of the project.)
 */
declare module 'pouchdb-core' {
  /** What a one-shot replication did. */
  interface ReplicationResult {
    readonly ok: boolean;
    readonly docs_written: number;
  }

  /** A database, in this process or at an http:// address. */
  interface Database<Doc extends object> {
    bulkDocs(docs: readonly (Doc & { readonly _id: string })[]): Promise<unknown[]>;
    destroy(): Promise<unknown>;
  }

  /** Opens databases by name: PouchDB itself, or one that defaults() made. */
  interface Constructor {
    new <Doc extends object>(name: string): Database<Doc>;
  }

  /** An adapter or a feature, added with plugin(). */
  type Plugin = (pouchDB: Static) => void;

  /** PouchDB. */
  interface Static extends Constructor {
    plugin(plugin: Plugin): Static;
    defaults(options: { readonly adapter: string }): Constructor;
    replicate<Doc extends object>(source: Database<Doc>, target: Database<Doc>): Promise<ReplicationResult>;
  }

  const PouchDB: Static;
  export default PouchDB;
  export type { Constructor, Plugin };
}

declare module 'pouchdb-adapter-memory' {
  const plugin: import('pouchdb-core').Plugin;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: import('pouchdb-core').Plugin;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: import('pouchdb-core').Plugin;
  export default plugin;
}

declare module 'express-pouchdb' {
  /** A CouchDB-style HTTP interface (an Express app) to the databases a PouchDB constructor opens. */
  export default function expressPouchDB(
    pouchDB: import('pouchdb-core').Constructor,
    options?: { readonly mode?: 'minimumForPouchDB' | 'fullCouchDB' },
  ): import('node:http').RequestListener;
}
