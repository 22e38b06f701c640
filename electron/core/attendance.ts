/**
 * The event log as stored, and the attendance table derived from it.
 */
import { deriveAttendance, eventId, type EventKind, type LogEvent, type LogEventOf } from '../../shared/event-log.js';
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
  const asLogEvent = stored as unknown as LogEvent;
  insertEventSync(core, asLogEvent);
  if (changesAttendance(asLogEvent)) refreshAttendanceSync(core, stored.registrantId!);
  return stored;
}

/** Stores an event, of this kiosk or another; false when it was held already. */
export function insertEventSync(core: Core, event: LogEvent): boolean {
  const result = core
    .statement(
      `INSERT OR IGNORE INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, registrant_id, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(event.id, event.kioskId, event.seq, event.at, event.kioskName, event.station, event.kind, event.registrantId, JSON.stringify(event.details));
  return result.changes > 0;
}

/** True for events that can change who has arrived: admissions and undos. */
export function changesAttendance(event: LogEvent): boolean {
  return event.registrantId !== null && event.kind !== 'scan';
}

/** Recomputes one registrant's row of the attendance table from the log. */
export function refreshAttendanceSync(core: Core, registrantId: string): void {
  const { arrival, duplicates } = deriveAttendance(registrantEventsSync(core, registrantId));
  if (!arrival) {
    core.statement('DELETE FROM attendance WHERE registrant_id = ?').run(registrantId);
    return;
  }
  core
    .statement(
      `INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (registrant_id) DO UPDATE SET arrived_at = excluded.arrived_at, kiosk_id = excluded.kiosk_id,
         kiosk_name = excluded.kiosk_name, checkin_id = excluded.checkin_id, duplicates = excluded.duplicates`,
    )
    .run(registrantId, arrival.at, arrival.kioskId, arrival.kioskName, arrival.eventId, duplicates.length);
}
