/**
 * The events' personal details: which kinds carry them and how each is
 * blanked (PERSONAL_DETAIL_KINDS), and the purge and forget events as they
 * travel between kiosks.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAL_DETAIL_KINDS, scrubbedEvent, type LogEvent } from '../../shared/event-log.js';
import { fromWireEvent, toWireEvent } from '../../shared/sync-protocol.js';

const base = { kioskId: 'KIOSK001', at: '2026-03-12T08:00:00.000Z', kioskName: 'Inngang 1', station: 'inngang' } as const;

describe('the personal details of events', () => {
  it("blanks an undo's reason, which a volunteer may have written a name in, and keeps what it undoes", () => {
    const undo: LogEvent = { ...base, id: 'KIOSK001-2', seq: 2, kind: 'undo', registrantId: 'R1', details: { target: 'KIOSK001-1', reason: 'feil person, det var Kari Nordmann' } };
    expect(scrubbedEvent(undo)).toEqual({ ...undo, details: { target: 'KIOSK001-1', reason: '' } });
  });

  it('leaves the kinds without personal details as they are', () => {
    const exit: LogEvent = { ...base, id: 'KIOSK001-1', seq: 1, kind: 'exit', registrantId: 'R1', details: { by: 'token' } };
    expect(scrubbedEvent(exit)).toBe(exit);
    expect(Object.keys(PERSONAL_DETAIL_KINDS).sort()).toEqual(['checkin', 'correction', 'desk_undo', 'note', 'undo', 'walk_in']);
  });
});

describe('blanked events', () => {
  const events: readonly LogEvent[] = [
    { ...base, id: 'KIOSK001-1', seq: 1, kind: 'walk_in', registrantId: 'W1', details: { ref: 'W-KIOSK001-1', name: 'Nils Nykommer', organisation: 'Lesja kommune', email: 'nils@lesja.example' } },
    { ...base, id: 'KIOSK001-2', seq: 2, kind: 'checkin', registrantId: 'R1', details: { by: 'desk', reason: 'glemt kode, sa Kari' } },
    { ...base, id: 'KIOSK001-3', seq: 3, kind: 'checkin', registrantId: 'R2', details: { by: 'search', waitlist: { reason: 'Per er taler' }, forced: { by: 'Vakt Olaug', reason: 'Per er taler' } } },
    { ...base, id: 'KIOSK001-4', seq: 4, kind: 'desk_undo', registrantId: 'R1', details: { target: 'KIOSK001-2', reason: 'feil person, det var Kari' } },
    { ...base, id: 'KIOSK001-5', seq: 5, kind: 'note', registrantId: 'R1', details: { note: 'Kari må vise pass' } },
    { ...base, id: 'KIOSK001-6', seq: 6, kind: 'correction', registrantId: 'R1', details: { name: 'Kari Nordmann', organisation: 'Lesja kommune' } },
  ];

  it('keep what the counts need (how someone was let in) and nothing anyone typed', () => {
    expect(events.map((e) => scrubbedEvent(e).details)).toEqual([
      { ref: '', name: '', organisation: null, email: null },
      { by: 'desk', reason: '' },
      { by: 'search', waitlist: { reason: '' }, forced: { by: '', reason: '' } },
      { target: 'KIOSK001-2', reason: '' },
      { note: null },
      { blanked: true },
    ]);
  });

  it('travel between kiosks as they are', () => {
    for (const e of events) expect(fromWireEvent(toWireEvent(scrubbedEvent(e)))).toEqual(scrubbedEvent(e));
  });
});

describe('purge and forget events on the wire', () => {
  const purge: LogEvent = { ...base, id: 'KIOSK001-3', seq: 3, kind: 'purge', registrantId: null, details: { people: 612, action: 'command' } };
  const forget: LogEvent = { ...base, id: 'KIOSK001-4', seq: 4, kind: 'forget', registrantId: 'R1', details: {} };

  it('travel as they were written', () => {
    expect(fromWireEvent(toWireEvent(purge))).toEqual(purge);
    expect(fromWireEvent(toWireEvent(forget))).toEqual(forget);
  });

  it('are refused when a purge names a person, a forget names nobody, or a purge says no count or an unknown action', () => {
    expect(fromWireEvent(toWireEvent({ ...purge, registrantId: 'R1' }))).toBeNull();
    expect(fromWireEvent(toWireEvent({ ...forget, registrantId: null }))).toBeNull();
    expect(fromWireEvent([...toWireEvent(purge).slice(0, 7), { people: -1, action: 'command' }])).toBeNull();
    expect(fromWireEvent([...toWireEvent(purge).slice(0, 7), { people: 3, action: 'someone' }])).toBeNull();
  });
});
