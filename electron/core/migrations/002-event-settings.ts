/**
 * Migration 2: the event's settings beyond name and date (times, venue,
 * practical information and the confirmation email's texts), one row per key
 * the organiser has set; unset keys fall back to defaults in code.
 */
import type { Database } from 'better-sqlite3';

/** Adds the event_setting table. */
export function migrate002EventSettings(db: Database): void {
  db.exec(`
    CREATE TABLE event_setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
