/**
 * Deleting personal data in the core, on real SQLite files: a purge leaves no
 * name or email in the bytes of any file of the data directory and keeps the
 * counts and the anonymous report; the organiser's kiosk's purge and a
 * forgotten person reach a joined kiosk with its next sync; a kiosk past its
 * retention date purges itself when it starts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { checkInByIdSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { deskCheckInSync, deskCorrectSync, deskUndoArrivalSync } from '../../electron/core/desk.js';
import { admitForcedSync } from '../../electron/core/door-day/admissions.js';
import { doorCountsSync } from '../../electron/core/door-day/door-state.js';
import { setNoteSync } from '../../electron/core/door-day/notes.js';
import { walkInSync } from '../../electron/core/door-day/walk-in.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { personSync } from '../../electron/core/privacy/person.js';
import { searchSync } from '../../electron/core/registrants.js';
import { privacyStatusSync } from '../../electron/core/privacy/privacy-status.js';
import { forgetPersonSync, peopleToPurgeSync, purgeSync } from '../../electron/core/privacy/purge.js';
import { retentionDateSync, watchRetention } from '../../electron/core/privacy/retention.js';
import { leaveEventSync } from '../../electron/core/sync/leave-event.js';
import { attendanceReportSync } from '../../electron/core/report/report-file.js';
import { serveLunchSync } from '../../electron/core/stations/lunch.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { eventsAboveSync, registrantEventsSync } from '../../electron/core/store/log-store.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { KioskRuntime } from '../../electron/kiosk-runtime.js';
import type { LogEvent } from '../../shared/event-log.js';
import { fromWireEvent } from '../../shared/sync-protocol.js';
import { tracesInDirSync } from '../helpers/data-dir-traces.js';
import { eventDir, joinedKiosk, startHub, waitFor } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const PEOPLE = 120;

/** Every name and email on the list, as the registrant rows hold them. */
function namesAndEmailsSync(dataDir: string): string[] {
  const rows = readRawSync(dataDir, (db) => db.prepare('SELECT name, email FROM registrant').all() as { name: string; email: string | null }[]);
  return rows.flatMap((r) => [r.name, ...(r.email ? [r.email] : [])]);
}

/** The confirmed registrants' ids, by id. */
function confirmedIdsSync(dataDir: string): string[] {
  return readRawSync(dataDir, (db) => db.prepare("SELECT id FROM registrant WHERE status = 'confirmed' ORDER BY id").pluck().all() as string[]);
}

/** The counts the day leaves, which a purge must not change. */
function dayCountsSync(core: Core): unknown {
  const { lunch, cloak } = stationCountsSync(core);
  return { ...countsSync(core), served: lunch.served, anonymous: lunch.anonymous, handedIn: cloak.handedIn };
}

/** The anonymous report without the moment it was made. */
function reportContent(core: Core): unknown {
  return { ...attendanceReportSync(core, true), generatedAt: null };
}

describe('a purge', () => {
  it('leaves no name or email in any file of the data directory, and keeps the counts and the anonymous report', () => {
    const dir = eventDir(PEOPLE);
    const texts = namesAndEmailsSync(dir);
    const ids = confirmedIdsSync(dir);
    const core = Core.openSync(dir);
    try {
      for (const id of ids.slice(0, 40)) checkInByIdSync(core, id);
      for (let served = 0; served < 10; served++) serveLunchSync(core, { code: null }, { station: 'lunsj' });
      const lastName = readRawSync(dir, (db) => db.prepare('SELECT name FROM registrant WHERE id = ?').pluck().get(ids[39]) as string);
      // A volunteer's reason may name the person: it is personal data in the log.
      undoLastCheckinSync(core, `feil person, var ${lastName}`);
      core.checkpointSync();
      expect(tracesInDirSync(dir, texts).length).toBeGreaterThan(0);
      const counts = dayCountsSync(core);
      const report = reportContent(core);
      const people = peopleToPurgeSync(core);
      expect(people).toBe(PEOPLE);

      expect(() => purgeSync(core, 'command', people - 1)).toThrow(`Sletter persondata om ${people} personer fra denne maskinen`);
      const outcome = purgeSync(core, 'command', people);

      expect(outcome).toMatchObject({ purgedNow: true, record: { people, action: 'command', kioskId: core.kioskId } });
      expect(tracesInDirSync(dir, [...texts, `feil person, var ${lastName}`])).toEqual([]);
      expect(dayCountsSync(core)).toEqual(counts);
      expect(reportContent(core)).toEqual(report);
      const kept = JSON.stringify(attendanceReportSync(core, true));
      expect(JSON.stringify(attendanceReportSync(core, true))).toBe(kept);
      expect(() => attendanceReportSync(core, false)).toThrow(/bare den anonyme rapporten/);
      expect(core.requireEventSync().privateKey).toBeNull();
      expect(privacyStatusSync(core)).toMatchObject({ people: 0, purged: outcome.record });
      // Asked again, it reports the purge done, and changes nothing.
      expect(purgeSync(core, 'command')).toMatchObject({ record: outcome.record, purgedNow: false });
    } finally {
      core.closeSync();
    }
  });
});

/** The door's head counts, as the screens show them and as the running tally keeps them. */
function doorFiguresSync(core: Core): unknown {
  return { counts: doorCountsSync(core), tally: readRawSync(core.dataDir, (db) => db.prepare('SELECT * FROM door_tally').get()) };
}

/** What a full door day leaves in the log besides the list: a walk-in, a note, a correction, the desk's and a forced admission, all with text someone typed. */
interface DoorDayTexts {
  readonly walkInId: string;
  readonly walkInCode: string;
  /** Every text typed during the day: each names or describes someone. */
  readonly typed: readonly string[];
}

/** A day at the door of `core` (its list from eventDir): ids[0..9] in, a walk-in, a note, a correction, the desk's check-in and undo, then a forced admission past a full room. */
function fullDoorDaySync(core: Core, ids: readonly string[]): DoorDayTexts {
  const typed = {
    walkInName: 'Wenche Walkinsen',
    walkInOrganisation: 'Vågå kommune',
    walkInEmail: 'wenche.walkinsen@vaga.example',
    note: 'Må vise legitimasjon: Ragnhild har pass',
    correctedName: 'Korrigert Navnesen',
    deskReason: 'glemt koden, sa Torbjørn',
    deskUndoReason: 'feil person, det var Sigvald',
    forcedBy: 'Vakt Olaug',
    forcedReason: 'taler kl. 10, Gudbrand',
  };
  for (const id of ids.slice(0, 9)) checkInByIdSync(core, id);
  const { result, code } = walkInSync(core, { name: typed.walkInName, organisation: typed.walkInOrganisation, email: typed.walkInEmail }, undefined);
  setNoteSync(core, ids[1]!, typed.note);
  deskCorrectSync(core, ids[2]!, { name: typed.correctedName });
  deskCheckInSync(core, ids[9]!, typed.deskReason);
  deskUndoArrivalSync(core, ids[8]!, typed.deskUndoReason);
  updateEventSettingsSync(core, { capacity: String(doorCountsSync(core).inside) });
  expect(admitForcedSync(core, ids[10]!, { by: typed.forcedBy, reason: typed.forcedReason })).toMatchObject({ forced: true });
  return { walkInId: result.registrant!.id, walkInCode: code, typed: Object.values(typed) };
}

describe('a purge after a full door day', () => {
  it('blanks the walk-in, the note, the correction and every reason typed, and keeps the door counts and the report', () => {
    const dir = eventDir(PEOPLE);
    const ids = confirmedIdsSync(dir);
    const core = Core.openSync(dir);
    try {
      const day = fullDoorDaySync(core, ids);
      const texts = [...namesAndEmailsSync(dir), ...day.typed, day.walkInCode];
      core.checkpointSync();
      for (const typed of day.typed) expect(tracesInDirSync(dir, [typed]).length, typed).toBeGreaterThan(0);
      const counts = dayCountsSync(core);
      const door = doorFiguresSync(core);
      const report = reportContent(core);

      purgeSync(core, 'command', peopleToPurgeSync(core));

      expect(tracesInDirSync(dir, texts)).toEqual([]);
      expect(dayCountsSync(core)).toEqual(counts);
      expect(doorFiguresSync(core)).toEqual(door);
      expect(reportContent(core)).toEqual(report);
      expect(peopleToPurgeSync(core)).toBe(0);
      expect(registrantEventsSync(core, ids[10]!).at(-1)!.details).toEqual({ by: 'search', forced: { by: '', reason: '' } });
    } finally {
      core.closeSync();
    }
  });
});

describe('one person', () => {
  it('shows everything held about them, and forgetting them keeps the counts', () => {
    const dir = eventDir(PEOPLE);
    const [id] = confirmedIdsSync(dir);
    const core = Core.openSync(dir);
    try {
      checkInByIdSync(core, id!);
      undoLastCheckinSync(core, 'feil knapp');
      checkInByIdSync(core, id!);
      const person = personSync(core, id!);
      expect(person.registrant).toMatchObject({ id, status: 'confirmed' });
      expect(person.registrant.email).toMatch(/@/);
      expect(person.events.map((e) => e.kind)).toEqual(['checkin', 'undo', 'checkin']);
      expect(person.arrivedAt).not.toBeNull();
      const counts = dayCountsSync(core);
      const { name, email } = person.registrant;

      forgetPersonSync(core, id!);

      expect(dayCountsSync(core)).toEqual(counts);
      const forgotten = personSync(core, id!);
      expect(forgotten.registrant).toMatchObject({ id, name: '', email: null, organisation: null, ref: null, code: '', status: 'confirmed' });
      expect(forgotten.events.map((e) => e.kind)).toEqual(['checkin', 'undo', 'checkin', 'forget']);
      expect(forgotten.events[1]!.details).toEqual({ target: person.events[0]!.id, reason: '' });
      expect(tracesInDirSync(dir, [name, email!])).toEqual([]);
      expect(() => forgetPersonSync(core, 'NOSUCHID')).toThrow(/Ingen påmeldt har ID NOSUCHID/);
    } finally {
      core.closeSync();
    }
  });
});

describe('a forgotten walk-in', () => {
  it('loses their walk-in event\'s name, organisation, email and code; the door counts stay', () => {
    const dir = eventDir(PEOPLE);
    const ids = confirmedIdsSync(dir);
    const core = Core.openSync(dir);
    try {
      const day = fullDoorDaySync(core, ids);
      const door = doorFiguresSync(core);
      const walkIn = personSync(core, day.walkInId);
      expect(walkIn.registrant).toMatchObject({ name: 'Wenche Walkinsen', code: day.walkInCode });

      forgetPersonSync(core, day.walkInId);

      expect(doorFiguresSync(core)).toEqual(door);
      const forgotten = personSync(core, day.walkInId);
      expect(forgotten.registrant).toMatchObject({ name: '', email: null, organisation: null, ref: null, code: '', status: 'confirmed' });
      expect(forgotten.events.find((e) => e.kind === 'walk_in')!.details).toEqual({ ref: '', name: '', organisation: null, email: null });
      expect(tracesInDirSync(dir, [walkIn.registrant.name, walkIn.registrant.email!, 'Vågå kommune', day.walkInCode])).toEqual([]);
    } finally {
      core.closeSync();
    }
  });
});

/** Every event a kiosk holds, as another reads them off the wire. */
function allEventsSync(core: Core): LogEvent[] {
  return eventsAboveSync(core, {}, 100_000).events.map((e) => fromWireEvent(JSON.parse(JSON.stringify(e)))!);
}

describe('a walk-in forgotten on another kiosk', () => {
  it('is forgotten on a third whichever comes to it first, the forget or the walk-in', () => {
    const door = Core.openSync(eventDir(PEOPLE));
    const organiser = Core.openSync(eventDir(PEOPLE));
    const third = Core.openSync(eventDir(PEOPLE));
    try {
      const { result } = walkInSync(door, { name: 'Wenche Walkinsen', organisation: 'Vågå kommune', email: 'wenche@vaga.example' }, undefined);
      const walkInId = result.registrant!.id;
      applyEventsSync(organiser, allEventsSync(door));
      forgetPersonSync(organiser, walkInId);
      const forget = allEventsSync(organiser).filter((e) => e.kind === 'forget');

      applyEventsSync(third, forget);
      applyEventsSync(third, allEventsSync(door));

      expect(personSync(third, walkInId).registrant).toMatchObject({ name: '', email: null, organisation: null, code: '' });
      expect(registrantEventsSync(third, walkInId).find((e) => e.kind === 'walk_in')!.details).toEqual({ ref: '', name: '', organisation: null, email: null });
      expect(countsSync(third).arrived).toBe(1);
    } finally {
      door.closeSync();
      organiser.closeSync();
      third.closeSync();
    }
  });
});

describe("the door's copy of the list in memory", () => {
  it('holds no name once a person is forgotten, nor any once the kiosk is purged', () => {
    const dir = eventDir(PEOPLE);
    const ids = confirmedIdsSync(dir);
    const core = Core.openSync(dir);
    try {
      const name = personSync(core, ids[0]!).registrant.name;
      const other = personSync(core, ids[1]!).registrant.name;
      expect(searchSync(core, name).map((h) => h.id)).toContain(ids[0]);

      forgetPersonSync(core, ids[0]!);
      expect(searchSync(core, name).map((h) => h.id)).not.toContain(ids[0]);
      expect(searchSync(core, other).map((h) => h.id)).toContain(ids[1]);

      purgeSync(core, 'command', peopleToPurgeSync(core));
      expect(searchSync(core, other)).toEqual([]);
    } finally {
      core.closeSync();
    }
  });
});

describe('across kiosks', () => {
  it("the organiser's kiosk's purge and a forgotten person reach a joined kiosk at its next sync", async () => {
    const hub = await startHub(eventDir(PEOPLE));
    try {
      const kiosk = await joinedKiosk(hub.code, 'Inngang 2');
      try {
        const texts = namesAndEmailsSync(kiosk.dataDir);
        const ids = confirmedIdsSync(hub.core.dataDir);
        for (const id of ids.slice(0, 5)) checkInByIdSync(kiosk, id);
        await syncWithHub(kiosk);
        const forgottenName = readRawSync(kiosk.dataDir, (db) => db.prepare('SELECT name FROM registrant WHERE id = ?').pluck().get(ids[0]) as string);
        forgetPersonSync(hub.core, ids[0]!);
        await syncWithHub(kiosk);
        expect(personSync(kiosk, ids[0]!).registrant.name).toBe('');
        expect(tracesInDirSync(kiosk.dataDir, [forgottenName])).toEqual([]);
        const counts = dayCountsSync(kiosk);

        purgeSync(hub.core, 'screens', peopleToPurgeSync(hub.core));
        await syncWithHub(kiosk);

        expect(privacyStatusSync(kiosk).purged).toMatchObject({ action: 'hub', kioskId: kiosk.kioskId, people: PEOPLE - 1 });
        expect(tracesInDirSync(kiosk.dataDir, texts)).toEqual([]);
        expect(dayCountsSync(kiosk)).toEqual(counts);
        // Check-ins after the purge still sync, and still count.
        checkInByIdSync(kiosk, ids[10]!);
        await syncWithHub(kiosk);
        expect(countsSync(hub.core).arrived).toBe(6);
      } finally {
        kiosk.closeSync();
      }
    } finally {
      await hub.close();
    }
  });
});

describe('the retention date', () => {
  it('is 30 days after the event unless the organiser sets one, and a kiosk past it purges itself when it starts', async () => {
    const dir = eventDir(PEOPLE);
    const texts = namesAndEmailsSync(dir);
    const core = Core.openSync(dir);
    try {
      core.updateEventSync({ date: '2027-03-11' });
      expect(retentionDateSync(core)).toBe('2027-04-10');
      expect(() => updateEventSettingsSync(core, { retainUntil: '2027-03-10' })).toThrow(/på eller etter arrangementets dato 2027-03-11/);
      core.updateEventSync({ date: '2026-03-12' });
      updateEventSettingsSync(core, { retainUntil: '2026-04-01' });
      expect(retentionDateSync(core)).toBe('2026-04-01');
    } finally {
      core.closeSync();
    }
    const runtime = await KioskRuntime.start({ dataDir: dir });
    try {
      expect(privacyStatusSync(runtime.core).purged).toMatchObject({ action: 'retention', people: PEOPLE });
      expect(tracesInDirSync(dir, texts)).toEqual([]);
    } finally {
      await runtime.stop();
    }
  });
});

describe('a running kiosk', () => {
  it('purges itself when the retention date comes while it runs', async () => {
    const dir = eventDir(PEOPLE);
    const texts = namesAndEmailsSync(dir);
    const core = Core.openSync(dir);
    let purges = 0;
    const stop = watchRetention(core, () => purges++, 50);
    try {
      expect(privacyStatusSync(core).purged).toBeNull();
      // The organiser's date arrives (as with a sync round): it has passed already.
      updateEventSettingsSync(core, { retainUntil: '2026-04-01' });
      await waitFor('the purge by the retention date', () => (purges > 0 ? true : undefined));
      expect(privacyStatusSync(core).purged).toMatchObject({ action: 'retention', people: PEOPLE });
      expect(tracesInDirSync(dir, texts)).toEqual([]);
    } finally {
      stop();
      core.closeSync();
    }
  });
});

describe('leaving the event', () => {
  it('wipes the kiosk the same way: no name or email in any file', async () => {
    const hub = await startHub(eventDir(PEOPLE));
    try {
      const kiosk = await joinedKiosk(hub.code, 'Inngang 2');
      try {
        const texts = namesAndEmailsSync(kiosk.dataDir);
        checkInByIdSync(kiosk, confirmedIdsSync(kiosk.dataDir)[0]!);
        await syncWithHub(kiosk);
        kiosk.checkpointSync();
        expect(tracesInDirSync(kiosk.dataDir, texts).length).toBeGreaterThan(0);
        leaveEventSync(kiosk);
        expect(tracesInDirSync(kiosk.dataDir, texts)).toEqual([]);
      } finally {
        kiosk.closeSync();
      }
    } finally {
      await hub.close();
    }
  });
});
