/**
 * Migration 4: what a kiosk knows about the kiosks it syncs with.
 */
import type { Database } from 'better-sqlite3';

export function migrate004Sync(db: Database): void {
  db.exec(`
    -- Every kiosk this one has synced with, as last seen: for the organiser's overview.
    CREATE TABLE peer (
      kiosk_id TEXT PRIMARY KEY,
      kiosk_name TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      list_revision INTEGER NOT NULL,
      events INTEGER NOT NULL
    ) STRICT;

    -- The hub this kiosk joined, and what it held at the last round.
    CREATE TABLE hub (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      url TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      vector TEXT NOT NULL,
      last_sync_at TEXT,
      last_error TEXT
    ) STRICT;
  `);
}
