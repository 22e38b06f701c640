/**
 * The door on a full day: the door's counts on a day of 60,000 events with
 * exits and re-entries, a full room and forced admissions, the queue at the
 * door and admissions from it, walk-ins and notes; and a walk-in registered
 * on one kiosk, visible on another after one sync round each (over HTTPS on
 * 127.0.0.1, the hub in this process).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { walkInRef } from '../../shared/door-day.js';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import { Core } from '../../electron/core/core.js';
import { doorCountsSync } from '../../electron/core/door-day/door-state.js';
import { walkInSync } from '../../electron/core/door-day/walk-in.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { registrantWithArrivalByRefSync } from '../../electron/core/store/registrants-store.js';
import { applyEventsSync } from '../../electron/core/sync/event-exchange.js';
import { joinSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { pairingCodeOf } from '../../electron/core/sync/sync-service.js';
import { startKioskServer } from '../../electron/kiosk-server.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement } from '../figure.js';
import { sampleEachSync } from '../measure.js';

const DAY_EVENTS = 60_000;
const TIMED_COUNTS = 1000;
const WARM_UP_COUNTS = 100;
const WALK_INS = 20;
const LOOPBACK = { host: '127.0.0.1', port: 0 } as const;
const EVENT = { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null } as const;

/** The door's figures of a full day. */
export function doorDayFigures(data: BenchData): Figure[] {
  return [
    {
      name: 'door counts on a full day (exits, queue, walk-ins, forced; 60,000 events)',
      target: { stat: 'p99', underMs: 2 },
      run: async () => data.withFreshCore((core) => countFullDay(core, data)),
    },
    {
      name: 'walk-in on one kiosk visible on another: its sync round, then the other\'s (loopback)',
      run: () => walkInsAcrossKiosks(data),
    },
  ];
}

/**
 * A full day at four entrances: most of the confirmed come, many go out and
 * come back (some scanned out twice), refused scans (already, full), the
 * waitlisted queue and some are let in from the queue, a few forced
 * admissions and undos, walk-ins and notes; in all DAY_EVENTS.
 */
function fullDayOfEvents(confirmed: readonly string[], waitlisted: readonly string[]): LogEvent[] {
  const events: LogEvent[] = [];
  const seqs = new Map<string, number>();
  const add = (kioskId: string, station: string, fields: Pick<LogEvent, 'kind' | 'registrantId' | 'details'>): LogEvent => {
    const seq = (seqs.get(kioskId) ?? 0) + 1;
    seqs.set(kioskId, seq);
    const at = new Date(Date.UTC(2026, 2, 12, 7) + events.length * 400).toISOString();
    const event = { id: eventId(kioskId, seq), kioskId, seq, at, kioskName: `${station} ${kioskId}`, station, ...fields } as LogEvent;
    events.push(event);
    return event;
  };
  const door = (i: number) => `DOOR000${i % 4}`;
  for (let i = 0; events.length < DAY_EVENTS; i++) {
    const round = Math.floor(i / confirmed.length);
    const id = confirmed[i % confirmed.length]!;
    const kiosk = door(i);
    if (round % 2 === 0) {
      const admitted = add(kiosk, 'inngang', { kind: 'checkin', registrantId: id, details: i % 97 === 0 ? { by: 'search', forced: { by: 'Arrangør', reason: 'taler' } } : { by: 'token' } });
      if (i % 50 === 0) add(kiosk, 'inngang', { kind: 'undo', registrantId: id, details: { target: admitted.id, reason: 'feil person' } });
      if (i % 9 === 0) add(kiosk, 'inngang', { kind: 'scan', registrantId: id, details: { by: 'token', verdict: i % 2 === 0 ? 'already' : 'full' } });
    } else {
      add('EXIT0001', 'utgang', { kind: 'exit', registrantId: id, details: { by: 'token' } });
      if (i % 13 === 0) add('EXIT0001', 'utgang', { kind: 'scan', registrantId: id, details: { by: 'token', verdict: 'not_inside' } });
    }
    if (i % 10 === 0) {
      const waiting = waitlisted[(i / 10) % waitlisted.length];
      if (waiting !== undefined) {
        add(kiosk, 'inngang', { kind: 'scan', registrantId: waiting, details: { by: 'token', verdict: 'waitlisted' } });
        if (i % 30 === 0) add('ORGAN001', 'inngang', { kind: 'checkin', registrantId: waiting, details: { by: 'search', waitlist: { reason: '' } } });
      }
    }
    if (i % 200 === 0) {
      const seq = (seqs.get('WALK0001') ?? 0) + 1;
      const walkIn = `WLK${String(i).padStart(5, '0')}`;
      add('WALK0001', 'inngang', { kind: 'walk_in', registrantId: walkIn, details: { ref: walkInRef('WALK0001', seq), name: `Gjest ${i}`, organisation: 'Lesja kommune', email: null } });
      add('WALK0001', 'inngang', { kind: 'checkin', registrantId: walkIn, details: { by: 'ref' } });
    }
    if (i % 500 === 0) add('ORGAN001', 'inngang', { kind: 'note', registrantId: id, details: { note: 'Må vise legitimasjon' } });
  }
  return events;
}

function countFullDay(core: Core, data: BenchData): Measurement {
  importRegistrantsSync(core, data.csv(), { fileName: 'deltakere.csv', dryRun: false });
  const ids = (status: string) => readRawSync(core.dataDir, (db) => db.prepare('SELECT id FROM registrant WHERE status = ? ORDER BY id').pluck().all(status) as string[]);
  core.updateEventSync({ capacity: Math.floor(data.registrants * 0.6) });
  applyEventsSync(core, fullDayOfEvents(ids('confirmed'), ids('waitlisted')));
  const runs = Array.from({ length: WARM_UP_COUNTS + TIMED_COUNTS }, (_, i) => i);
  const samples = sampleEachSync(
    { warmUp: runs.slice(0, WARM_UP_COUNTS), timed: runs.slice(WARM_UP_COUNTS) },
    () => doorCountsSync(core),
    (counts) => {
      if (counts.exits === 0 || counts.walkIns === 0 || counts.waitlistAdmitted === 0 || counts.forced === 0) throw new Error('the day left nothing to count');
    },
  );
  const last = doorCountsSync(core);
  return {
    samples,
    note: `${last.inside} inside of ${last.capacity}, ${last.exits} exits, ${last.reentries} back in, ${last.walkIns} walk-ins, ${last.waitlistAdmitted} from the queue, ${last.waitingAtDoor} waiting, ${last.forced} forced`,
  };
}

/** A hub holding the list in this process, and two kiosks joined to it; each walk-in on the first is timed until the second holds it. */
async function walkInsAcrossKiosks(data: BenchData): Promise<Measurement> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-bench-walk-in-'));
  const hubDir = path.join(root, 'hub');
  const template = Core.openSync(hubDir);
  try {
    template.createEventSync(EVENT);
    importRegistrantsSync(template, data.csv(), { fileName: 'deltakere.csv', dryRun: false });
  } finally {
    template.closeSync();
  }
  const hub = await startKioskServer(hubDir, LOOPBACK, { hub: LOOPBACK });
  const kiosks: Core[] = [];
  try {
    const code = pairingCodeOf(hub.core, hub.hubUrl!);
    for (const name of ['Inngang A', 'Inngang B']) {
      const kiosk = Core.openSync(path.join(root, name));
      kiosks.push(kiosk);
      await joinSync(kiosk, code, name);
    }
    const [here, there] = kiosks as [Core, Core];
    const samples: number[] = [];
    for (let i = 0; i <= WALK_INS; i++) {
      const start = performance.now();
      const { code: ref } = walkInSync(here, { name: `Gjest ${i}`, organisation: 'Lesja kommune', email: null }, undefined);
      await syncWithHub(here);
      await syncWithHub(there);
      const ms = performance.now() - start;
      if (!registrantWithArrivalByRefSync(there, ref)?.arrived_at) throw new Error(`walk-in ${ref} did not reach the other kiosk in one round`);
      // The first is a warm-up.
      if (i > 0) samples.push(ms);
    }
    return { samples, note: `${WALK_INS} walk-ins, each: recorded, the kiosk's round, the other kiosk's round; hub in this process` };
  } finally {
    for (const kiosk of kiosks) kiosk.closeSync();
    await hub.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
