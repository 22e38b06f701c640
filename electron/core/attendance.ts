/**
 * The event log as stored, and the attendance table derived from it.
 */
import { eventId, type EventKind, type LogEvent, type LogEventOf } from '../../shared/event-log.js';
import type { Core } from './core.js';

/** SQL condition: the log row `l` is an admission that no undo has taken back. */
export const ADMISSION_IN_FORCE = `l.kind = 'checkin'
  AND NOT EXISTS (SELECT 1 FROM log u WHERE u.kind = 'undo' AND u.registrant_id = l.registrant_id
                  AND json_extract(u.details, '$.target') = l.id)`;

/** A row of the log table. */
export interface LogRow {
  id: string;
  kiosk_id: string;
  seq: number;
  at: string;
  kiosk_name: string;
  station: string;
  kind: EventKind;
  registrant_id: string | null;
  details: string;
}

/** A log event from its stored row. */
export function eventFromRow(row: LogRow): LogEvent {
  return {
    id: row.id,
    kioskId: row.kiosk_id,
    seq: row.seq,
    at: row.at,
    kioskName: row.kiosk_name,
    station: row.station,
    kind: row.kind,
    registrantId: row.registrant_id,
    details: JSON.parse(row.details) as LogEvent['details'],
  } as LogEvent;
}

/** A registrant's events, oldest first. */
export function registrantEventsSync(core: Core, registrantId: string): LogEvent[] {
  const rows = core.statement('SELECT * FROM log WHERE registrant_id = ? ORDER BY at, kiosk_id, seq').all(registrantId) as LogRow[];
  return rows.map(eventFromRow);
}

/** What a new event of this kiosk carries besides its id and sequence. */
export type NewEvent<K extends EventKind> = Omit<LogEventOf<K>, 'id' | 'kioskId' | 'seq'>;

/**
 * Appends an event of this kiosk to the log and brings the registrant's
 * attendance up to date. Call inside the operation's transaction.
 */
export function appendEventSync<K extends EventKind>(core: Core, event: NewEvent<K>): LogEventOf<K> {
  const { seq } = core.statement('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM log WHERE kiosk_id = ?').get(core.kioskId) as { seq: number };
  const stored = { ...event, id: eventId(core.kioskId, seq), kioskId: core.kioskId, seq } as LogEventOf<K>;
  storeNewEventsSync(core, [stored as unknown as LogEvent]);
  return stored;
}

/**
 * Stores events new to this kiosk, of its own or from others, and brings
 * their registrants' attendance up to date; returns how many were stored.
 * Call inside the operation's transaction.
 */
export function storeNewEventsSync(core: Core, events: readonly LogEvent[]): number {
  const insert = core.statement(
    `INSERT OR IGNORE INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, registrant_id, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let stored = 0;
  for (const e of events) {
    stored += insert.run(e.id, e.kioskId, e.seq, e.at, e.kioskName, e.station, e.kind, e.registrantId, JSON.stringify(e.details)).changes;
  }
  // Admissions and undos change who has arrived; a refused scan does not.
  const touched = new Set<string>();
  for (const e of events) if (e.kind !== 'scan' && e.registrantId !== null) touched.add(e.registrantId);
  refreshAttendanceSync(core, [...touched]);
  return stored;
}

/**
 * Recomputes the registrants' rows of the attendance table from the log, as
 * deriveAttendance (shared/event-log.ts) defines them: the earliest admission
 * in force is the arrival, later ones are duplicates. One pair of statements
 * for any number of registrants, so a sync round's thousands cost little more than one.
 */
export function refreshAttendanceSync(core: Core, registrantIds: readonly string[]): void {
  if (registrantIds.length === 0) return;
  const ids = JSON.stringify(registrantIds);
  core.statement('DELETE FROM attendance WHERE registrant_id IN (SELECT value FROM json_each(?))').run(ids);
  // The undone admissions are gathered once for the lot, not looked up again for every admission.
  // SQLite takes the bare columns of a MIN() query from the row holding the minimum: the earliest
  // admission, in compareEvents' order (time, kiosk, number; char(1) sorts below anything in them).
  core
    .statement(
      `WITH touched (id) AS (SELECT value FROM json_each(?)),
       undone (registrant_id, target) AS (
         SELECT registrant_id, details ->> '$.target' FROM log WHERE kind = 'undo' AND registrant_id IN (SELECT id FROM touched)
       )
       INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates)
       SELECT registrant_id, at, kiosk_id, kiosk_name, id, admissions - 1 FROM (
         SELECT registrant_id, at, kiosk_id, kiosk_name, id, COUNT(*) AS admissions,
           MIN(at || char(1) || kiosk_id || char(1) || format('%015d', seq))
         FROM log
         WHERE kind = 'checkin' AND registrant_id IN (SELECT id FROM touched) AND (registrant_id, id) NOT IN (SELECT * FROM undone)
         GROUP BY registrant_id
       )`,
    )
    .run(ids);
}
