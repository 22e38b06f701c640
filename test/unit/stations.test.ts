/**
 * The stations' rules, pure: tag numbers and the tag range, what hangs in the
 * cloakroom (undos, collections, a tag handed out twice by kiosks apart),
 * lunches served, dietary needs, and the new events on the wire.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTag, deriveCloakroom, parseTagRange } from '../../shared/cloakroom.js';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { deriveServings, dietaryNeeds } from '../../shared/lunch.js';
import { fromWireEvent, toWireEvent } from '../../shared/sync-protocol.js';

const RANGE = { first: 1, last: 800 };

function event(kioskId: string, seq: number, minute: number, fields: Pick<LogEvent, 'kind' | 'registrantId' | 'details'>): LogEvent {
  const at = `2026-03-12T09:${String(minute).padStart(2, '0')}:00.000Z`;
  return { id: eventId(kioskId, seq), kioskId, seq, at, kioskName: `Garderobe ${kioskId}`, station: 'garderobe', ...fields } as LogEvent;
}
const handIn = (kiosk: string, seq: number, minute: number, tag: number, registrantId: string | null): LogEvent =>
  event(kiosk, seq, minute, { kind: 'cloak_in', registrantId, details: { tag, by: registrantId === null ? 'none' : 'token' } });
const collect = (kiosk: string, seq: number, minute: number, target: LogEvent): LogEvent =>
  event(kiosk, seq, minute, { kind: 'cloak_out', registrantId: target.registrantId, details: { tag: (target.details as { tag: number }).tag, handIn: target.id } });
const undo = (kiosk: string, seq: number, minute: number, target: LogEvent): LogEvent =>
  event(kiosk, seq, minute, { kind: 'undo', registrantId: target.registrantId, details: { target: target.id, reason: 'feil merke' } });
const lunch = (kiosk: string, seq: number, minute: number, registrantId: string | null, again = false): LogEvent =>
  event(kiosk, seq, minute, { kind: 'lunch', registrantId, details: { by: registrantId === null ? 'none' : 'ref', again } });

describe('tag numbers', () => {
  it.each([
    ['214', { ok: true, tag: 214 }],
    [' 7 ', { ok: true, tag: 7 }],
    ['1', { ok: true, tag: 1 }],
    ['800', { ok: true, tag: 800 }],
    ['0', { ok: false, verdict: 'tag_out_of_range' }],
    ['-3', { ok: false, verdict: 'tag_out_of_range' }],
    ['801', { ok: false, verdict: 'tag_out_of_range' }],
    ['1000000000', { ok: false, verdict: 'tag_out_of_range' }],
    ['', { ok: false, verdict: 'bad_tag' }],
    ['abc', { ok: false, verdict: 'bad_tag' }],
    ['2 14', { ok: false, verdict: 'bad_tag' }],
    ['1e3', { ok: false, verdict: 'bad_tag' }],
    ['0x10', { ok: false, verdict: 'bad_tag' }],
    ['9'.repeat(40), { ok: false, verdict: 'bad_tag' }],
  ])('%j in 1–800 is %j', (input, expected) => {
    expect(checkTag(input, RANGE)).toEqual(expected);
  });

  it('reads a range written first-last, and refuses one that is none', () => {
    expect(parseTagRange('1-800')).toEqual({ first: 1, last: 800 });
    expect(parseTagRange(' 100 – 250 ')).toEqual({ first: 100, last: 250 });
    for (const bad of ['', '800', '0-10', '10-1', '1-100000', 'a-b', '-1-5', '1-5-9']) expect(parseTagRange(bad)).toBeNull();
  });
});

describe('deriveCloakroom', () => {
  it('hangs a hand-in until it is collected, and an undone hand-in never hung', () => {
    const a = handIn('A', 1, 0, 214, 'R1');
    const b = handIn('A', 2, 1, 215, 'R1');
    const c = handIn('A', 3, 2, 7, null);
    const out = collect('A', 4, 3, a);
    const wrong = undo('A', 5, 4, c);
    const room = deriveCloakroom([wrong, out, c, b, a]);
    expect(room.handIns.map((h) => [h.tag, h.collected?.eventId ?? null])).toEqual([[214, out.id], [215, null]]);
    expect([...room.hanging.keys()]).toEqual([215]);
    expect(room.flagged).toEqual([]);
  });

  it('undoing a collection hangs the tag again', () => {
    const a = handIn('A', 1, 0, 214, 'R1');
    const out = collect('A', 2, 1, a);
    expect([...deriveCloakroom([a, out, undo('A', 3, 2, out)]).hanging.keys()]).toEqual([214]);
  });

  it('flags a tag that kiosks apart handed out twice, keeping both owners; collecting one leaves the other hanging', () => {
    const atA = handIn('A', 1, 0, 214, 'R1');
    const atB = handIn('B', 1, 1, 214, 'R2');
    const room = deriveCloakroom([atB, atA]);
    expect(room.flagged).toEqual([214]);
    expect(room.hanging.get(214)?.map((h) => h.registrantId)).toEqual(['R1', 'R2']);
    const afterCollect = deriveCloakroom([atB, atA, collect('B', 2, 2, atA)]);
    expect(afterCollect.flagged).toEqual([]);
    expect(afterCollect.hanging.get(214)?.map((h) => h.registrantId)).toEqual(['R2']);
  });

  it('derives the same cloakroom from the same events in any order', () => {
    const a = handIn('A', 1, 0, 214, 'R1');
    const b = handIn('B', 1, 1, 214, 'R2');
    const events = [a, b, handIn('A', 2, 2, 9, null), collect('A', 3, 3, a), undo('B', 2, 4, b)];
    const expected = deriveCloakroom(events);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(deriveCloakroom(shuffled)).toEqual(expected);
      }),
    );
  });
});

describe('lunches', () => {
  it('counts every lunch not undone, named or not, and marks a second serving', () => {
    const first = lunch('L', 1, 0, 'R1');
    const anonymous = lunch('L', 2, 1, null);
    const second = lunch('L', 3, 2, 'R1', true);
    const served = deriveServings([second, undo('L', 4, 3, anonymous), anonymous, first]);
    expect(served.map((s) => [s.eventId, s.registrantId, s.again])).toEqual([[first.id, 'R1', false], [second.id, 'R1', true]]);
  });

  it.each<[string | null, string[]]>([
    [null, []],
    ['', []],
    ['Nei', []],
    ['ingen', []],
    ['-', []],
    ['n/a', []],
    ['Glutenfri', ['Glutenfri']],
    ['glutenfri, LAKTOSEFRI', ['Glutenfri', 'Laktosefri']],
    ['vegetar og nøttefri.', ['Vegetar', 'Nøttefri']],
    ['Glutenfri; glutenfri / halal', ['Glutenfri', 'Halal']],
    ['  økologisk   mat ', ['Økologisk mat']],
  ])('reads the dietary column %j as %j', (column, needs) => {
    expect(dietaryNeeds(column)).toEqual(needs);
  });
});

describe('station events on the wire', () => {
  const a = handIn('K0000001', 1, 0, 214, 'ABCDEFGH');
  const none = handIn('K0000001', 2, 1, 7, null);
  const out = collect('K0000001', 3, 2, a);
  const served = lunch('K0000001', 4, 3, 'ABCDEFGH', true);
  const anonymous = lunch('K0000001', 5, 4, null);
  const undone = undo('K0000001', 6, 5, served);

  it('travel and come back as the same events', () => {
    for (const e of [a, none, out, served, anonymous, undone]) expect(fromWireEvent(JSON.parse(JSON.stringify(toWireEvent(e))))).toEqual(e);
  });

  const altered = (e: LogEvent, field: number, value: unknown): unknown[] => {
    const wire: unknown[] = [...toWireEvent(e)];
    wire[field] = value;
    return wire;
  };
  it.each<[string, unknown]>([
    ['a hand-in with tag 0', altered(a, 7, { tag: 0, by: 'token' })],
    ['a hand-in with a negative tag', altered(a, 7, { tag: -3, by: 'token' })],
    ['a hand-in with tag 10⁹', altered(a, 7, { tag: 1e9, by: 'token' })],
    ['a hand-in with a fractional tag', altered(a, 7, { tag: 2.5, by: 'token' })],
    ['a hand-in with the tag as text', altered(a, 7, { tag: '214', by: 'token' })],
    ['a hand-in identified by an unknown way', altered(a, 7, { tag: 214, by: 'face' })],
    ['a hand-in naming a guest but identified by no code', altered(a, 7, { tag: 214, by: 'none' })],
    ['a hand-in without a code naming a guest', altered(none, 6, 'ABCDEFGH')],
    ['a collection naming no hand-in', altered(out, 7, { tag: 214 })],
    ['a collection with a bad tag', altered(out, 7, { tag: 0, handIn: a.id })],
    ['a lunch without its second-serving flag', altered(served, 7, { by: 'ref' })],
    ['a lunch with the flag as text', altered(served, 7, { by: 'ref', again: 'yes' })],
    ['a lunch without a code naming a guest', altered(anonymous, 6, 'ABCDEFGH')],
    ['a named lunch identified by no code', altered(served, 7, { by: 'none', again: false })],
    ["an undo of another kiosk's lunch", altered(undone, 7, { target: 'K0000002-4', reason: 'feil' })],
  ])('refuse %s', (_, value) => {
    expect(fromWireEvent(value)).toBeNull();
  });
});
