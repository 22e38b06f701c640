/**
 * Migration 8: the stations (cloakroom, lunch) read their events from the
 * log by kind, the undos by the event they name, and the cloakroom's events
 * by tag (a hand-in looks at its tag alone), so each read is an index range
 * rather than a pass over a day's log. What hangs and the lunches served
 * are kept derived from the log (cloak_hand_in, lunch_serving), as arrivals
 * are in attendance; a log from before has no station events to derive.
 */
import type { Database } from 'better-sqlite3';

// IF NOT EXISTS: a database rewound to an older version (as a test of migration 6 does) runs this again without harm.

export function migrate008Stations(db: Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS log_kind ON log (kind);
    CREATE INDEX IF NOT EXISTS log_undo_target ON log (details ->> '$.target') WHERE kind = 'undo';
    CREATE INDEX IF NOT EXISTS log_cloak_tag ON log (details ->> '$.tag') WHERE kind IN ('cloak_in', 'cloak_out');

    -- Derived from the log as the attendance table is, so the counts never read a day's events.
    CREATE TABLE IF NOT EXISTS cloak_hand_in (
      id TEXT PRIMARY KEY,
      tag INTEGER NOT NULL,
      registrant_id TEXT,
      at TEXT NOT NULL,
      kiosk_name TEXT NOT NULL,
      collected_id TEXT,
      collected_at TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS cloak_hand_in_hanging ON cloak_hand_in (tag, at) WHERE collected_id IS NULL;

    CREATE TABLE IF NOT EXISTS lunch_serving (
      id TEXT PRIMARY KEY,
      registrant_id TEXT,
      again INTEGER NOT NULL CHECK (again IN (0, 1))
    ) STRICT;
    CREATE INDEX IF NOT EXISTS lunch_serving_registrant ON lunch_serving (registrant_id) WHERE registrant_id IS NOT NULL;
  `);
}
