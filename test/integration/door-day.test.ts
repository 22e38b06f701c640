/**
 * The door on a full day on a real database: exits and re-entries, the full
 * room and the PIN's forced admissions, the queue at the door and the
 * waitlist's release, walk-ins that an import never touches, notes, and the
 * bad input that records nothing.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { admitForcedSync, releaseWaitlistSync, waitlistAdmitSync } from '../../electron/core/door-day/admissions.js';
import { doorCountsSync, waitlistQueueSync } from '../../electron/core/door-day/door-state.js';
import { exitByIdSync, exitSync } from '../../electron/core/door-day/exit.js';
import { setNoteSync } from '../../electron/core/door-day/notes.js';
import { listRegistrantsSync } from '../../electron/core/store/registrants-store.js';
import { walkInSync } from '../../electron/core/door-day/walk-in.js';
import { doorChangesSync, doorListSync } from '../../electron/core/door-list.js';
import { eventSettingsSync, updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { searchSync } from '../../electron/core/registrants.js';
import { registrantEventsSync } from '../../electron/core/store/log-store.js';
import type { ScanResult } from '../../shared/contract.js';
import { DoorReplica } from '../../shared/door-replica.js';
import { deriveAttendance } from '../../shared/event-log.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const OVERRIDE = { by: 'Ingrid (arrangør)', reason: 'taler i neste økt' };

/** The registration list: two confirmed, three waitlisted, one cancelled; Kari has a note for the security check. */
const LIST = [
  'Påmeldingsnummer;Navn;Organisasjon;Status;Merknad',
  '1;Kari Nordmann;Vågå kommune;Påmeldt;Må vise legitimasjon',
  '2;Ola Hansen;KS;Påmeldt;',
  '3;Per Venter;NIBR;Venteliste;',
  '4;Siri Venter;NIBR;Venteliste;',
  '5;Tor Venter;NIBR;Venteliste;',
  '6;Aud Borte;KS;Avmeldt;',
].join('\n');

let core: Core;
beforeEach(() => {
  core = Core.openSync(tempDir());
  core.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null });
  importList(LIST);
  return () => core.closeSync();
});

function importList(csv: string): void {
  importRegistrantsSync(core, new TextEncoder().encode(csv), { fileName: 'liste.csv', dryRun: false });
}

/** The code (the signed token) of the registrant with the registration number. */
function codeOf(ref: string): string {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT code FROM registrant WHERE ref = ?').pluck().get(ref)) as string;
}

function idOf(ref: string): string {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT id FROM registrant WHERE ref = ?').pluck().get(ref)) as string;
}

function logSize(): number {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT COUNT(*) FROM log').pluck().get()) as number;
}

/** Runs `work`, expecting it to be refused with the message key, and the log and the settings untouched. */
function expectRefused(work: () => unknown, key: string): void {
  const before = { log: logSize(), settings: eventSettingsSync(core) };
  expect(work).toThrow(expect.objectContaining({ key }));
  expect({ log: logSize(), settings: eventSettingsSync(core) }).toEqual(before);
}

describe('exits and the inside count', () => {
  it('takes someone out and in again: welcome back, never a duplicate; an exit of someone outside takes nobody out', () => {
    const kari = codeOf('1');
    expect(scanSync(core, kari).verdict).toBe('welcome');
    expect(doorCountsSync(core)).toMatchObject({ arrived: 1, inside: 1, exits: 0 });
    expect(exitSync(core, kari)).toMatchObject({ verdict: 'goodbye', door: { inside: 0 } });
    expect(exitSync(core, kari).verdict).toBe('not_inside');
    expect(exitByIdSync(core, idOf('2')).verdict).toBe('not_inside');
    expect(scanSync(core, kari)).toMatchObject({ verdict: 'welcome_back', door: { inside: 1 } });
    expect(doorCountsSync(core)).toMatchObject({ arrived: 1, inside: 1, exits: 1, reentries: 1 });
    // The attendance table agrees with the rule in shared/, which counts no duplicate.
    const model = deriveAttendance(registrantEventsSync(core, idOf('1')));
    expect(model).toMatchObject({ inside: true, exits: 1, reentries: 1, duplicates: [] });
    const list = doorListSync(core);
    expect(list.arrivals).toEqual([expect.objectContaining({ registrantId: idOf('1'), inside: true })]);
    exitSync(core, kari);
    expect(doorChangesSync(core, list.cursor).arrivals).toEqual([{ registrantId: idOf('1'), arrival: expect.objectContaining({ inside: false }) }]);
    expect(scanSync(core, 'NOSUCHREF').verdict).toBe('invalid');
    expect(exitSync(core, 'NOSUCHREF').verdict).toBe('invalid');
  });
});

describe('capacity', () => {
  it('refuses the entrance at capacity, recorded as a refused scan, and lets one more in only with the PIN, recorded with who and why', () => {
    updateEventSettingsSync(core, { capacity: '1' });
    expect(scanSync(core, codeOf('1')).verdict).toBe('welcome');
    const refused = scanSync(core, codeOf('2'));
    expect(refused).toMatchObject({ verdict: 'full', door: { inside: 1, capacity: 1 } });
    expect(registrantEventsSync(core, idOf('2')).map((e) => [e.kind, e.details])).toEqual([['scan', { by: 'token', verdict: 'full' }]]);

    expect(admitForcedSync(core, idOf('2'), OVERRIDE)).toMatchObject({ verdict: 'welcome', forced: true, door: { inside: 2 } });
    expect(registrantEventsSync(core, idOf('2')).at(-1)?.details).toEqual({ by: 'search', forced: OVERRIDE });
    expect(doorCountsSync(core)).toMatchObject({ inside: 2, capacity: 1, forced: 1, overCapacity: 1 });
    // Someone inside already, or cancelled, is not let in again: nothing recorded.
    expectRefused(() => admitForcedSync(core, idOf('2'), OVERRIDE), 'alreadyAdmitted');
    expectRefused(() => admitForcedSync(core, idOf('6'), OVERRIDE), 'forceNotAllowed');
    expectRefused(() => admitForcedSync(core, idOf('1'), { by: 'Ingrid', reason: ' ' }), 'overrideReasonMissing');

    // Someone going out frees the place; coming back in while it is full again is refused too.
    exitSync(core, codeOf('1'));
    exitSync(core, codeOf('2'));
    expect(scanSync(core, codeOf('2')).verdict).toBe('welcome_back');
    expect(scanSync(core, codeOf('1'))).toMatchObject({ verdict: 'full', firstArrival: expect.anything() });
  });

  it('refuses a capacity of 0, a negative one or text, with a message, and changes nothing', () => {
    for (const value of ['0', '-5', 'mange', '1.5']) expectRefused(() => updateEventSettingsSync(core, { capacity: value }), 'badCapacity');
    expect(updateEventSettingsSync(core, { capacity: '550' }).capacity).toBe('550');
    expect(core.requireEventSync().capacity).toBe(550);
    expect(updateEventSettingsSync(core, { capacity: '' }).capacity).toBe('');
    expect(core.requireEventSync().capacity).toBeNull();
    expectRefused(() => updateEventSettingsSync(core, { waitlistRelease: '25:00' }), 'badWaitlistRelease');
  });
});

describe('the waitlist at the door', () => {
  it('queues the waitlisted in the order they came, and admits only after the release, the next first', () => {
    updateEventSettingsSync(core, { capacity: '3' });
    expect(scanSync(core, codeOf('4'))).toMatchObject({ verdict: 'waitlisted', queue: { position: 1 } });
    expect(scanSync(core, codeOf('3'))).toMatchObject({ verdict: 'waitlisted', queue: { position: 2 } });
    // Scanned again: the same place, since the first scan.
    const again = scanSync(core, codeOf('4'));
    expect(again.queue?.position).toBe(1);
    expect(waitlistQueueSync(core)).toMatchObject({ released: false, queue: [{ position: 1, registrant: { id: idOf('4') } }, { position: 2, registrant: { id: idOf('3') } }] });
    expect(doorCountsSync(core).waitingAtDoor).toBe(2);

    // Before the release: only with the PIN.
    expectRefused(() => waitlistAdmitSync(core, {}), 'waitlistNotReleased');
    expectRefused(() => waitlistAdmitSync(core, { registrantId: idOf('1') }), 'notWaitlisted');

    const released = releaseWaitlistSync(core);
    expect(released).toMatchObject({ released: true, freePlaces: 3 });
    expect(waitlistAdmitSync(core, {})).toMatchObject({ verdict: 'admitted_from_waitlist', registrant: { id: idOf('4') } });
    expect(waitlistAdmitSync(core, { registrantId: idOf('5'), reason: 'har reist fra Tromsø' })).toMatchObject({ verdict: 'admitted_from_waitlist' });
    expect(registrantEventsSync(core, idOf('5')).at(-1)?.details).toEqual({ by: 'search', waitlist: { reason: 'har reist fra Tromsø' } });
    expect(doorCountsSync(core)).toMatchObject({ inside: 2, waitlistAdmitted: 2, waitingAtDoor: 1 });
    expectRefused(() => waitlistAdmitSync(core, { registrantId: idOf('4') }), 'alreadyAdmitted');

    // The last place goes to a confirmed guest; then the queue waits, unless the PIN lets the next in.
    expect(scanSync(core, codeOf('1')).verdict).toBe('welcome');
    expectRefused(() => waitlistAdmitSync(core, {}), 'doorFull');
    expect(waitlistAdmitSync(core, { override: OVERRIDE })).toMatchObject({ verdict: 'admitted_from_waitlist', forced: true, registrant: { id: idOf('3') } });
    expect(waitlistQueueSync(core).queue).toEqual([]);
    expectRefused(() => waitlistAdmitSync(core, {}), 'noOneWaiting');
  });

  it('takes someone out of the queue when a new list confirms them, and back in at their place when waitlisted again', () => {
    scanSync(core, codeOf('3'));
    scanSync(core, codeOf('4'));
    importList(LIST.replace('3;Per Venter;NIBR;Venteliste;', '3;Per Venter;NIBR;Påmeldt;'));
    expect(waitlistQueueSync(core).queue.map((q) => q.registrant.id)).toEqual([idOf('4')]);
    importList(LIST);
    expect(waitlistQueueSync(core).queue.map((q) => q.registrant.id)).toEqual([idOf('3'), idOf('4')]);
    expect(doorCountsSync(core).waitingAtDoor).toBe(2);
  });

  it('releases at the time set (HH:MM in Oslo, on the event date)', () => {
    scanSync(core, codeOf('3'));
    // The event's date is past: 10:15 on it has come.
    updateEventSettingsSync(core, { waitlistRelease: '10:15' });
    expect(waitlistQueueSync(core)).toMatchObject({ released: true, door: { waitlistReleaseAt: '2026-03-12T09:15:00.000Z' } });
    expect(waitlistAdmitSync(core, {}).verdict).toBe('admitted_from_waitlist');
    updateEventSettingsSync(core, { date: '2099-03-12' });
    expect(waitlistQueueSync(core).released).toBe(false);
  });
});

describe('walk-ins', () => {
  it('registers and admits a walk-in whose code every scan takes, and a re-import never cancels or changes them', () => {
    const { result, code } = walkInSync(core, { name: '  Nils  Nykommer ', organisation: 'Lesja kommune', email: 'Nils@Example.no' }, undefined);
    expect(code).toBe(`W-${core.kioskId}-1`);
    expect(result).toMatchObject({ verdict: 'welcome', registrant: { name: 'Nils Nykommer', organisation: 'Lesja kommune', status: 'confirmed' }, door: { inside: 1 } });
    // At another entrance (this one's within the repeat window would welcome them again).
    expect(scanSync(core, code, { kioskName: 'Inngang 2' }).verdict).toBe('already');
    expect(searchSync(core, 'nykommer').map((h) => h.id)).toEqual([result.registrant!.id]);
    expect(doorCountsSync(core)).toMatchObject({ walkIns: 1, arrived: 1, registered: 6 });

    importList(LIST);
    importList(LIST.split('\n').slice(0, 3).join('\n'));
    const row = readRawSync(core.dataDir, (db) => db.prepare('SELECT name, email, status FROM registrant WHERE ref = ?').get(code));
    expect(row).toEqual({ name: 'Nils Nykommer', email: 'nils@example.no', status: 'confirmed' });
    expect(exitSync(core, code).verdict).toBe('goodbye');
  });

  it('refuses a walk-in without a name, with a 10 kB name, or a bad email, and one past capacity without the PIN; nothing recorded', () => {
    expectRefused(() => walkInSync(core, { name: '   ', organisation: null, email: null }, undefined), 'walkInNameMissing');
    expectRefused(() => walkInSync(core, { name: 'x'.repeat(10_000), organisation: null, email: null }, undefined), 'walkInNameTooLong');
    expectRefused(() => walkInSync(core, { name: 'Nils', organisation: 'y'.repeat(300), email: null }, undefined), 'walkInFieldTooLong');
    expectRefused(() => walkInSync(core, { name: 'Nils', organisation: null, email: 'nils@' }, undefined), 'walkInBadEmail');
    updateEventSettingsSync(core, { capacity: '1' });
    scanSync(core, codeOf('1'));
    expectRefused(() => walkInSync(core, { name: 'Nils', organisation: null, email: null }, undefined), 'doorFull');
    expect(walkInSync(core, { name: 'Nils', organisation: null, email: null }, OVERRIDE).result).toMatchObject({ verdict: 'welcome', forced: true });
    expect(doorCountsSync(core)).toMatchObject({ walkIns: 1, forced: 1, overCapacity: 1 });
  });
});

describe('notes for the security check', () => {
  it("shows the list's note on a scan, the organiser's over it, and none once cleared; the door's copy hears of it", () => {
    expect(scanSync(core, codeOf('1')).note).toBe('Må vise legitimasjon');
    const list = doorListSync(core);
    expect(list.registrants.find((r) => r.id === idOf('1'))?.note).toBe('Må vise legitimasjon');
    expect(setNoteSync(core, idOf('2'), '  VIP — hent   vertskap ')).toEqual({ registrantId: idOf('2'), note: 'VIP — hent vertskap' });
    expect(doorChangesSync(core, list.cursor).registrants).toEqual([expect.objectContaining({ id: idOf('2'), note: 'VIP — hent vertskap' })]);
    expect(scanSync(core, codeOf('2')).note).toBe('VIP — hent vertskap');
    // The organiser's list carries the note in force, for the note editor to start from.
    const noteInList = (id: string) => listRegistrantsSync(core, { limit: 500 }).items.find((r) => r.id === id)?.note;
    expect([noteInList(idOf('1')), noteInList(idOf('2'))]).toEqual(['Må vise legitimasjon', 'VIP — hent vertskap']);
    expect(setNoteSync(core, idOf('1'), null).note).toBeNull();
    expect(noteInList(idOf('1'))).toBeNull();
    expect(scanSync(core, codeOf('1')).note).toBeUndefined();
    // A new import brings the list's note again, but the organiser's clearing stays in force.
    importList(LIST);
    expect(doorListSync(core).registrants.find((r) => r.id === idOf('1'))?.note).toBeNull();
    expectRefused(() => setNoteSync(core, idOf('1'), 'z'.repeat(501)), 'noteTooLong');
    expectRefused(() => setNoteSync(core, 'NOSUCH01', 'hei'), 'registrantNotFound');
  });
});

describe("the door screen's copy", () => {
  /** What a verdict shows, the moment aside. */
  const shown = (result: ScanResult | null) =>
    result && { verdict: result.verdict, registrant: result.registrant, firstArrival: result.firstArrival, note: result.note, position: result.queue?.position };

  it("foretells the core's verdicts on a full day from the door list and its changes", () => {
    updateEventSettingsSync(core, { capacity: '2' });
    const replica = new DoorReplica(doorListSync(core));
    const steps: [string, 'in' | 'out'][] = [
      ['1', 'in'], ['1', 'out'], ['1', 'in'], ['2', 'in'], ['3', 'in'], ['4', 'in'], ['3', 'in'], ['2', 'out'], ['2', 'out'], ['6', 'in'], ['2', 'in'],
    ];
    // The registration numbers are codes too, as a handheld scanner reads them off a badge.
    for (const [code, way] of steps) {
      // Another kiosk's name, so no scan repeats this kiosk's own admission a moment ago.
      const place = { kioskName: 'Inngang 2' };
      const foretold = way === 'in' ? replica.scanVerdict(code, new Date(), undefined) : replica.exitScanVerdict(code, new Date(), undefined);
      const result = way === 'in' ? scanSync(core, code, place) : exitSync(core, code, place);
      expect(shown(foretold), `${way} ${code}`).toEqual(shown(result));
      replica.applyChanges(replica.cursor, doorChangesSync(core, replica.cursor));
    }
    expect(replica.door).toEqual(doorListSync(core).door);
    expect(replica.waiting.map((w) => w.registrantId)).toEqual([idOf('3'), idOf('4')]);
  });
});
