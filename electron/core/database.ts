/**
 * Opening the data directory's SQLite file.
 */
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrateSync } from './migrations/index.js';
import { createPrivateFileSync, makePrivateDataDirSync } from './private-files.js';

export const DATABASE_FILE = 'innsjekk.sqlite';

/** The database file and those SQLite keeps beside it. */
export const DATABASE_FILES: readonly string[] = ['', '-wal', '-shm', '-journal'].map((suffix) => DATABASE_FILE + suffix);

/**
 * The data directory: --data-dir, else INNSJEKK_DATA_DIR, else the OS's
 * per-user application data folder.
 */
export function resolveDataDir(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.INNSJEKK_DATA_DIR) return path.resolve(env.INNSJEKK_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Innsjekk');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Innsjekk');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'innsjekk');
}

/**
 * Opens (creating if needed) the database in a data directory, migrated to
 * the latest schema. The directory and the database's files are made private
 * first, also when an older version left them readable to others.
 */
export function openDatabaseSync(dataDir: string): Database {
  makePrivateDataDirSync(dataDir, DATABASE_FILES);
  // Created private before SQLite opens it: SQLite gives its -wal and -shm the database file's mode.
  createPrivateFileSync(path.join(dataDir, DATABASE_FILE));
  const db = new BetterSqlite3(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  // An arrival acknowledged on screen must survive a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // A deleted or overwritten row is zeroed where it lay, not left in a free page: personal data that is deleted is gone from the file.
  db.pragma('secure_delete = ON');
  migrateSync(db);
  return db;
}
