/**
 * A second connection to a data directory's database, for tests that look at
 * what the core stored, or stage a state the kiosk cannot reach by itself: a
 * SQLite connection of its own, as another process would open, not a way into Core.
 */
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/core/database.js';

/** Opens the data directory's database read-only; the caller closes it. */
export function openRawSync(dataDir: string): Database {
  return new BetterSqlite3(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
}

/** Runs `read` on a read-only connection to the data directory's database, then closes it. */
export function readRawSync<T>(dataDir: string, read: (db: Database) => T): T {
  const db = openRawSync(dataDir);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Runs `write` on a connection that may write to the data directory's database, then closes it. */
export function writeRawSync<T>(dataDir: string, write: (db: Database) => T): T {
  const db = new BetterSqlite3(path.join(dataDir, DATABASE_FILE), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return write(db);
  } finally {
    db.close();
  }
}
