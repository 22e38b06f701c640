import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS } from '../../shared/admission.js';
import type { DoorList, ScanResult } from '../../shared/contract.js';
import type { RegistrantStatus } from '../../shared/domain.js';
import { DoorReplica, type DoorRegistrant } from '../../shared/door-replica.js';
import { compareByName } from '../../shared/registrant-search.js';
import { foldForSearch } from '../../shared/search-text.js';
import { formatToken, tokenSignedBytes } from '../../shared/token.js';

const EVENT = 'EVENT001';
const HERE = { id: 'KIOSK001', name: 'Inngang 1' };
const NOW = new Date('2026-03-12T09:00:00.000Z');
const SECONDS_AGO = (s: number): string => new Date(NOW.getTime() - s * 1000).toISOString();

function registrant(id: string, name: string, status: RegistrantStatus, codes: { ref?: string; barcode?: string } = {}): DoorRegistrant {
  return { id, name, organisation: 'KS', status, ref: codes.ref ?? null, barcode: codes.barcode ?? null, searchText: foldForSearch(`${name} KS`), note: null };
}

const KARI = registrant('KAR00001', 'Kari Nordmann', 'confirmed', { ref: 'R-1' });
const OLA = registrant('HAN00001', 'Ola Hansen', 'confirmed', { ref: 'R-2' });
const PER = registrant('PER00001', 'Per Venter', 'waitlisted', { barcode: 'B-3' });
const AUD = registrant('AXD00001', 'Aud Borte', 'cancelled');
const TWIN1 = registrant('TVN00001', 'Tone Tvilling', 'confirmed', { barcode: 'SHARED' });
const TWIN2 = registrant('TVN00002', 'Tor Tvilling', 'confirmed', { barcode: 'SHARED' });

/** A door without a capacity or a waitlist release. */
const NO_LIMIT = { inside: 0, capacity: null, waitlistReleaseAt: null };

/** Changes with no registrant changed and nobody waiting. */
const NOTHING_ELSE = { registrants: [], door: NO_LIMIT, waiting: [] };

function doorList(arrivals: DoorList['arrivals'] = []): DoorList {
  return {
    eventId: EVENT,
    publicKey: '',
    kioskId: HERE.id,
    kioskName: HERE.name,
    listRevision: 3,
    cursor: 10,
    registrants: [KARI, OLA, PER, AUD, TWIN1, TWIN2].sort(compareByName),
    arrivals,
    door: NO_LIMIT,
    waiting: [],
  };
}

/** A token for the registrant; its signature is whatever the test says it is. */
function token(registrantId: string, eventId: string = EVENT): string {
  return formatToken(tokenSignedBytes({ eventId, registrantId, issuedAt: 1_760_000_000 }), new Uint8Array(64));
}

function verdictOf(result: ScanResult | null): string | null {
  return result?.verdict ?? null;
}

describe('DoorReplica verdicts', () => {
  it('welcomes the confirmed and turns away the waitlisted and the cancelled', () => {
    const door = new DoorReplica(doorList());
    expect(door.scanVerdict(token(KARI.id), NOW, true)).toEqual({
      verdict: 'welcome',
      registrant: { id: KARI.id, name: KARI.name, organisation: 'KS', status: 'confirmed' },
      at: NOW.toISOString(),
      kiosk: HERE.name,
    });
    expect(verdictOf(door.scanVerdict(token(PER.id), NOW, true))).toBe('waitlisted');
    expect(verdictOf(door.scanVerdict(token(AUD.id), NOW, true))).toBe('cancelled');
    expect(verdictOf(door.pickVerdict(OLA.id, NOW))).toBe('welcome');
  });

  it('says already, with the first arrival, for someone who arrived at another kiosk', () => {
    const door = new DoorReplica(doorList([{ registrantId: KARI.id, at: SECONDS_AGO(1), kioskId: 'KIOSK002', kioskName: 'Inngang 2', inside: true }]));
    expect(door.scanVerdict(token(KARI.id), NOW, true)).toMatchObject({ verdict: 'already', firstArrival: { at: SECONDS_AGO(1), kiosk: 'Inngang 2' } });
  });

  it("welcomes this kiosk's own admission again within the repeat window, and only then", () => {
    const own = (secondsAgo: number) =>
      new DoorReplica(doorList([{ registrantId: KARI.id, at: SECONDS_AGO(secondsAgo), kioskId: HERE.id, kioskName: HERE.name, inside: true }]));
    expect(verdictOf(own(1).pickVerdict(KARI.id, NOW))).toBe('welcome');
    expect(verdictOf(own(REPEAT_WINDOW_MS / 1000).pickVerdict(KARI.id, NOW))).toBe('already');
    // The same kiosk under another name is another door.
    const renamed = new DoorReplica(doorList([{ registrantId: KARI.id, at: SECONDS_AGO(1), kioskId: HERE.id, kioskName: 'Inngang 9', inside: true }]));
    expect(verdictOf(renamed.pickVerdict(KARI.id, NOW))).toBe('already');
  });

  it('refuses a forged code and one for another event, and never welcomes what it cannot check', () => {
    const door = new DoorReplica(doorList());
    expect(verdictOf(door.scanVerdict(token(KARI.id), NOW, false))).toBe('invalid');
    expect(verdictOf(door.scanVerdict(token(KARI.id, 'ZTHEREVT'), NOW, undefined))).toBe('wrong_event');
    // No key to check with: the core decides.
    expect(door.scanVerdict(token(KARI.id), NOW, undefined)).toBeNull();
    // A genuine code for someone this copy does not hold yet: the core decides.
    expect(door.scanVerdict(token('NEW00001'), NOW, true)).toBeNull();
    expect(door.pickVerdict('NEW00001', NOW)).toBeNull();
  });

  it('finds registration numbers and barcodes as the core does, and leaves a shared barcode to the core', () => {
    const door = new DoorReplica(doorList());
    expect(door.scanVerdict(' R-2 ', NOW, undefined)?.registrant?.id).toBe(OLA.id);
    expect(verdictOf(door.scanVerdict('B-3', NOW, undefined))).toBe('waitlisted');
    expect(verdictOf(door.scanVerdict('NOSUCHREF42', NOW, undefined))).toBe('invalid');
    expect(verdictOf(door.scanVerdict('   ', NOW, undefined))).toBe('invalid');
    expect(verdictOf(door.scanVerdict('X'.repeat(101), NOW, undefined))).toBe('invalid');
    expect(door.scanVerdict('SHARED', NOW, undefined)).toBeNull();
  });
});

describe('DoorReplica keeping up', () => {
  it("takes the core's answers: its welcome makes the next pick a repeat, its already brings the first arrival", () => {
    const door = new DoorReplica(doorList());
    door.recordAnswer({ verdict: 'welcome', registrant: { id: KARI.id, name: KARI.name, organisation: 'KS', status: 'confirmed' }, at: SECONDS_AGO(1), kiosk: HERE.name });
    expect(verdictOf(door.pickVerdict(KARI.id, NOW))).toBe('welcome');
    expect(door.search('kari', 5)).toEqual([{ id: KARI.id, name: KARI.name, organisation: 'KS', status: 'confirmed', arrivedAt: SECONDS_AGO(1) }]);

    door.recordAnswer({
      verdict: 'already',
      registrant: { id: OLA.id, name: OLA.name, organisation: 'KS', status: 'confirmed' },
      at: NOW.toISOString(),
      kiosk: HERE.name,
      firstArrival: { at: SECONDS_AGO(2), kiosk: HERE.name },
    });
    // Where the core says already, it stays already, even from this kiosk's name within the window.
    expect(door.pickVerdict(OLA.id, NOW)).toMatchObject({ verdict: 'already', firstArrival: { at: SECONDS_AGO(2), kiosk: HERE.name } });
  });

  it('applies changes from its own cursor only, and asks for a new list when the revision moves', () => {
    const door = new DoorReplica(doorList([{ registrantId: OLA.id, at: SECONDS_AGO(60), kioskId: 'KIOSK002', kioskName: 'Inngang 2', inside: true }]));
    const kari = { at: SECONDS_AGO(30), kioskId: 'KIOSK003', kioskName: 'Inngang 3', inside: true };
    // Asked from a cursor this copy has left: nothing taken in.
    expect(door.applyChanges(7, { listRevision: 3, cursor: 12, arrivals: [{ registrantId: KARI.id, arrival: kari }], ...NOTHING_ELSE })).toBe(true);
    expect(verdictOf(door.pickVerdict(KARI.id, NOW))).toBe('welcome');
    expect(door.cursor).toBe(10);
    // From its own cursor: an arrival elsewhere, and an undo.
    expect(door.applyChanges(10, { listRevision: 3, cursor: 12, arrivals: [{ registrantId: KARI.id, arrival: kari }, { registrantId: OLA.id, arrival: null }], ...NOTHING_ELSE })).toBe(true);
    expect(door.cursor).toBe(12);
    expect(verdictOf(door.pickVerdict(KARI.id, NOW))).toBe('already');
    expect(verdictOf(door.pickVerdict(OLA.id, NOW))).toBe('welcome');
    expect(door.applyChanges(12, { listRevision: 4, cursor: 12, arrivals: [], ...NOTHING_ELSE })).toBe(false);
  });
});

describe('DoorReplica on a full day', () => {
  const inside = (registrantId: string, isInside: boolean) => ({ registrantId, at: SECONDS_AGO(600), kioskId: 'KIOSK002', kioskName: 'Inngang 2', inside: isInside });

  it('says full at capacity, welcome back to someone who went out, and goodbye or not inside at the exit', () => {
    const full = new DoorReplica({ ...doorList([inside(OLA.id, true), inside(KARI.id, false)]), door: { inside: 1, capacity: 1, waitlistReleaseAt: null } });
    expect(verdictOf(full.pickVerdict(TWIN1.id, NOW))).toBe('full');
    expect(full.pickVerdict(KARI.id, NOW)).toMatchObject({ verdict: 'full', firstArrival: { kiosk: 'Inngang 2' } });
    expect(verdictOf(full.pickVerdict(OLA.id, NOW))).toBe('already');
    expect(verdictOf(full.exitPickVerdict(OLA.id, NOW))).toBe('goodbye');
    expect(verdictOf(full.exitPickVerdict(KARI.id, NOW))).toBe('not_inside');
    expect(verdictOf(full.exitScanVerdict('R-1', NOW, undefined))).toBe('not_inside');
    expect(verdictOf(full.exitScanVerdict(token(KARI.id, 'ZTHEREVT'), NOW, undefined))).toBe('wrong_event');

    // The core's goodbye frees the place: Kari comes back in.
    full.recordAnswer({ verdict: 'goodbye', registrant: { id: OLA.id, name: OLA.name, organisation: 'KS', status: 'confirmed' }, at: NOW.toISOString(), kiosk: HERE.name, door: { inside: 0, capacity: 1, waitlistReleaseAt: null } });
    expect(verdictOf(full.pickVerdict(KARI.id, NOW))).toBe('welcome_back');
    expect(verdictOf(full.exitPickVerdict(OLA.id, NOW))).toBe('not_inside');
  });

  it('gives the waitlisted their place in the queue, and takes walk-ins and notes from the changes', () => {
    const door = new DoorReplica({ ...doorList(), waiting: [{ registrantId: 'SOMEONE1', since: SECONDS_AGO(300) }] });
    expect(door.pickVerdict(PER.id, NOW)).toMatchObject({ verdict: 'waitlisted', queue: { position: 2, since: NOW.toISOString() } });
    door.recordAnswer({ verdict: 'waitlisted', registrant: { id: PER.id, name: PER.name, organisation: 'KS', status: 'waitlisted' }, at: SECONDS_AGO(1), kiosk: HERE.name, queue: { position: 2, since: SECONDS_AGO(1) } });
    expect(door.pickVerdict(PER.id, NOW)).toMatchObject({ verdict: 'waitlisted', queue: { position: 2, since: SECONDS_AGO(1) } });

    const walkIn = { ...registrant('WLK00001', 'Nils Nykommer', 'confirmed', { ref: 'W-KIOSK002-7' }), note: 'Hent vertskap' };
    const noted = { ...KARI, note: 'Må vise legitimasjon' };
    expect(door.scanVerdict('W-KIOSK002-7', NOW, undefined)?.verdict).toBe('invalid');
    door.applyChanges(10, { listRevision: 3, cursor: 14, arrivals: [{ registrantId: walkIn.id, arrival: { at: SECONDS_AGO(5), kioskId: 'KIOSK002', kioskName: 'Inngang 2', inside: true } }], registrants: [walkIn, noted], door: NO_LIMIT, waiting: [] });
    expect(door.scanVerdict('W-KIOSK002-7', NOW, undefined)).toMatchObject({ verdict: 'already', note: 'Hent vertskap' });
    expect(door.search('nykommer', 5).map((h) => h.id)).toEqual([walkIn.id]);
    expect(door.pickVerdict(KARI.id, NOW)).toMatchObject({ verdict: 'welcome', note: 'Må vise legitimasjon' });
    expect(door.waiting).toEqual([]);
  });
});
