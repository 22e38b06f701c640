/**
 * The information desk on real kiosks: a hand check-in, an organiser's undo
 * of another kiosk's admission, a corrected name that reaches every kiosk and
 * survives a re-import, the list's arrival filter, and the sync check that
 * still refuses a damaged event of the desk's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { UserError } from '../../shared/i18n.js';
import { fromWireEvent, toWireEvent, type WireEvent } from '../../shared/sync-protocol.js';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { deskCheckInSync, deskCorrectSync, deskUndoArrivalSync } from '../../electron/core/desk.js';
import { doorListSync } from '../../electron/core/door-list.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { codeRowsSync, searchSync, type CodeRow } from '../../electron/core/registrants.js';
import { attendanceReportSync } from '../../electron/core/report/report-file.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { eventsAboveSync } from '../../electron/core/store/log-store.js';
import { countsSync, listRegistrantsSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { csvBytes, NORWEGIAN_HEADER } from '../helpers/csv.js';
import { eventDir, expectSameRecord, joinedKiosk, startHub, type RunningHub } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

function refusalKey(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  throw new Error('not refused');
}

/** The desk's events as another kiosk reads them off the wire. */
function overTheWire(events: readonly LogEvent[]): LogEvent[] {
  return events.map((e) => fromWireEvent(JSON.parse(JSON.stringify(toWireEvent(e))))!);
}

describe('the information desk across kiosks', () => {
  let hub: RunningHub;
  let door: Core;
  let person: (index: number) => CodeRow;

  beforeAll(async () => {
    hub = await startHub(eventDir(30));
    door = await joinedKiosk(hub.code, 'Inngang 1');
    const confirmed = codeRowsSync(hub.core).filter((r) => r.status === 'confirmed');
    person = (index) => confirmed[index]!;
  });
  afterAll(async () => {
    door.closeSync();
    await hub.close();
  });

  it("undoes the door kiosk's admission from the organiser's kiosk, with why, and every kiosk agrees", async () => {
    const guest = person(0);
    expect(checkInByIdSync(door, guest.id).verdict).toBe('welcome');
    await syncWithHub(door);
    expect(listRegistrantsSync(hub.core, { arrival: 'arrived' }).items.map((r) => r.id)).toEqual([guest.id]);

    const undone = deskUndoArrivalSync(hub.core, guest.id, 'Feil person sjekket inn');
    expect(undone).toMatchObject({ id: guest.id, arrivedAt: null });
    await syncWithHub(door);
    expect(countsSync(door).arrived).toBe(0);
    expect(searchSync(door, guest.name).find((h) => h.id === guest.id)?.arrivedAt).toBeNull();
    expectSameRecord([hub.core, door]);
    const undo = readRawSync(door.dataDir, (db) => db.prepare("SELECT kiosk_id, details FROM log WHERE kind = 'desk_undo'").get()) as { kiosk_id: string; details: string };
    expect(undo.kiosk_id).toBe(hub.core.kioskId);
    expect(JSON.parse(undo.details)).toEqual({ target: eventId(door.kioskId, 1), reason: 'Feil person sjekket inn' });

    expect(refusalKey(() => deskUndoArrivalSync(hub.core, guest.id, 'igjen'))).toBe('deskNotArrived');
    // Undone, they can come in again at the door.
    expect(checkInByIdSync(door, guest.id).verdict).toBe('welcome');
  });

  it('checks in by hand a confirmed guest without a code, with why, and refuses the rest', async () => {
    const guest = person(1);
    expect(refusalKey(() => deskCheckInSync(hub.core, guest.id, '  '))).toBe('deskReasonMissing');
    const row = deskCheckInSync(hub.core, guest.id, 'Glemt QR-kode, sjekket legitimasjon');
    expect(row.arrivedAt).not.toBeNull();
    expect(refusalKey(() => deskCheckInSync(hub.core, guest.id, 'igjen'))).toBe('deskAlreadyArrived');
    const waitlisted = codeRowsSync(hub.core).find((r) => r.status === 'waitlisted')!;
    expect(refusalKey(() => deskCheckInSync(hub.core, waitlisted.id, 'Står på venteliste'))).toBe('deskNotConfirmed');

    await syncWithHub(door);
    expect(checkInByIdSync(door, guest.id)).toMatchObject({ verdict: 'already' });
    // The report counts the desk apart from the door.
    expect(attendanceReportSync(hub.core).kiosks.find((k) => k.station === 'informasjon')).toMatchObject({ scans: 1, arrivals: 1 });
    expect(listRegistrantsSync(hub.core, { arrival: 'notArrived', limit: 500 }).items.map((r) => r.id)).not.toContain(guest.id);
  });

  it("takes a guest whose arrival the desk undid out of the lunch's expected, on every kiosk", async () => {
    const guest = person(4);
    const expected = stationCountsSync(hub.core).lunch.expected;
    expect(checkInByIdSync(door, guest.id).verdict).toBe('welcome');
    await syncWithHub(door);
    expect(stationCountsSync(hub.core).lunch.expected).toBe(expected + 1);

    deskUndoArrivalSync(hub.core, guest.id, 'Feil person sjekket inn');
    expect(stationCountsSync(hub.core).lunch.expected).toBe(expected);
    await syncWithHub(door);
    expect(stationCountsSync(door).lunch.expected).toBe(expected);
  });

  it('corrects a misspelt name on every kiosk, and a re-import never undoes it', async () => {
    const guest = person(2);
    const doorVersion = doorListSync(door).listRevision;
    const corrected = deskCorrectSync(hub.core, guest.id, { name: 'Kjersti Ødegård-Haugen' });
    expect(corrected.name).toBe('Kjersti Ødegård-Haugen');
    expect(refusalKey(() => deskCorrectSync(hub.core, guest.id, { name: 'Kjersti Ødegård-Haugen' }))).toBe('deskNothingToCorrect');
    expect(refusalKey(() => deskCorrectSync(hub.core, guest.id, { name: ' ' }))).toBe('deskNameEmpty');

    await syncWithHub(door);
    expect(searchSync(door, 'odegard-haugen').map((h) => h.id)).toEqual([guest.id]);
    // The door's copy of the list is read again.
    expect(doorListSync(door).listRevision).not.toBe(doorVersion);
    expect(doorListSync(door).registrants.find((r) => r.id === guest.id)?.name).toBe('Kjersti Ødegård-Haugen');

    // The organisation corrected too: the latest correction of each field wins.
    deskCorrectSync(hub.core, guest.id, { organisation: 'Vik kommune, plan og bygg' });
    await syncWithHub(door);
    expect(searchSync(door, 'plan og bygg')).toMatchObject([{ id: guest.id, name: 'Kjersti Ødegård-Haugen', organisation: 'Vik kommune, plan og bygg' }]);
    expectSameRecord([hub.core, door]);
  });

  it("derives the same on a kiosk that gets the desk's undo before the admission it names", () => {
    const guest = person(3);
    expect(checkInByIdSync(door, guest.id).verdict).toBe('welcome');
    const admission = eventsAboveSync(door, {}, 10_000)
      .events.map(fromWireEvent)
      .filter((e) => e?.kind === 'checkin' && e.registrantId === guest.id)
      .at(-1)!;
    const late = Core.openSync(tempDir());
    try {
      late.createEventSync({ name: 'Kopi', date: '2026-03-12', capacity: null });
      const undoOf = (target: string): LogEvent => ({
        id: eventId('ZZZZZZZZ', 1),
        kioskId: 'ZZZZZZZZ',
        seq: 1,
        at: new Date().toISOString(),
        kioskName: 'Arrangør',
        station: 'informasjon',
        kind: 'desk_undo',
        registrantId: guest.id,
        details: { target, reason: 'feil person' },
      });
      applyEventsSync(late, overTheWire([undoOf(admission.id)]));
      const before = readRawSync(late.dataDir, (db) => db.prepare('SELECT COUNT(*) AS n FROM attendance').get());
      expect(before).toEqual({ n: 0 });
      applyEventsSync(late, overTheWire(eventsAboveSync(door, {}, 10_000).events.map(fromWireEvent) as LogEvent[]));
      const arrived = readRawSync(late.dataDir, (db) => db.prepare('SELECT registrant_id FROM attendance').pluck().all());
      expect(arrived).not.toContain(guest.id);
    } finally {
      late.closeSync();
    }
  });
});

describe('a corrected name and a re-import', () => {
  it('keeps the correction when the list comes again, unchanged or with other changes for the same person', () => {
    const core = Core.openSync(tempDir());
    try {
      core.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null });
      const list = (organisation: string): Uint8Array =>
        csvBytes([NORWEGIAN_HEADER, ['1', 'Kari Odegard', 'kari@example.no', organisation, 'Påmeldt'], ['2', 'Ola Vik', 'ola@example.no', 'KS', 'Påmeldt']]);
      importRegistrantsSync(core, list('Bærum kommune'), { fileName: 'liste.csv', dryRun: false });
      const kari = listRegistrantsSync(core, { query: 'kari' }).items[0]!;
      deskCorrectSync(core, kari.id, { name: 'Kari Ødegård' });

      expect(importRegistrantsSync(core, list('Bærum kommune'), { fileName: 'liste.csv', dryRun: false })).toMatchObject({ unchanged: 2, updated: 0 });
      expect(listRegistrantsSync(core, { query: 'ødegård' }).items).toMatchObject([{ id: kari.id, name: 'Kari Ødegård', organisation: 'Bærum kommune' }]);

      // A newer list moves her to Asker: that is taken in, and her corrected name stays.
      expect(importRegistrantsSync(core, list('Asker kommune'), { fileName: 'nyere.csv', dryRun: false })).toMatchObject({ updated: 1 });
      expect(listRegistrantsSync(core, { query: 'odegard' }).items).toMatchObject([{ id: kari.id, name: 'Kari Ødegård', organisation: 'Asker kommune' }]);
      expect(searchSync(core, 'ødegård asker').map((h) => h.name)).toEqual(['Kari Ødegård']);
      expect(attendanceReportSync(core).people?.registrants.map((r) => r.name)).toContain('Kari Ødegård');
    } finally {
      core.closeSync();
    }
  });
});

describe("the sync check of the desk's events", () => {
  const KIOSK = 'AAAAAAAA';
  const wire = (seq: number, kind: string, registrantId: string | null, details: unknown): WireEvent =>
    [KIOSK, seq, '2026-03-12T09:00:00.000Z', 'Arrangør', 'informasjon', kind, registrantId, details] as unknown as WireEvent;

  it("takes an organiser's undo of another kiosk's admission, or of its own earlier one", () => {
    expect(fromWireEvent(wire(5, 'desk_undo', 'R1', { target: 'BBBBBBBB-9', reason: 'feil person' }))).toMatchObject({ kind: 'desk_undo' });
    expect(fromWireEvent(wire(5, 'desk_undo', 'R1', { target: `${KIOSK}-4`, reason: 'feil person' }))).toMatchObject({ kind: 'desk_undo' });
    expect(fromWireEvent(wire(5, 'checkin', 'R1', { by: 'desk', reason: 'glemt kode' }))).toMatchObject({ details: { by: 'desk', reason: 'glemt kode' } });
    expect(fromWireEvent(wire(5, 'correction', 'R1', { name: 'Kari Nordmann' }))).toMatchObject({ details: { name: 'Kari Nordmann' } });
  });

  it.each([
    ['an undo of its own later event', wire(5, 'desk_undo', 'R1', { target: `${KIOSK}-5`, reason: 'x' })],
    ['an undo naming no event', wire(5, 'desk_undo', 'R1', { target: 'BBBBBBBB', reason: 'x' })],
    ['an undo naming a lower-case kiosk', wire(5, 'desk_undo', 'R1', { target: 'bbbbbbbb-1', reason: 'x' })],
    ['an undo without a registrant', wire(5, 'desk_undo', null, { target: 'BBBBBBBB-1', reason: 'x' })],
    ['an undo without a reason', wire(5, 'desk_undo', 'R1', { target: 'BBBBBBBB-1', reason: ' ' })],
    ['a hand check-in without a reason', wire(5, 'checkin', 'R1', { by: 'desk' })],
    ['a correction of nothing', wire(5, 'correction', 'R1', {})],
    ['a correction to an empty name', wire(5, 'correction', 'R1', { name: '' })],
    ['a correction of a number', wire(5, 'correction', 'R1', { organisation: 7 })],
    ['a correction without a registrant', wire(5, 'correction', null, { name: 'Kari' })],
  ])('refuses %s', (_what, event) => {
    expect(fromWireEvent(event)).toBeNull();
  });
});
