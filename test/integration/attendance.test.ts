import { afterAll, describe, expect, it } from 'vitest';
import { deriveAttendance, eventId, type LogEvent } from '../../shared/event-log.js';
import { registrantEventsSync } from '../../electron/core/attendance.js';
import { Core } from '../../electron/core/core.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const SAME_TIME = '2026-03-12T08:05:01.250Z';

/** Events of one kiosk, numbered from 1: each an admission of `who` at `at`, or the undo of its kiosk's `undo`. */
function kioskEvents(kioskId: string, entries: readonly { who: string; at?: string; undo?: number }[]): LogEvent[] {
  return entries.map(({ who, at = SAME_TIME, undo }, i): LogEvent => {
    const base = { id: eventId(kioskId, i + 1), kioskId, seq: i + 1, at, kioskName: kioskId, station: 'inngang', registrantId: who };
    return undo === undefined
      ? { ...base, kind: 'checkin', details: { by: 'token' } }
      : { ...base, kind: 'undo', details: { target: eventId(kioskId, undo), reason: 'feil person' } };
  });
}

function attendanceOf(core: Core, registrantId: string): unknown {
  return core.db.prepare('SELECT checkin_id AS arrival, duplicates FROM attendance WHERE registrant_id = ?').get(registrantId) ?? null;
}

describe('attendance from events that arrive by sync', () => {
  it('orders admissions at the same moment by kiosk, then by number (9 before 10), and follows undos', () => {
    const core = Core.openSync(tempDir());
    try {
      const others = Array.from({ length: 8 }, (_, i) => ({ who: `ANDRE${i}` }));
      // Kiosk 2 lets R in as its 9th and 10th event; kiosk 1 at the very same moment, then undoes it.
      const second = kioskEvents('KIOSK002', [...others, { who: 'R' }, { who: 'R' }]);
      applyEventsSync(core, second);
      expect(attendanceOf(core, 'R')).toEqual({ arrival: 'KIOSK002-9', duplicates: 1 });

      applyEventsSync(core, kioskEvents('KIOSK001', [{ who: 'R' }]));
      expect(attendanceOf(core, 'R')).toEqual({ arrival: 'KIOSK001-1', duplicates: 2 });

      applyEventsSync(core, kioskEvents('KIOSK001', [{ who: 'R' }, { who: 'R', undo: 1 }]));
      expect(attendanceOf(core, 'R')).toEqual({ arrival: 'KIOSK002-9', duplicates: 1 });

      // An earlier time wins whatever the kiosk; and the table agrees with the rule written in shared/.
      applyEventsSync(core, kioskEvents('KIOSK003', [{ who: 'R', at: '2026-03-12T08:05:01.249Z' }]));
      expect(attendanceOf(core, 'R')).toEqual({ arrival: 'KIOSK003-1', duplicates: 2 });
      const model = deriveAttendance(registrantEventsSync(core, 'R'));
      expect({ arrival: model.arrival?.eventId, duplicates: model.duplicates.length }).toEqual(attendanceOf(core, 'R'));
      expect(attendanceOf(core, 'ANDRE3')).toEqual({ arrival: 'KIOSK002-4', duplicates: 0 });
    } finally {
      core.closeSync();
    }
  });

  it('leaves no arrival when the only admission is undone, in the same batch or a later one', () => {
    const core = Core.openSync(tempDir());
    try {
      applyEventsSync(core, kioskEvents('KIOSK005', [{ who: 'S' }, { who: 'S', undo: 1 }]));
      expect(attendanceOf(core, 'S')).toBeNull();
      const later = kioskEvents('KIOSK006', [{ who: 'T' }, { who: 'T', undo: 1 }]);
      applyEventsSync(core, later.slice(0, 1));
      expect(attendanceOf(core, 'T')).toEqual({ arrival: 'KIOSK006-1', duplicates: 0 });
      applyEventsSync(core, later);
      expect(attendanceOf(core, 'T')).toBeNull();
      applyEventsSync(core, kioskEvents('KIOSK007', [{ who: 'T' }]));
      expect(attendanceOf(core, 'T')).toEqual({ arrival: 'KIOSK007-1', duplicates: 0 });
    } finally {
      core.closeSync();
    }
  });

  it('stores a batch of hundreds in full, and takes nothing twice', () => {
    const core = Core.openSync(tempDir());
    try {
      const batch = kioskEvents('KIOSK004', Array.from({ length: 250 }, (_, i) => ({ who: `P${i % 200}` })));
      expect(applyEventsSync(core, batch)).toBe(250);
      expect(applyEventsSync(core, batch)).toBe(0);
      expect(core.db.prepare("SELECT COUNT(*) FROM log WHERE kiosk_id = 'KIOSK004'").pluck().get()).toBe(250);
      expect(attendanceOf(core, 'P120')).toEqual({ arrival: 'KIOSK004-121', duplicates: 0 });
      expect(attendanceOf(core, 'P42')).toEqual({ arrival: 'KIOSK004-43', duplicates: 1 });
    } finally {
      core.closeSync();
    }
  });
});
