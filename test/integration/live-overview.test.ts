/**
 * The live overview follows the log as it grows: scans here, rounds from
 * other kiosks, undos, an earlier admission that arrives late, writes by
 * another process, another event, the cloakroom and the lunch counter; at
 * every step it agrees with the end-of-day report computed from scratch.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { Core } from '../../electron/core/core.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { liveOverviewSync } from '../../electron/core/report/live-overview.js';
import { attendanceReportSync } from '../../electron/core/report/report-file.js';
import { registrantStatusesSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { importFictitiousSync } from '../helpers/kiosk-cluster.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const DATE = '2026-03-12';
/** 09:40 in Oslo; the event starts at 10:00. */
const NOW = new Date(`${DATE}T08:40:00.000Z`);

/** Numbers a kiosk's events from 1 on, as it would. */
class Kiosk {
  private seq = 0;
  constructor(
    readonly id: string,
    readonly name: string,
  ) {}

  checkin(registrantId: string, at: string): LogEvent {
    this.seq++;
    return { id: eventId(this.id, this.seq), kioskId: this.id, seq: this.seq, at: `${DATE}T${at}.000Z`, kioskName: this.name, station: 'inngang', kind: 'checkin', registrantId, details: { by: 'token' } };
  }

  undo(registrantId: string, target: LogEvent, at: string): LogEvent {
    this.seq++;
    return { id: eventId(this.id, this.seq), kioskId: this.id, seq: this.seq, at: `${DATE}T${at}.000Z`, kioskName: this.name, station: 'inngang', kind: 'undo', registrantId, details: { target: target.id, reason: 'feil person' } };
  }

  cloakIn(registrantId: string | null, tag: number, at: string): LogEvent {
    this.seq++;
    const base = { id: eventId(this.id, this.seq), kioskId: this.id, seq: this.seq, at: `${DATE}T${at}.000Z`, kioskName: this.name, station: 'garderobe' };
    return { ...base, kind: 'cloak_in', registrantId, details: { tag, by: registrantId === null ? 'none' : 'token' } };
  }

  cloakOut(handIn: LogEvent, tag: number, at: string): LogEvent {
    this.seq++;
    const base = { id: eventId(this.id, this.seq), kioskId: this.id, seq: this.seq, at: `${DATE}T${at}.000Z`, kioskName: this.name, station: 'garderobe' };
    return { ...base, kind: 'cloak_out', registrantId: handIn.registrantId, details: { tag, handIn: handIn.id } };
  }

  exit(registrantId: string, at: string): LogEvent {
    this.seq++;
    return { id: eventId(this.id, this.seq), kioskId: this.id, seq: this.seq, at: `${DATE}T${at}.000Z`, kioskName: this.name, station: 'utgang', kind: 'exit', registrantId, details: { by: 'token' } };
  }

  lunch(registrantId: string, at: string): LogEvent {
    this.seq++;
    const base = { id: eventId(this.id, this.seq), kioskId: this.id, seq: this.seq, at: `${DATE}T${at}.000Z`, kioskName: this.name, station: 'lunsj' };
    return { ...base, kind: 'lunch', registrantId, details: { by: 'token', again: false } };
  }
}

function openEvent(dataDir: string): { core: Core; confirmed: string[] } {
  const core = Core.openSync(dataDir);
  core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: DATE, capacity: 550 });
  updateEventSettingsSync(core, { starts: '10:00' });
  importFictitiousSync(core, 200);
  const confirmed = registrantStatusesSync(core).filter((r) => r.status === 'confirmed').map((r) => r.id);
  return { core, confirmed };
}

/** The overview's figures that the full report also has, side by side with the report's. */
function agreesWithReport(core: Core): void {
  const overview = liveOverviewSync(core, NOW);
  const report = attendanceReportSync(core);
  expect({
    arrived: overview.arrived,
    notYetArrived: overview.notYetArrived,
    confirmed: overview.confirmed,
    arrivals: overview.arrivals,
    admittedTwice: overview.admittedTwice,
    inside: overview.inside,
    exits: overview.exits,
    walkIns: overview.walkIns,
    waitlistAdmissions: overview.waitlistAdmissions,
    forcedAdmissions: overview.forcedAdmissions,
    cloakroomHanging: overview.cloakroomHanging,
    flaggedTags: overview.flaggedTags,
    lunchServed: overview.lunchServed,
  }).toEqual({
    arrived: report.summary.arrived,
    notYetArrived: report.summary.noShows,
    confirmed: report.summary.confirmed,
    arrivals: report.arrivals,
    admittedTwice: report.summary.admittedTwice,
    inside: report.summary.insideAtEnd,
    exits: report.summary.exits,
    walkIns: report.summary.walkIns,
    waitlistAdmissions: report.summary.waitlistAdmissions,
    forcedAdmissions: report.summary.forcedAdmissions,
    cloakroomHanging: report.cloakroom.notCollected,
    flaggedTags: report.cloakroom.flaggedTags,
    lunchServed: { served: report.lunch.served, expected: report.lunch.expected },
  });
  const scans = new Map(report.kiosks.map((k) => [`${k.kioskId} ${k.station}`, k.scans]));
  expect(new Map(overview.kiosks.filter((k) => k.scans > 0).map((k) => [`${k.kioskId} ${k.station}`, k.scans]))).toEqual(scans);
}

describe('the live overview', () => {
  it('follows arrivals, undos, late rounds and other processes, agreeing with the report', () => {
    const dataDir = tempDir();
    const { core, confirmed } = openEvent(dataDir);
    const [a, b, c, d, e] = confirmed as [string, string, string, string, string];
    const one = new Kiosk('KIOSK001', 'Inngang 1');
    const two = new Kiosk('KIOSK002', 'Inngang 2');
    try {
      const empty = liveOverviewSync(core, NOW);
      expect(empty).toMatchObject({ arrived: 0, inside: 0, arrivals: [], lastQuarterArrivals: 0, expectedBeforeStart: null, kiosks: [], startsAt: `${DATE}T09:00:00.000Z` });
      expect(empty.notYetArrived).toBe(confirmed.length);

      const first = one.checkin(a, '08:05:00');
      applyEventsSync(core, [first, one.checkin(b, '08:27:00'), one.checkin(c, '08:31:00'), two.checkin(d, '08:38:00')]);
      const four = liveOverviewSync(core, NOW);
      expect(four).toMatchObject({
        arrived: 4,
        inside: 4,
        notYetArrived: confirmed.length - 4,
        capacity: 550,
        // 08:25–08:40: three people; at that rate, 20 minutes before the start bring four more.
        lastQuarterArrivals: 3,
        expectedBeforeStart: 4,
        arrivals: [
          { start: `${DATE}T08:00:00.000Z`, arrivals: 1, cumulative: 1 },
          { start: `${DATE}T08:15:00.000Z`, arrivals: 1, cumulative: 2 },
          { start: `${DATE}T08:30:00.000Z`, arrivals: 2, cumulative: 4 },
        ],
        kiosks: [
          { kioskId: 'KIOSK001', kiosk: 'Inngang 1', station: 'inngang', scans: 3, lastScanAt: `${DATE}T08:31:00.000Z`, sync: 'unknown', lastSeenAt: null },
          { kioskId: 'KIOSK002', kiosk: 'Inngang 2', station: 'inngang', scans: 1, lastScanAt: `${DATE}T08:38:00.000Z`, sync: 'unknown', lastSeenAt: null },
        ],
      });
      agreesWithReport(core);

      // Kiosk 1 takes back its first admission; kiosk 2's round brings an earlier admission of C and a second of B.
      applyEventsSync(core, [one.undo(a, first, '08:06:00')]);
      applyEventsSync(core, [two.checkin(c, '08:02:00'), two.checkin(b, '08:39:00')]);
      const after = liveOverviewSync(core, NOW);
      expect(after).toMatchObject({ arrived: 3, admittedTwice: 2 });
      expect(after.arrivals.map((q) => q.arrivals)).toEqual([1, 1, 1]);
      agreesWithReport(core);

      // Another process on the same data directory (the command line) lets E in.
      const other = Core.openSync(dataDir);
      try {
        applyEventsSync(other, [new Kiosk('KIOSK003', 'Inngang 3').checkin(e, '08:39:30')]);
      } finally {
        other.closeSync();
      }
      expect(liveOverviewSync(core, NOW).arrived).toBe(4);
      agreesWithReport(core);

      // D goes out: still arrived, no longer inside.
      applyEventsSync(core, [two.exit(d, '08:39:40')]);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ arrived: 4, inside: 3, exits: 1 });
      agreesWithReport(core);
    } finally {
      core.closeSync();
    }
  });

  it("follows the cloakroom and the lunch counter, and the door's arrivals in the lunches expected", () => {
    const dataDir = tempDir();
    const { core, confirmed } = openEvent(dataDir);
    const [a, b, c] = confirmed as [string, string, string];
    const door = new Kiosk('KIOSK001', 'Inngang 1');
    const cloakroom = new Kiosk('KIOSK002', 'Garderobe 1');
    const apart = new Kiosk('KIOSK003', 'Garderobe 2');
    try {
      expect(liveOverviewSync(core, NOW)).toMatchObject({ cloakroomHanging: 0, flaggedTags: 0, lunchServed: { served: 0, expected: 0 } });
      const handIn = cloakroom.cloakIn(a, 7, '08:10:00');
      applyEventsSync(core, [door.checkin(a, '08:05:00'), door.checkin(b, '08:06:00'), handIn, cloakroom.cloakIn(null, 8, '08:11:00')]);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ cloakroomHanging: 2, flaggedTags: 0, lunchServed: { served: 0, expected: 2 } });
      agreesWithReport(core);

      // Tag 7 handed out again at a kiosk apart, then the first collected; a lunch; then only the door, whose arrivals raise the lunches expected.
      applyEventsSync(core, [apart.cloakIn(b, 7, '08:12:00')]);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ cloakroomHanging: 3, flaggedTags: 1 });
      agreesWithReport(core);
      applyEventsSync(core, [cloakroom.cloakOut(handIn, 7, '08:20:00')]);
      applyEventsSync(core, [new Kiosk('KIOSK004', 'Lunsj').lunch(a, '08:30:00')]);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ cloakroomHanging: 2, flaggedTags: 0, lunchServed: { served: 1, expected: 2 } });
      applyEventsSync(core, [door.checkin(c, '08:35:00')]);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ cloakroomHanging: 2, lunchServed: { served: 1, expected: 3 } });
      agreesWithReport(core);

      // B goes out without lunch, A after it: only B is no longer expected, as at the lunch counter.
      applyEventsSync(core, [door.exit(b, '08:40:00'), door.exit(a, '08:41:00')]);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ lunchServed: { served: 1, expected: 2 } });
      agreesWithReport(core);
    } finally {
      core.closeSync();
    }
  });

  it('starts again for another event on the same kiosk', () => {
    const dataDir = tempDir();
    const { core, confirmed } = openEvent(dataDir);
    try {
      applyEventsSync(core, confirmed.slice(0, 5).map((id, i) => new Kiosk(`KIOSK00${i + 1}`, 'Inngang').checkin(id, '08:10:00')));
      expect(liveOverviewSync(core, NOW).arrived).toBe(5);
      core.wipeEventSync();
      core.createEventSync({ name: 'Et annet arrangement', date: DATE, capacity: null });
      importFictitiousSync(core, 50);
      expect(liveOverviewSync(core, NOW)).toMatchObject({ arrived: 0, arrivals: [], kiosks: [], capacity: null });
      agreesWithReport(core);
    } finally {
      core.closeSync();
    }
  });
});
