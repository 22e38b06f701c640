import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAttendance, eventId, type LogEvent } from '../../shared/event-log.js';

function checkin(kioskId: string, seq: number, at: string): LogEvent {
  return { id: eventId(kioskId, seq), kioskId, seq, at, kioskName: `Kiosk ${kioskId}`, station: 'inngang', kind: 'checkin', registrantId: 'R1', details: { by: 'token' } };
}
function undo(kioskId: string, seq: number, at: string, target: string): LogEvent {
  return { id: eventId(kioskId, seq), kioskId, seq, at, kioskName: `Kiosk ${kioskId}`, station: 'inngang', kind: 'undo', registrantId: 'R1', details: { target, reason: 'feil person' } };
}

describe('deriveAttendance', () => {
  it('has no arrival without admissions', () => {
    expect(deriveAttendance([])).toEqual({ arrival: null, duplicates: [], inside: false, exits: 0, reentries: 0, fromWaitlist: false, forced: 0 });
  });

  it('takes the earliest admission and flags the later ones as duplicates', () => {
    const a = checkin('A', 1, '2026-03-12T09:05:00.000Z');
    const b = checkin('B', 1, '2026-03-12T09:07:00.000Z');
    const result = deriveAttendance([b, a]);
    expect(result.arrival?.eventId).toBe(a.id);
    expect(result.duplicates.map((d) => d.eventId)).toEqual([b.id]);
  });

  it('drops an undone admission', () => {
    const a = checkin('A', 1, '2026-03-12T09:05:00.000Z');
    expect(deriveAttendance([a, undo('A', 2, '2026-03-12T09:05:10.000Z', a.id)]).arrival).toBeNull();
    const again = checkin('A', 3, '2026-03-12T09:06:00.000Z');
    expect(deriveAttendance([a, undo('A', 2, '2026-03-12T09:05:10.000Z', a.id), again]).arrival?.eventId).toBe(again.id);
  });

  it('gives the same answer whatever order the events arrive in', () => {
    const events = [
      checkin('A', 1, '2026-03-12T09:05:00.000Z'),
      checkin('B', 1, '2026-03-12T09:05:00.000Z'),
      undo('A', 2, '2026-03-12T09:06:00.000Z', eventId('A', 1)),
      checkin('C', 4, '2026-03-12T09:09:00.000Z'),
    ];
    const expected = deriveAttendance(events);
    expect(expected.arrival?.kioskId).toBe('B');
    fc.assert(fc.property(fc.shuffledSubarray(events, { minLength: events.length }), (shuffled) => {
      expect(deriveAttendance(shuffled)).toEqual(expected);
    }));
  });
});

describe('deriveAttendance with exits', () => {
  const exit = (kioskId: string, seq: number, at: string): LogEvent => ({ ...checkin(kioskId, seq, at), kind: 'exit', details: { by: 'token' } });

  it('takes someone out and in again: a re-entry, not a duplicate; an exit of someone outside changes nothing', () => {
    const events = [
      exit('X', 1, '2026-03-12T09:00:00.000Z'),
      checkin('A', 1, '2026-03-12T09:05:00.000Z'),
      exit('X', 2, '2026-03-12T10:00:00.000Z'),
      exit('X', 3, '2026-03-12T10:01:00.000Z'),
      checkin('A', 2, '2026-03-12T11:00:00.000Z'),
      checkin('B', 1, '2026-03-12T11:00:01.000Z'),
    ];
    expect(deriveAttendance(events)).toMatchObject({ arrival: { eventId: 'A-1' }, duplicates: [{ eventId: 'B-1' }], inside: true, exits: 1, reentries: 1 });
    // Both exits undone: they never went out, so coming back is a duplicate.
    const undone = [...events, undo('X', 4, '2026-03-12T12:00:00.000Z', 'X-2'), undo('X', 5, '2026-03-12T12:00:01.000Z', 'X-3')];
    expect(deriveAttendance(undone)).toMatchObject({ inside: true, exits: 0, reentries: 0, duplicates: [{ eventId: 'A-2' }, { eventId: 'B-1' }] });
  });
});
