/**
 * Everything the attendance report and the live overview read from the
 * database. The report reads in one transaction so its parts agree: the
 * registrants with their arrivals, each kiosk's scans, and the admissions of
 * people let in more than once. The overview follows the log as it grows.
 */
import type { RegistrantStatus } from '../../../shared/domain.js';
import type { KioskScans, RegistrantAttendance, RepeatAdmission, ReportInput } from '../../../shared/report/build-report.js';
import { ADMISSION_IN_FORCE } from '../attendance.js';
import type { Core } from '../core.js';

/** The report's input as the database holds it now. */
export function reportInputSync(core: Core, generatedAt: Date = new Date()): ReportInput {
  return core.db.transaction((): ReportInput => {
    const event = core.requireEventSync();
    const registrants = core
      .statement(
        `SELECT r.id, r.name, r.email, r.organisation, r.status, a.arrived_at AS arrivedAt, a.kiosk_name AS kiosk,
                COALESCE(a.duplicates, 0) AS extraAdmissions
         FROM registrant r LEFT JOIN attendance a ON a.registrant_id = r.id
         ORDER BY r.name COLLATE NOCASE, r.id`,
      )
      .all() as RegistrantAttendance[];
    // A kiosk's name is the one at its latest scan there: SQLite takes bare columns from the MAX() row.
    const kiosks = core
      .statement(
        `WITH scans AS (
           SELECT kiosk_id, station, kiosk_name, MAX(at), COUNT(*) AS scans
           FROM log WHERE kind IN ('checkin', 'scan') GROUP BY kiosk_id, station
         ),
         arrivals AS (
           SELECT l.kiosk_id, l.station, COUNT(*) AS arrivals
           FROM attendance a JOIN log l ON l.id = a.checkin_id GROUP BY l.kiosk_id, l.station
         )
         SELECT s.kiosk_id AS kioskId, s.kiosk_name AS kiosk, s.station, s.scans, COALESCE(a.arrivals, 0) AS arrivals
         FROM scans s LEFT JOIN arrivals a ON a.kiosk_id = s.kiosk_id AND a.station = s.station`,
      )
      .all() as KioskScans[];
    // CROSS JOIN keeps this order: the few let in twice first, then their events by index, not the whole log.
    const repeatAdmissions = core
      .statement(
        `SELECT l.registrant_id AS registrantId, l.at, l.kiosk_name AS kiosk
         FROM attendance a CROSS JOIN log l ON l.registrant_id = a.registrant_id
         WHERE a.duplicates > 0 AND ${ADMISSION_IN_FORCE}
         ORDER BY l.registrant_id, l.at, l.kiosk_id, l.seq`,
      )
      .all() as RepeatAdmission[];
    return {
      event: { name: event.name, date: event.date, capacity: event.capacity },
      generatedAt: generatedAt.toISOString(),
      registrants,
      kiosks,
      repeatAdmissions,
    };
  })();
}

/** A row of the log, as the live overview follows it. */
export interface LogTailRow {
  readonly rowid: number;
  readonly kioskId: string;
  readonly kiosk: string;
  readonly station: string;
  readonly kind: string;
  readonly registrantId: string | null;
  readonly at: string;
}

/** The log's rows stored after `rowid`, in the order they were stored (rows are never deleted but with the event). */
export function logAfterSync(core: Core, rowid: number): LogTailRow[] {
  return core
    .statement(
      `SELECT rowid, kiosk_id AS kioskId, kiosk_name AS kiosk, station, kind, registrant_id AS registrantId, at
       FROM log WHERE rowid > ? ORDER BY rowid`,
    )
    .all(rowid) as LogTailRow[];
}

/** The highest rowid of the log; 0 when it is empty. */
export function lastLogRowidSync(core: Core): number {
  return (core.statement('SELECT COALESCE(MAX(rowid), 0) AS last FROM log').get() as { last: number }).last;
}

/** A registrant's arrival. */
export interface ArrivalRow {
  readonly registrantId: string;
  readonly arrivedAt: string;
}

/** The arrivals of the given registrants, or of everyone; those not arrived are left out. */
export function arrivalsSync(core: Core, registrantIds?: readonly string[]): ArrivalRow[] {
  const columns = 'SELECT registrant_id AS registrantId, arrived_at AS arrivedAt FROM attendance';
  if (registrantIds === undefined) return core.statement(columns).all() as ArrivalRow[];
  return core.statement(`${columns} WHERE registrant_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(registrantIds)) as ArrivalRow[];
}

/** Every registrant's status. */
export function registrantStatusesSync(core: Core): { readonly id: string; readonly status: RegistrantStatus }[] {
  return core.statement('SELECT id, status FROM registrant').all() as { id: string; status: RegistrantStatus }[];
}

/** People let in more than once. */
export function admittedTwiceSync(core: Core): number {
  return (core.statement('SELECT COUNT(*) AS n FROM attendance WHERE duplicates > 0').get() as { n: number }).n;
}
