import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../shared/event-log.js';
import { fromWireEvent, MAX_EVENTS_PER_MESSAGE, roundRequest, roundResponse, toWireEvent } from '../../shared/sync-protocol.js';

const checkin: LogEvent = {
  id: 'K0000001-7',
  kioskId: 'K0000001',
  seq: 7,
  at: '2026-03-12T08:05:01.250Z',
  kioskName: 'Inngang 2',
  station: 'sikkerhetskontroll',
  kind: 'checkin',
  registrantId: 'ABCDEFGH',
  details: { by: 'token' },
};
const undo: LogEvent = { ...checkin, id: 'K0000001-8', seq: 8, kind: 'undo', details: { target: 'K0000001-7', reason: 'feil person' } };
const refused: LogEvent = { ...checkin, id: 'K0000001-9', seq: 9, kind: 'scan', details: { by: 'ref', verdict: 'waitlisted' } };

/** The event as it travels, with one field changed as a damaged or hostile message might have it. */
function altered(event: LogEvent, field: number, value: unknown): unknown[] {
  const wire: unknown[] = [...toWireEvent(event)];
  wire[field] = value;
  return wire;
}

describe('events on the wire', () => {
  it('travel as arrays and come back as the same events, their id rebuilt', () => {
    for (const event of [checkin, undo, refused]) {
      const wire = JSON.parse(JSON.stringify(toWireEvent(event))) as unknown;
      expect(Array.isArray(wire)).toBe(true);
      expect(fromWireEvent(wire)).toEqual(event);
    }
  });

  it('keep only the fields their kind has', () => {
    const padded = altered(checkin, 7, { by: 'token', verdict: 'welcome', note: 'x' });
    expect(fromWireEvent(padded)).toEqual(checkin);
  });

  it.each<[string, unknown]>([
    ['an object instead of an array', { ...checkin }],
    ['a field short', toWireEvent(checkin).slice(0, 7)],
    ['a lower-case kiosk id', altered(checkin, 0, 'k0000001')],
    ['sequence 0', altered(checkin, 1, 0)],
    ['a sequence with a fraction', altered(checkin, 1, 7.5)],
    ['a sequence as text', altered(checkin, 1, '7')],
    ['a time with an offset', altered(checkin, 2, '2026-03-12T09:05:01+01:00')],
    ['a time that is no date', altered(checkin, 2, '2026-02-30T25:00:00Z')],
    ['a kiosk name of 501 characters', altered(checkin, 3, 'x'.repeat(501))],
    ['no station', altered(checkin, 4, null)],
    ['an unknown kind', altered(checkin, 5, 'parade')],
    ['a registrant id of 21 characters', altered(checkin, 6, 'A'.repeat(21))],
    ['an admission identified by an unknown way', altered(checkin, 7, { by: 'face' })],
    ['an admission with the details of an undo', altered(checkin, 7, { target: 'K0000001-1', reason: 'feil' })],
    ['a scan recording a welcome', altered(refused, 7, { by: 'token', verdict: 'welcome' })],
    ['an undo without a reason', altered(undo, 7, { target: 'K0000001-7' })],
    ["an undo of another kiosk's admission", altered(undo, 7, { target: 'K0000002-7', reason: 'feil person' })],
    ['an undo of a later event', altered(undo, 7, { target: 'K0000001-9', reason: 'feil person' })],
    ['an undo of itself', altered(undo, 7, { target: 'K0000001-8', reason: 'feil person' })],
    ['an undo of event 0', altered(undo, 7, { target: 'K0000001-0', reason: 'feil person' })],
  ])('refuse %s', (_, value) => {
    expect(fromWireEvent(value)).toBeNull();
  });

  it('refuse a whole message for one bad event, naming where it is', () => {
    const events = [toWireEvent(checkin), altered(checkin, 5, 'parade')];
    const message = { vector: {}, events, registrants: [], listRevision: 0, event: { name: 'x', date: '2026-03-12', capacity: null, settings: {} }, more: false };
    const parsed = roundResponse.safeParse(message);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['events', 1]);
  });

  it.each<[string, unknown]>([
    ['more events than a message holds', Array.from({ length: MAX_EVENTS_PER_MESSAGE + 1 }, () => toWireEvent(checkin))],
    ['events that are no list', { 0: toWireEvent(checkin) }],
  ])('refuse a request with %s', (_, events) => {
    const request = { eventId: 'E', kioskId: 'K0000001', kioskName: 'Inngang 2', vector: {}, listRevision: 0, events };
    const parsed = roundRequest.safeParse(request);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['events']);
  });

  it('take a full message', () => {
    const events = Array.from({ length: MAX_EVENTS_PER_MESSAGE }, (_, i) => toWireEvent({ ...checkin, id: `K0000001-${i + 1}`, seq: i + 1 }));
    const parsed = roundRequest.parse({ eventId: 'E', kioskId: 'K0000001', kioskName: 'Inngang 2', vector: {}, listRevision: 0, events });
    expect(parsed.events).toHaveLength(MAX_EVENTS_PER_MESSAGE);
    expect(parsed.events.at(-1)).toEqual({ ...checkin, id: `K0000001-${MAX_EVENTS_PER_MESSAGE}`, seq: MAX_EVENTS_PER_MESSAGE });
  });
});

describe('the door on a full day on the wire', () => {
  const forced: LogEvent = { ...checkin, details: { by: 'search', waitlist: { reason: 'taler' }, forced: { by: 'Ingrid', reason: 'fullt' } } };
  const exit: LogEvent = { ...checkin, id: 'K0000001-10', seq: 10, kind: 'exit', details: { by: 'token' } };
  const walkIn: LogEvent = {
    ...checkin,
    id: 'K0000001-11',
    seq: 11,
    kind: 'walk_in',
    details: { ref: 'W-K0000001-11', name: 'Nils Nykommer', organisation: null, email: 'nils@example.no' },
  };
  const note: LogEvent = { ...checkin, id: 'K0000001-12', seq: 12, kind: 'note', details: { note: null } };
  const release: LogEvent = { ...checkin, id: 'K0000001-13', seq: 13, kind: 'waitlist_release', registrantId: null, details: {} };

  it('carries exits, walk-ins, notes, releases and admissions from the waitlist or forced, as they were', () => {
    for (const event of [forced, exit, walkIn, note, release]) expect(fromWireEvent(JSON.parse(JSON.stringify(toWireEvent(event))))).toEqual(event);
  });

  it.each<[string, unknown[]]>([
    ['a walk-in whose code is not its own kiosk and number', altered(walkIn, 7, { ...walkIn.details, ref: 'W-K0000002-11' })],
    ['a walk-in with a name past 200 characters', altered(walkIn, 7, { ...walkIn.details, name: 'x'.repeat(201) })],
    ['an exit of nobody', altered(exit, 6, null)],
    ['a release naming a registrant', altered(release, 6, 'ABCDEFGH')],
    ['a forced admission without its reason', altered(forced, 7, { by: 'search', forced: { by: 'Ingrid' } })],
    ['a note past 500 characters', altered(note, 7, { note: 'z'.repeat(501) })],
    ['a refused scan with a verdict that lets in', altered(refused, 7, { by: 'ref', verdict: 'welcome_back' })],
  ])('refuses %s', (_, wire) => {
    expect(fromWireEvent(wire)).toBeNull();
  });
});
