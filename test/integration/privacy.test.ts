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
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { personSync } from '../../electron/core/privacy/person.js';
import { privacyStatusSync } from '../../electron/core/privacy/privacy-status.js';
import { forgetPersonSync, peopleToPurgeSync, purgeSync } from '../../electron/core/privacy/purge.js';
import { retentionDateSync, watchRetention } from '../../electron/core/privacy/retention.js';
import { leaveEventSync } from '../../electron/core/sync/leave-event.js';
import { attendanceReportSync } from '../../electron/core/report/report-file.js';
import { serveLunchSync } from '../../electron/core/stations/lunch.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { KioskRuntime } from '../../electron/kiosk-runtime.js';
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
