import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveAttendance, eventId, type LogEvent } from '../../shared/event-log.js';
import { latestEventInForceSync, registrantEventsSync } from '../../electron/core/store/log-store.js';
import { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { conflictsSync } from '../../electron/core/sync/conflicts.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { readRawSync } from '../helpers/raw-database.js';
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
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT checkin_id AS arrival, duplicates FROM attendance WHERE registrant_id = ?').get(registrantId) ?? null);
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
      expect(readRawSync(core.dataDir, (db) => db.prepare("SELECT COUNT(*) FROM log WHERE kiosk_id = 'KIOSK004'").pluck().get())).toBe(250);
      expect(attendanceOf(core, 'P120')).toEqual({ arrival: 'KIOSK004-121', duplicates: 0 });
      expect(attendanceOf(core, 'P42')).toEqual({ arrival: 'KIOSK004-43', duplicates: 1 });
    } finally {
      core.closeSync();
    }
  });
});

const KIOSKS = ['KIOSK001', 'KIOSK002', 'KIOSK003'] as const;
const PEOPLE = 4;

/**
 * One kiosk's action: let person `who` in, refuse them, see them out, undo
 * one of its own earlier events (usually of the same person), or, as the
 * organiser at the desk, undo an event any kiosk made before (`from`).
 */
type Action =
  | { readonly kind: 'checkin' | 'scan' | 'exit'; readonly kiosk: number; readonly who: number; readonly second: number }
  | { readonly kind: 'undo'; readonly kiosk: number; readonly pick: number; readonly otherPerson: number | null; readonly second: number }
  | { readonly kind: 'desk_undo'; readonly kiosk: number; readonly from: number; readonly pick: number; readonly otherPerson: number | null; readonly second: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('checkin' as const), kiosk: fc.nat(KIOSKS.length - 1), who: fc.nat(PEOPLE - 1), second: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('scan' as const), kiosk: fc.nat(KIOSKS.length - 1), who: fc.nat(PEOPLE - 1), second: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('exit' as const), kiosk: fc.nat(KIOSKS.length - 1), who: fc.nat(PEOPLE - 1), second: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('undo' as const),
      kiosk: fc.nat(KIOSKS.length - 1),
      pick: fc.nat(),
      otherPerson: fc.option(fc.nat(PEOPLE - 1), { freq: 4 }),
      second: fc.nat(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('desk_undo' as const),
      kiosk: fc.nat(KIOSKS.length - 1),
      from: fc.nat(KIOSKS.length - 1),
      pick: fc.nat(),
      otherPerson: fc.option(fc.nat(PEOPLE - 1), { freq: 4 }),
      second: fc.nat(3),
    }),
  },
);

/** Each kiosk's events from the actions, numbered from 1; a few seconds apart at most, so times tie across kiosks. */
function eventsOf(actions: readonly Action[], people: readonly string[]): LogEvent[][] {
  const byKiosk: LogEvent[][] = KIOSKS.map(() => []);
  for (const a of actions) {
    const own = byKiosk[a.kiosk]!;
    const kioskId = KIOSKS[a.kiosk]!;
    const seq = own.length + 1;
    const base = { id: eventId(kioskId, seq), kioskId, seq, at: `2026-03-12T08:00:0${a.second}.000Z`, kioskName: `Inngang ${a.kiosk + 1}`, station: 'inngang' };
    if (a.kind === 'undo') {
      if (own.length === 0) continue;
      const target = own[a.pick % own.length]!;
      const registrantId = a.otherPerson === null ? target.registrantId : people[a.otherPerson]!;
      own.push({ ...base, kind: 'undo', registrantId, details: { target: target.id, reason: 'feil person' } });
    } else if (a.kind === 'desk_undo') {
      const seen = byKiosk[a.from]!;
      if (seen.length === 0) continue;
      const target = seen[a.pick % seen.length]!;
      const registrantId = a.otherPerson === null ? target.registrantId : people[a.otherPerson]!;
      own.push({ ...base, kind: 'desk_undo', registrantId, details: { target: target.id, reason: 'feil person' } });
    } else if (a.kind === 'checkin') own.push({ ...base, kind: 'checkin', registrantId: people[a.who]!, details: { by: 'token' } });
    else if (a.kind === 'exit') own.push({ ...base, kind: 'exit', registrantId: people[a.who]!, details: { by: 'token' } });
    else own.push({ ...base, kind: 'scan', registrantId: people[a.who]!, details: { by: 'token', verdict: 'already' } });
  }
  return byKiosk;
}

/** What the attendance table holds for a registrant, in deriveAttendance's terms. */
function storedAttendanceSync(core: Core, registrantId: string): unknown {
  const row = readRawSync(core.dataDir, (db) =>
    db.prepare('SELECT checkin_id, arrived_at, kiosk_id, kiosk_name, duplicates, inside, exits, reentries FROM attendance WHERE registrant_id = ?').get(registrantId),
  ) as { checkin_id: string; arrived_at: string; kiosk_id: string; kiosk_name: string; duplicates: number; inside: number; exits: number; reentries: number } | undefined;
  return row
    ? {
        arrival: { eventId: row.checkin_id, at: row.arrived_at, kioskId: row.kiosk_id, kioskName: row.kiosk_name },
        duplicates: row.duplicates,
        inside: row.inside === 1,
        exits: row.exits,
        reentries: row.reentries,
      }
    : null;
}

describe('the undo rule, in SQL and in TypeScript', () => {
  it('gives the same arrivals, exits, conflicts and undo targets whatever the events, in whatever batches they arrive', () => {
    const dir = tempDir();
    const template = Core.openSync(dir);
    template.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null });
    const csv = ['Påmeldingsnummer;Navn;Status', ...Array.from({ length: PEOPLE }, (_, i) => `${i + 1};Person ${i + 1};Påmeldt`)].join('\n');
    importRegistrantsSync(template, new TextEncoder().encode(csv), { fileName: 'liste.csv', dryRun: false });
    const people = codeRowsSync(template).map((r) => r.id);
    template.closeSync();

    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), fc.array(fc.record({ kiosk: fc.nat(KIOSKS.length - 1), count: fc.nat(4) }), { maxLength: 8 }), (actions, batches) => {
        const byKiosk = eventsOf(actions, people);
        const copy = tempDir();
        fs.cpSync(dir, copy, { recursive: true });
        const core = Core.openSync(copy);
        try {
          const applied: LogEvent[] = [];
          const taken = KIOSKS.map(() => 0);
          const take = (kiosk: number, count: number): void => {
            const batch = byKiosk[kiosk]!.slice(taken[kiosk], taken[kiosk]! + count);
            taken[kiosk]! += batch.length;
            applyEventsSync(core, batch);
            applied.push(...batch);
            for (const id of people) {
              const model = deriveAttendance(applied.filter((e) => e.registrantId === id));
              const { arrival, duplicates, inside, exits, reentries } = model;
              expect(storedAttendanceSync(core, id)).toEqual(arrival ? { arrival, duplicates: duplicates.length, inside, exits, reentries } : null);
            }
          };
          for (const { kiosk, count } of batches) take(kiosk, count);
          KIOSKS.forEach((_, kiosk) => take(kiosk, Infinity));

          const conflicts = people.flatMap((id) => {
            const { arrival, duplicates } = deriveAttendance(applied.filter((e) => e.registrantId === id));
            if (arrival === null || duplicates.length === 0) return [];
            const scans = [arrival, ...duplicates].map((a) => ({ kiosk: a.kioskName, at: a.at }));
            return [{ registrant: { id, name: `Person ${people.indexOf(id) + 1}` }, scans }];
          });
          expect(conflictsSync(core)).toEqual(conflicts);

          KIOSKS.forEach((kioskId, kiosk) => {
            const undone = (e: LogEvent): boolean =>
              applied.some((u) => (u.kind === 'undo' || u.kind === 'desk_undo') && u.registrantId === e.registrantId && u.details.target === e.id);
            const latest = applied.filter((e) => e.kioskId === kioskId && e.kind === 'checkin' && !undone(e)).at(-1);
            expect(latestEventInForceSync(core, { kioskId, kioskName: `Inngang ${kiosk + 1}`, kinds: ['checkin'] })?.id).toBe(latest?.id);
          });
        } finally {
          core.closeSync();
        }
      }),
      { numRuns: 60 },
    );
  });
});
