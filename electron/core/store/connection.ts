/**
 * The stores' way into a Core's database. Only the stores (this folder) and
 * Core, which opens the database, import this module (the lint rules say
 * so), so every statement on a table is written in that table's store.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Core } from '../core.js';

/** Prepared statements by SQL, per Core: preparing costs more than running, and the scan path runs the same few. */
const connections = new WeakMap<Core, { readonly database: Database; readonly statements: Map<string, Statement> }>();

/** Hands a Core's open database to the stores; Core calls this once, as it opens. */
export function attachDatabase(core: Core, database: Database): void {
  connections.set(core, { database, statements: new Map() });
}

/** The statement for `sql` on the core's database, prepared on first use. */
export function statement(core: Core, sql: string): Statement {
  const connection = connections.get(core);
  if (!connection) throw new Error('this Core has no database attached');
  let prepared = connection.statements.get(sql);
  if (!prepared) {
    prepared = connection.database.prepare(sql);
    connection.statements.set(sql, prepared);
  }
  return prepared;
}
