/**
 * Everything the attendance report reads from the database, in one read
 * transaction so its parts agree: the registrants with their arrivals, each
 * kiosk's scans, and the admissions of people let in more than once.
 */
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
