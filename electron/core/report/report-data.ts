/**
 * What the attendance report is computed from, read through the stores in one
 * transaction so its parts agree: the registrants with their arrivals
 * (registrants store), each kiosk's scans and the admissions of people let in
 * more than once (log store), the door's head counts (inside, exits, walk-ins,
 * the waitlist's and forced admissions) and the comings and goings of those
 * who went out, and the stations' counts (the
 * cloakroom and the lunch counter, as their screens have them).
 */
import type { ReportInput } from '../../../shared/report/build-report.js';
import type { Core } from '../core.js';
import { doorCountsSync } from '../door-day/door-state.js';
import { comingsAndGoingsSync } from './comings-and-goings.js';
import { stationCountsSync } from '../stations/station-counts.js';
import { duplicateAdmissionsSync, kioskScansSync } from '../store/log-store.js';
import { reportRowsSync } from '../store/registrants-store.js';

/** The report's input as the database holds it now. */
export function reportInputSync(core: Core, generatedAt: Date = new Date()): ReportInput {
  return core.transaction((): ReportInput => {
    const event = core.requireEventSync();
    return {
      event: { name: event.name, date: event.date, capacity: event.capacity },
      generatedAt: generatedAt.toISOString(),
      registrants: reportRowsSync(core),
      kiosks: kioskScansSync(core),
      repeatAdmissions: duplicateAdmissionsSync(core).map(({ id, at, kiosk }) => ({ registrantId: id, at, kiosk })),
      stations: stationCountsSync(core),
      door: doorCountsSync(core),
      insideChanges: comingsAndGoingsSync(core),
    };
  });
}
