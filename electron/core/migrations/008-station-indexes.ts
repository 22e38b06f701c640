/**
 * Migration 8: the stations (cloakroom, lunch) read their events from the
 * log by kind, and the undos by the event they name, so each read is an
 * index range rather than a pass over a day's log.
 */
import type { Database } from 'better-sqlite3';

export function migrate008StationIndexes(db: Database): void {
  db.exec(`
    CREATE INDEX log_kind ON log (kind);
    CREATE INDEX log_undo_target ON log (details ->> '$.target') WHERE kind = 'undo';
  `);
}
