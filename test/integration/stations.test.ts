/**
 * The stations on a real SQLite file: the kiosk's station kept with the
 * kiosk, the stations' reads of the log against the rules derived from the
 * whole log, a token code at both stations, a second kiosk process on the
 * same file, the events on a sync file, and the tag range reaching a joined kiosk.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { deriveCloakroom } from '../../shared/cloakroom.js';
import { deriveServings } from '../../shared/lunch.js';
import { eventFromRow, type LogRow } from '../../electron/core/store/log-store.js';
import { registrantCloakEventsSync, tagEventsSync } from '../../electron/core/store/station-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { Core } from '../../electron/core/core.js';
import { scanSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { cloakInSync, cloakOutSync, tagRangeSync, undoLastCloakEventSync } from '../../electron/core/stations/cloakroom.js';
import { kioskStationSync, setKioskStationSync } from '../../electron/core/stations/kiosk-station.js';
import { serveLunchSync, undoLastLunchSync } from '../../electron/core/stations/lunch.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { applyEventDetailsSync, eventDetailsSync } from '../../electron/core/sync/event-details.js';
import { importSyncFileSync, syncFileContentSync } from '../../electron/core/sync/sync-file.js';
import { eventDir } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const GARDEROBE = { station: 'garderobe' } as const;
const LUNSJ = { station: 'lunsj' } as const;

function withCore<T>(dir: string, work: (core: Core) => T): T {
  const core = Core.openSync(dir);
  try {
    return work(core);
  } finally {
    core.closeSync();
  }
}

function allEventsSync(dir: string) {
  return readRawSync(dir, (db) => (db.prepare('SELECT * FROM log').all() as LogRow[]).map(eventFromRow));
}

/** The derived tables as the rules on the log give them: hand-ins with their collections, and lunches. */
function rulesOn(events: readonly LogEvent[]) {
  return {
    handIns: deriveCloakroom(events)
      .handIns.map((h) => ({ id: h.eventId, tag: h.tag, registrant_id: h.registrantId, collected_id: h.collected?.eventId ?? null }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    lunches: deriveServings(events)
      .map((s) => ({ id: s.eventId, registrant_id: s.registrantId, again: s.again ? 1 : 0 }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** The derived tables as stored. */
function derivedTablesSync(dir: string) {
  return readRawSync(dir, (db) => ({
    handIns: db.prepare('SELECT id, tag, registrant_id, collected_id FROM cloak_hand_in ORDER BY id').all(),
    lunches: db.prepare('SELECT id, registrant_id, again FROM lunch_serving ORDER BY id').all(),
  }));
}

/** The registration numbers of the fictitious list, LDK-000001 on. */
const ref = (n: number): string => `LDK-${String(n).padStart(6, '0')}`;

describe('the stations on a real database', () => {
  it('keeps the station with the kiosk, across a restart, and back at the entrance after leaving the event', () => {
    const dir = eventDir(5);
    withCore(dir, (core) => {
      expect(kioskStationSync(core)).toBe('inngang');
      expect(setKioskStationSync(core, 'lunsj')).toBe('lunsj');
    });
    withCore(dir, (core) => {
      expect(kioskStationSync(core)).toBe('lunsj');
      expect(() => setKioskStationSync(core, 'kafé')).toThrow('Stasjonen «kafé» finnes ikke');
      core.wipeEventSync();
      expect(kioskStationSync(core)).toBe('inngang');
    });
  });

  it('keeps the derived tables as the rules have them on the whole log', () => {
    const dir = eventDir(20);
    withCore(dir, (core) => {
      for (let n = 1; n <= 8; n++) cloakInSync(core, String(100 + n), ref(n), GARDEROBE);
      cloakInSync(core, '300', null, GARDEROBE);
      cloakOutSync(core, '101', GARDEROBE);
      undoLastCloakEventSync(core, 'feil', GARDEROBE);
      cloakOutSync(core, '102', GARDEROBE);
      scanSync(core, ref(1));
      undoLastCheckinSync(core, 'feil person');
      for (let n = 1; n <= 6; n++) serveLunchSync(core, { code: ref(n) }, LUNSJ);
      serveLunchSync(core, { code: null }, LUNSJ);
      undoLastLunchSync(core, 'feil knapp', LUNSJ);
      serveLunchSync(core, { code: ref(1), again: true }, LUNSJ);

      const everything = allEventsSync(dir);
      expect(derivedTablesSync(dir)).toEqual(rulesOn(everything));
      // A tag's events alone, and a guest's alone, say what hangs under the tag and of the guest as the whole log does.
      const whole = deriveCloakroom(everything);
      for (const tag of [101, 102, 103, 300]) expect(deriveCloakroom(tagEventsSync(core, tag)).hanging.get(tag)).toEqual(whole.hanging.get(tag));
      const id = readRawSync(dir, (db) => db.prepare('SELECT id FROM registrant WHERE ref = ?').pluck().get(ref(1)) as string);
      const ofGuest = [...whole.hanging.values()].flat().filter((h) => h.registrantId === id);
      expect([...deriveCloakroom(registrantCloakEventsSync(core, id)).hanging.values()].flat()).toEqual(ofGuest);
      expect(stationCountsSync(core).cloak).toMatchObject({ handedIn: 9, collected: 1, hanging: 8 });
      expect(stationCountsSync(core).lunch).toMatchObject({ served: 7, anonymous: 0, secondServings: 1 });
    });
  });

  it('derives a collection that arrives before the hand-in it names, from another kiosk, once the hand-in comes', () => {
    const dir = eventDir(2);
    withCore(dir, (core) => {
      const at = (minute: number): string => `2026-03-12T09:0${minute}:00.000Z`;
      const base = { kioskName: 'Garderobe', station: 'garderobe' };
      const handIn: LogEvent = { ...base, id: eventId('KIOSKBBB', 1), kioskId: 'KIOSKBBB', seq: 1, at: at(1), kind: 'cloak_in', registrantId: null, details: { tag: 9, by: 'none' } };
      const collect: LogEvent = { ...base, id: eventId('KIOSKAAA', 1), kioskId: 'KIOSKAAA', seq: 1, at: at(2), kind: 'cloak_out', registrantId: null, details: { tag: 9, handIn: handIn.id } };
      const lunch: LogEvent = { ...base, id: eventId('KIOSKAAA', 2), kioskId: 'KIOSKAAA', seq: 2, at: at(3), kind: 'lunch', registrantId: null, details: { by: 'none', again: false } };
      const undoLunch: LogEvent = { ...base, id: eventId('KIOSKAAA', 3), kioskId: 'KIOSKAAA', seq: 3, at: at(4), kind: 'undo', registrantId: null, details: { target: lunch.id, reason: 'feil' } };
      // Applied in kiosk order: A's collection and undone lunch before B's hand-in.
      applyEventsSync(core, [handIn, collect, lunch, undoLunch]);
      expect(derivedTablesSync(dir)).toEqual(rulesOn(allEventsSync(dir)));
      expect(stationCountsSync(core).cloak).toMatchObject({ handedIn: 1, collected: 1, hanging: 0 });
      expect(stationCountsSync(core).lunch.served).toBe(0);
      core.wipeEventSync();
      expect(derivedTablesSync(dir)).toEqual({ handIns: [], lunches: [] });
    });
  });

  it('takes the signed code at both stations, as at the door', () => {
    const dir = eventDir(3);
    withCore(dir, (core) => {
      const { id, code: token } = readRawSync(dir, (db) => db.prepare('SELECT id, code FROM registrant WHERE ref = ?').get(ref(2)) as { id: string; code: string });
      expect(token).toMatch(/^IJ:/);
      expect(cloakInSync(core, '5', token, GARDEROBE)).toMatchObject({ verdict: 'ok', owner: { id } });
      expect(serveLunchSync(core, { code: token }, LUNSJ)).toMatchObject({ verdict: 'ok', registrant: { id } });
      const by = readRawSync(dir, (db) => db.prepare("SELECT json_extract(details, '$.by') FROM log WHERE kind IN ('cloak_in', 'lunch')").pluck().all());
      expect(by).toEqual(['token', 'token']);
    });
  });

  it('refuses a tag another process on the same data directory just handed out', () => {
    const dir = eventDir(3);
    const [one, other] = [Core.openSync(dir), Core.openSync(dir)];
    try {
      expect(cloakInSync(one, '42', ref(1), GARDEROBE).verdict).toBe('ok');
      expect(cloakInSync(other, '42', ref(2), GARDEROBE)).toMatchObject({ verdict: 'tag_in_use', handIns: [{ tag: 42, owner: { name: expect.any(String) as string } }] });
    } finally {
      one.closeSync();
      other.closeSync();
    }
  });

  it('carries the stations on a sync file, with their undos, and the tag range to a kiosk that takes on the event', () => {
    const [from, to] = [eventDir(4), eventDir(4)];
    const content = withCore(from, (core) => {
      updateEventSettingsSync(core, { cloakTags: '1-250' });
      cloakInSync(core, '214', ref(1), GARDEROBE);
      cloakInSync(core, '7', null, GARDEROBE);
      undoLastCloakEventSync(core, 'feil merke', GARDEROBE);
      serveLunchSync(core, { code: ref(2) }, LUNSJ);
      serveLunchSync(core, { code: null }, LUNSJ);
      return { file: syncFileContentSync(core), details: eventDetailsSync(core), counts: stationCountsSync(core) };
    });
    withCore(to, (core) => {
      // The two directories hold events of their own: make the file's event this one's, as a kiosk of the same event would.
      const file = { ...content.file, eventId: core.requireEventSync().id };
      expect(importSyncFileSync(core, JSON.stringify(file), 'pinne.json')).toBe(5);
      applyEventDetailsSync(core, content.details);
      expect(tagRangeSync(core)).toEqual({ first: 1, last: 250 });
      const counts = stationCountsSync(core);
      expect(counts.cloak).toMatchObject({ handedIn: 1, hanging: 1, uncollected: [{ tag: 214 }] });
      expect(counts.lunch).toMatchObject({ served: 2, anonymous: 1 });
      expect(cloakInSync(core, '251', null, GARDEROBE).verdict).toBe('tag_out_of_range');
    });
  });
});
