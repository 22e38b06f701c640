/**
 * express-pouchdb ships no types: the one call the PouchDB reference makes.
 */
/// <reference types="pouchdb-core" />
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';

  /** Which CouchDB routes to serve: the ones PouchDB's replication needs, or all. */
  interface Options {
    readonly mode?: 'minimumForPouchDB' | 'fullCouchDB';
  }

  /** A CouchDB-style HTTP interface (an Express app) to the databases of a PouchDB constructor, such as PouchDB.defaults() makes. */
  export default function expressPouchDB(pouchDB: ReturnType<PouchDB.Static['defaults']>, options?: Options): RequestListener;
}
