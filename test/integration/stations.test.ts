/**
 * The stations on a real SQLite file: the kiosk's station kept with the
 * kiosk, the stations' reads of the log against the rules derived from the
 * whole log, a token code at both stations, a second kiosk process on the
 * same file, the events on a sync file, and the tag range reaching a joined kiosk.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { deriveCloakroom } from '../../shared/cloakroom.js';
import { deriveServings, dietaryNeeds } from '../../shared/lunch.js';
import { eventFromRow, type LogRow } from '../../electron/core/store/log-store.js';
import { registrantCloakEventsSync, tagEventsSync } from '../../electron/core/store/station-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { deriveAttendance, eventId, type LogEvent } from '../../shared/event-log.js';
import type { StationCounts } from '../../shared/contract.js';
import { Core } from '../../electron/core/core.js';
import { scanSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { exitSync } from '../../electron/core/door-day/exit.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { cloakInSync, cloakOutSync, tagRangeSync, undoLastCloakEventSync } from '../../electron/core/stations/cloakroom.js';
import { kioskStationSync, setKioskStationSync } from '../../electron/core/stations/kiosk-station.js';
import { lunchListSync, serveLunchSync, undoLastLunchSync } from '../../electron/core/stations/lunch.js';
import { doorListSync } from '../../electron/core/door-list.js';
import { DoorReplica } from '../../shared/door-replica.js';
import { lunchCopyOf, lunchVerdict } from '../../shared/station-replica.js';
import { stationCountsSync } from '../../electron/core/stations/station-counts.js';
import { applyEventDetailsSync, eventDetailsSync } from '../../electron/core/sync/event-details.js';
import { importSyncFileSync, syncFileContentSync } from '../../electron/core/sync/sync-file.js';
import { eventDir } from '../helpers/kiosk-cluster.js';
import { readRawSync, writeRawSync } from '../helpers/raw-database.js';
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

/** The stations' counts as the rules on the whole log and the list have them, as the counts order them. */
function countsByTheRulesSync(dir: string): StationCounts {
  const events = allEventsSync(dir);
  const registrants = readRawSync(dir, (db) => db.prepare('SELECT id, name, organisation, dietary FROM registrant').all() as { id: string; name: string; organisation: string | null; dietary: string | null }[]);
  const byId = new Map(registrants.map((r) => [r.id, r]));
  const attendance = new Map(registrants.map((r) => [r.id, deriveAttendance(events.filter((e) => e.registrantId === r.id))]));
  const arrived = registrants.filter((r) => attendance.get(r.id)!.arrival !== null);
  const servings = deriveServings(events);
  const eaters = new Set(servings.map((s) => s.registrantId).filter((id) => id !== null));
  // Expected at lunch: let in, and inside now or fed already.
  const expected = arrived.filter((r) => attendance.get(r.id)!.inside || eaters.has(r.id));
  const cloakroom = deriveCloakroom(events);
  const owner = (id: string | null) => {
    const r = id === null ? undefined : byId.get(id);
    return r ? { id: r.id, name: r.name, organisation: r.organisation } : null;
  };
  const uncollected = [...cloakroom.hanging.values()]
    .flat()
    .sort((a, b) => a.tag - b.tag || a.at.localeCompare(b.at))
    .map((h) => {
      const registrant = owner(h.registrantId);
      // Left: let in, and gone out since.
      const ownerLeft = registrant === null ? null : attendance.get(registrant.id)!.arrival !== null && !attendance.get(registrant.id)!.inside;
      return { tag: h.tag, registrant, at: h.at, kiosk: h.kioskName, ownerLeft };
    });
  const needs = new Map<string, { need: string; expected: number; served: number }>();
  for (const r of expected) {
    for (const need of dietaryNeeds(r.dietary)) {
      const entry = needs.get(need) ?? needs.set(need, { need, expected: 0, served: 0 }).get(need)!;
      entry.expected += 1;
      if (eaters.has(r.id)) entry.served += 1;
    }
  }
  const arrivedEaters = arrived.filter((r) => eaters.has(r.id)).length;
  return {
    cloak: {
      handedIn: cloakroom.handIns.length,
      collected: cloakroom.handIns.filter((h) => h.collected).length,
      hanging: uncollected.length,
      uncollected,
      flagged: cloakroom.flagged.slice(),
      // The event's settings as eventDir leaves them: the default tags, and the end of the day in Oslo (winter time).
      range: { first: 1, last: 800 },
      closesAt: '2026-03-12T14:30:00.000Z',
    },
    lunch: {
      served: servings.length,
      anonymous: servings.filter((s) => s.registrantId === null).length,
      secondServings: servings.filter((s) => s.again).length,
      expected: expected.length,
      leftToServe: expected.length - arrivedEaters,
      notCheckedIn: eaters.size - arrivedEaters,
      dietary: [...needs.values()].sort((a, b) => b.expected - a.expected || a.need.localeCompare(b.need, 'nb')),
    },
  };
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

  it('keeps the running totals of the counts as the rules on the whole log and the list have them', () => {
    const dir = eventDir(30);
    // Dietary needs for the first twelve, some written alike, so the kitchen's summary has something to count.
    const needs = ['Glutenfri', 'glutenfri, laktosefri', 'Vegetar', 'Nøtteallergi og vegetar'];
    writeRawSync(dir, (db) => {
      for (let n = 1; n <= 12; n++) db.prepare('UPDATE registrant SET dietary = ? WHERE ref = ?').run(needs[n % needs.length], ref(n));
    });
    withCore(dir, (core) => {
      for (let n = 1; n <= 10; n++) scanSync(core, ref(n));
      undoLastCheckinSync(core, 'feil person');
      for (let n = 1; n <= 6; n++) serveLunchSync(core, { code: ref(n) }, LUNSJ);
      serveLunchSync(core, { code: ref(20) }, LUNSJ);
      serveLunchSync(core, { code: null }, LUNSJ);
      serveLunchSync(core, { code: ref(2), again: true }, LUNSJ);
      undoLastLunchSync(core, 'feil knapp', LUNSJ);
      serveLunchSync(core, { code: ref(3), again: true }, LUNSJ);
      for (let n = 1; n <= 5; n++) cloakInSync(core, String(100 + n), ref(n), GARDEROBE);
      cloakInSync(core, '7', null, GARDEROBE);
      cloakOutSync(core, '102', GARDEROBE);
      expect(stationCountsSync(core)).toEqual(countsByTheRulesSync(dir));

      // Going out: after lunch still expected; without lunch not, until back in.
      // Those let in, the fed first: the first fed, the last two not.
      const inside = readRawSync(dir, (db) =>
        db.prepare('SELECT ref FROM registrant JOIN attendance ON registrant_id = id ORDER BY id IN (SELECT registrant_id FROM lunch_serving WHERE registrant_id IS NOT NULL) DESC, ref').pluck().all(),
      ) as string[];
      const [fed, hungry, smoker] = [inside[0], ...inside.slice(-2)];
      const lunchNow = () => stationCountsSync(core).lunch;
      const before = lunchNow();
      expect(before.leftToServe).toBe(2);
      for (const code of [fed!, hungry!, smoker!]) expect(exitSync(core, code).verdict).toBe('goodbye');
      expect(lunchNow()).toMatchObject({ expected: before.expected - 2, leftToServe: 0 });
      expect(scanSync(core, smoker!).verdict).toBe('welcome_back');
      expect(lunchNow()).toMatchObject({ expected: before.expected - 1, leftToServe: 1 });
      expect(stationCountsSync(core)).toEqual(countsByTheRulesSync(dir));
      // The closing list says whose owner has left: the first fed has tag 101; tag 7 has no owner.
      expect(fed).toBe(ref(1));
      const closing = new Map(stationCountsSync(core).cloak.uncollected.map((u) => [u.tag, u.ownerLeft]));
      expect([closing.get(101), closing.get(103), closing.get(7)]).toEqual([true, false, null]);

      // Another kiosk's day arrives in one batch: its arrivals, a lunch of someone this kiosk let in, the same tag handed out again.
      const ids = readRawSync(dir, (db) => db.prepare('SELECT id FROM registrant WHERE ref IN (?, ?, ?) ORDER BY ref').pluck().all(ref(11), ref(12), ref(1)) as string[]);
      const other = { kioskId: 'KIOSKBBB', kioskName: 'Inngang 2' };
      const at = (minute: number): string => `2026-03-12T09:${String(minute).padStart(2, '0')}:00.000Z`;
      const batch: LogEvent[] = [
        { ...other, id: eventId('KIOSKBBB', 1), seq: 1, at: at(1), station: 'inngang', kind: 'checkin', registrantId: ids[1]!, details: { by: 'ref' } },
        { ...other, id: eventId('KIOSKBBB', 2), seq: 2, at: at(2), station: 'inngang', kind: 'checkin', registrantId: ids[2]!, details: { by: 'ref' } },
        { ...other, id: eventId('KIOSKBBB', 3), seq: 3, at: at(3), station: 'inngang', kind: 'undo', registrantId: ids[2]!, details: { target: eventId('KIOSKBBB', 2), reason: 'feil' } },
        { ...other, id: eventId('KIOSKBBB', 4), seq: 4, at: at(4), station: 'lunsj', kind: 'lunch', registrantId: ids[0]!, details: { by: 'ref', again: false } },
        { ...other, id: eventId('KIOSKBBB', 5), seq: 5, at: at(5), station: 'garderobe', kind: 'cloak_in', registrantId: ids[1]!, details: { tag: 101, by: 'ref' } },
      ];
      applyEventsSync(core, batch);
      expect(stationCountsSync(core)).toEqual(countsByTheRulesSync(dir));
      expect(stationCountsSync(core).cloak.flagged).toEqual([101]);
    });

    // Another process changes the list: a guest's dietary needs and an owner's name; the counts follow.
    writeRawSync(dir, (db) => {
      db.prepare("UPDATE registrant SET dietary = 'Laktosefri' WHERE ref = ?").run(ref(4));
      db.prepare("UPDATE registrant SET name = 'Kari Nyttnavn' WHERE ref = ?").run(ref(5));
    });
    withCore(dir, (core) => {
      const counts = stationCountsSync(core);
      expect(counts).toEqual(countsByTheRulesSync(dir));
      expect(counts.cloak.uncollected.find((u) => u.tag === 105)?.registrant?.name).toBe('Kari Nyttnavn');
      expect(counts.lunch.dietary.find((d) => d.need === 'Laktosefri')).toMatchObject({ expected: 2 });
      core.wipeEventSync();
      expect(readRawSync(dir, (db) => ['cloak_uncollected', 'lunch_guest', 'dietary_total'].map((t) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get()))).toEqual([0, 0, 0]);
    });
  });

  it("gives the lunch counter's screen copies from which it reaches the core's verdict for each guest", () => {
    const dir = eventDir(12);
    writeRawSync(dir, (db) => {
      for (let n = 1; n <= 6; n++) db.prepare('UPDATE registrant SET dietary = ? WHERE ref = ?').run(n % 2 ? 'Glutenfri, vegetar' : 'nei', ref(n));
    });
    withCore(dir, (core) => {
      // Let in at the door, which is another kiosk than the lunch counter's.
      for (let n = 1; n <= 4; n++) scanSync(core, ref(n), { kioskName: 'Inngang 1' });
      for (const n of [1, 2, 5]) serveLunchSync(core, { code: ref(n) }, LUNSJ);
      serveLunchSync(core, { code: ref(2), again: true }, LUNSJ);
      const list = lunchListSync(core);
      expect(list.dietary.map((d) => d.needs)).toEqual([['Glutenfri', 'Vegetar'], ['Glutenfri', 'Vegetar'], ['Glutenfri', 'Vegetar']]);
      expect(list.servings).toHaveLength(4);
      const lunchCopy = lunchCopyOf(list);
      const door = new DoorReplica(doorListSync(core));
      const decided: string[] = [];
      for (const code of [...[1, 2, 3, 4, 5, 6].map(ref), 'LDK-999999']) {
        const now = new Date();
        const found = door.scanVerdict(code, now, undefined)!;
        const fromCopies = lunchVerdict(lunchCopy, found, false, { at: now.toISOString(), kiosk: 'Lunsj 1' });
        // Asking the core for a first lunch records one; a second lunch it only warns of.
        const fromCore = serveLunchSync(core, { code }, { ...LUNSJ, kioskName: 'Lunsj 1' });
        if (fromCopies === null) {
          // Only where the door's verdict does not say whether the guest arrived.
          expect(['waitlisted', 'cancelled']).toContain(found.verdict);
          continue;
        }
        expect(fromCore).toEqual({ ...fromCopies, at: expect.any(String) as string });
        decided.push(fromCore.verdict);
      }
      expect(decided).toContain('second_lunch');
      expect(decided).toContain('ok');
      expect(decided).toContain('invalid');
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

  it("gives counts derived once per change: again while nothing changed, afresh after this kiosk's or another process's write", () => {
    const dir = eventDir(3);
    const [one, other] = [Core.openSync(dir), Core.openSync(dir)];
    try {
      const before = stationCountsSync(one);
      expect(stationCountsSync(one)).toBe(before);
      cloakInSync(one, '7', ref(1), GARDEROBE);
      const afterOwn = stationCountsSync(one);
      expect(afterOwn.cloak.hanging).toBe(before.cloak.hanging + 1);
      serveLunchSync(other, { code: ref(2) }, LUNSJ);
      expect(stationCountsSync(one).lunch.served).toBe(afterOwn.lunch.served + 1);
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
