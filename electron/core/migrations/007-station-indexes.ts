/**
 * Migration 7: the stations (cloakroom, lunch) read their events from the
 * log by kind, the undos by the event they name, and the cloakroom's events
 * by tag (a hand-in looks at its tag alone), so each read is an index range
 * rather than a pass over a day's log.
 */
import type { Database } from 'better-sqlite3';

export function migrate007StationIndexes(db: Database): void {
  db.exec(`
    CREATE INDEX log_kind ON log (kind);
    CREATE INDEX log_undo_target ON log (details ->> '$.target') WHERE kind = 'undo';
    CREATE INDEX log_cloak_tag ON log (details ->> '$.tag') WHERE kind IN ('cloak_in', 'cloak_out');
  `);
}
