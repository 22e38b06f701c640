/**
 * Migration 9: the door on a full day. Registrants get the list's note for
 * the security check and, for someone registered at the door, the walk-in
 * event that made them (an import never matches or cancels them). Attendance
 * gains whether the registrant is inside now and their exits, re-entries,
 * admissions from the waitlist and forced admissions. Derived from the log
 * like attendance: the queue at the door (door_wait: the waitlisted scanned
 * and not let in, kept so by the log store and by triggers on a status
 * change, so counting it reads it alone), the organiser's notes
 * (registrant_note). door_tally keeps the head counts as running figures,
 * kept by triggers on registrant and attendance, so the counts read one row
 * however long the day.
 */
import type { Database } from 'better-sqlite3';

/** Adds a column unless it is there: a database rewound to an older version (as a test of migration 6 does) runs this again. */
function addColumn(db: Database, table: string, column: string, definition: string): void {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[];
  if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
}

/** The tally's figures from a registrant's row (sign 1 for NEW, -1 for OLD). */
function registrantTally(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const op = sign === 1 ? '+' : '-';
  return `total = total ${op} 1,
      confirmed = confirmed ${op} (${row}.status = 'confirmed'),
      waitlisted = waitlisted ${op} (${row}.status = 'waitlisted'),
      cancelled = cancelled ${op} (${row}.status = 'cancelled'),
      walk_ins = walk_ins ${op} (${row}.walk_in IS NOT NULL)`;
}

/** The tally's figures from an attendance row. */
function attendanceTally(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const op = sign === 1 ? '+' : '-';
  return `arrived = arrived ${op} 1,
      inside = inside ${op} ${row}.inside,
      exits = exits ${op} ${row}.exits,
      reentries = reentries ${op} ${row}.reentries,
      waitlist_admitted = waitlist_admitted ${op} ${row}.from_waitlist,
      forced = forced ${op} ${row}.forced`;
}

/** SQL: puts NEW (a registrant) back in the queue at their first waitlisted scan, unless let in or never scanned. */
const QUEUE_AGAIN = `INSERT OR IGNORE INTO door_wait (registrant_id, since)
  SELECT NEW.id, MIN(at) FROM log WHERE registrant_id = NEW.id AND kind = 'scan' AND details ->> '$.verdict' = 'waitlisted'
    AND NOT EXISTS (SELECT 1 FROM attendance WHERE registrant_id = NEW.id)
  HAVING MIN(at) IS NOT NULL;`;

export function migrate009DoorDay(db: Database): void {
  addColumn(db, 'registrant', 'note', 'TEXT');
  addColumn(db, 'registrant', 'walk_in', 'TEXT');
  addColumn(db, 'attendance', 'inside', 'INTEGER NOT NULL DEFAULT 1');
  addColumn(db, 'attendance', 'exits', 'INTEGER NOT NULL DEFAULT 0');
  addColumn(db, 'attendance', 'reentries', 'INTEGER NOT NULL DEFAULT 0');
  addColumn(db, 'attendance', 'from_waitlist', 'INTEGER NOT NULL DEFAULT 0');
  addColumn(db, 'attendance', 'forced', 'INTEGER NOT NULL DEFAULT 0');
  db.exec(`
    CREATE TABLE IF NOT EXISTS door_wait (
      registrant_id TEXT PRIMARY KEY,
      since TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS registrant_note (
      registrant_id TEXT PRIMARY KEY,
      note TEXT,
      event_id TEXT NOT NULL
    ) STRICT;
    CREATE TABLE IF NOT EXISTS door_tally (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      total INTEGER NOT NULL, confirmed INTEGER NOT NULL, waitlisted INTEGER NOT NULL, cancelled INTEGER NOT NULL,
      walk_ins INTEGER NOT NULL, arrived INTEGER NOT NULL, inside INTEGER NOT NULL, exits INTEGER NOT NULL,
      reentries INTEGER NOT NULL, waitlist_admitted INTEGER NOT NULL, forced INTEGER NOT NULL
    ) STRICT;
    DELETE FROM door_tally;
    INSERT INTO door_tally
      SELECT 1, COUNT(*), COALESCE(SUM(status = 'confirmed'), 0), COALESCE(SUM(status = 'waitlisted'), 0),
        COALESCE(SUM(status = 'cancelled'), 0), COALESCE(SUM(walk_in IS NOT NULL), 0),
        (SELECT COUNT(*) FROM attendance), (SELECT COALESCE(SUM(inside), 0) FROM attendance),
        (SELECT COALESCE(SUM(exits), 0) FROM attendance), (SELECT COALESCE(SUM(reentries), 0) FROM attendance),
        (SELECT COALESCE(SUM(from_waitlist), 0) FROM attendance), (SELECT COALESCE(SUM(forced), 0) FROM attendance)
      FROM registrant;
    DELETE FROM door_wait;
    INSERT INTO door_wait (registrant_id, since)
      SELECT l.registrant_id, MIN(l.at) FROM log l JOIN registrant r ON r.id = l.registrant_id
      WHERE l.kind = 'scan' AND l.details ->> '$.verdict' = 'waitlisted' AND r.status = 'waitlisted'
        AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = l.registrant_id)
      GROUP BY l.registrant_id;

    -- A registrant no longer waitlisted leaves the queue; one waitlisted again takes back their place, if they were scanned.
    CREATE TRIGGER IF NOT EXISTS door_wait_status_out AFTER UPDATE OF status ON registrant
      WHEN OLD.status = 'waitlisted' AND NEW.status != 'waitlisted'
      BEGIN DELETE FROM door_wait WHERE registrant_id = NEW.id; END;
    CREATE TRIGGER IF NOT EXISTS door_wait_status_in AFTER UPDATE OF status ON registrant
      WHEN NEW.status = 'waitlisted' AND OLD.status != 'waitlisted'
      BEGIN ${QUEUE_AGAIN} END;
    CREATE TRIGGER IF NOT EXISTS door_wait_registrant_in AFTER INSERT ON registrant
      WHEN NEW.status = 'waitlisted'
      BEGIN ${QUEUE_AGAIN} END;

    -- Attendance rows are replaced (deleted, then inserted), never updated.
    CREATE TRIGGER IF NOT EXISTS door_tally_registrant_in AFTER INSERT ON registrant
      BEGIN UPDATE door_tally SET ${registrantTally('NEW', 1)}; END;
    CREATE TRIGGER IF NOT EXISTS door_tally_registrant_out AFTER DELETE ON registrant
      BEGIN UPDATE door_tally SET ${registrantTally('OLD', -1)}; END;
    CREATE TRIGGER IF NOT EXISTS door_tally_registrant_change AFTER UPDATE OF status, walk_in ON registrant
      BEGIN UPDATE door_tally SET ${registrantTally('OLD', -1)}; UPDATE door_tally SET ${registrantTally('NEW', 1)}; END;
    CREATE TRIGGER IF NOT EXISTS door_tally_attendance_in AFTER INSERT ON attendance
      BEGIN UPDATE door_tally SET ${attendanceTally('NEW', 1)}; END;
    CREATE TRIGGER IF NOT EXISTS door_tally_attendance_out AFTER DELETE ON attendance
      BEGIN UPDATE door_tally SET ${attendanceTally('OLD', -1)}; END;
  `);
}
