/**
 * Several kiosks of one event for the sync tests: a hub serving HTTPS on
 * 127.0.0.1, kiosks joined by its pairing code, and what to compare between
 * them once they have synced.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { deriveAttendance, type Attendance } from '../../shared/event-log.js';
import { registrantEventsSync } from '../../electron/core/store/log-store.js';
import { Core } from '../../electron/core/core.js';
import { createDemoEventSync, DEMO_REGISTRANTS } from '../../electron/core/demo.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from '../../electron/core/fictitious-registrants.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { conflictsSync, type Conflict } from '../../electron/core/sync/conflicts.js';
import { joinSync } from '../../electron/core/sync/sync-client.js';
import { pairingCodeOf } from '../../electron/core/sync/sync-service.js';
import { startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { apiClient } from './http.js';
import { readRawSync } from './raw-database.js';
import { tempDir } from './temp-dir.js';

/** Every address in these tests: nothing leaves the machine. */
export const LOOPBACK = '127.0.0.1';

/** Imports `count` fictitious registrants, numbered LDK-000001 on: a longer list keeps a shorter one's numbers and adds more. */
export function importFictitiousSync(core: Core, count: number): void {
  const csv = fictitiousRegistrantsCsv(generateFictitiousRegistrants(count));
  importRegistrantsSync(core, new TextEncoder().encode(csv), { fileName: 'deltakere.csv', dryRun: false });
}

/** A new data directory holding an event with `registrants` fictitious registrants. */
export function eventDir(registrants: number): string {
  const dir = tempDir();
  const core = Core.openSync(dir);
  try {
    core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
    importFictitiousSync(core, registrants);
  } finally {
    core.closeSync();
  }
  return dir;
}

/** A data directory served as a hub, in this process. */
export interface RunningHub {
  readonly kiosk: RunningKiosk;
  readonly core: Core;
  /** https://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly code: string;
  close(): Promise<void>;
}

/** Serves a data directory as the hub on 127.0.0.1 (port 0: any free one); background sync never runs on a hub. */
export async function startHub(dataDir: string, port = 0): Promise<RunningHub> {
  const kiosk = await startKioskServer(dataDir, { host: LOOPBACK, port: 0 }, { hub: { host: LOOPBACK, port } });
  const url = kiosk.hubUrl!;
  return { kiosk, core: kiosk.core, url, port: Number(new URL(url).port), code: pairingCodeOf(kiosk.core, url), close: () => kiosk.close() };
}

/** A new kiosk joined to the hub by its pairing code, open in this process. */
export async function joinedKiosk(code: string, kioskName: string): Promise<Core> {
  const core = Core.openSync(tempDir());
  await joinSync(core, code, kioskName);
  return core;
}

/** The id of every event a kiosk holds, sorted. */
export function eventIdsSync(core: Core): string[] {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT id FROM log ORDER BY id').pluck().all() as string[]);
}

/** Kiosks whose log has a gap: fewer events than the highest sequence number held. */
export function kiosksWithGapsSync(core: Core): string[] {
  const rows = readRawSync(
    core.dataDir,
    (db) => db.prepare('SELECT kiosk_id, COUNT(*) AS n, MAX(seq) AS top FROM log GROUP BY kiosk_id').all() as { kiosk_id: string; n: number; top: number }[],
  );
  return rows.filter((r) => r.n !== r.top).map((r) => r.kiosk_id);
}

/** One row per arrived registrant: the admission that counts and how many more there were. */
export interface AttendanceRow {
  readonly registrantId: string;
  readonly checkinId: string;
  readonly duplicates: number;
}

/** The attendance table, by registrant. */
export function attendanceSync(core: Core): AttendanceRow[] {
  return readRawSync(
    core.dataDir,
    (db) => db.prepare('SELECT registrant_id AS registrantId, checkin_id AS checkinId, duplicates FROM attendance ORDER BY registrant_id').all() as AttendanceRow[],
  );
}

/** Everything a kiosk's record of the day consists of, to compare kiosks by. */
interface KioskRecord {
  readonly events: string[];
  readonly gaps: string[];
  readonly attendance: AttendanceRow[];
  readonly derived: Attendance[];
  readonly conflicts: Conflict[];
}

function recordSync(core: Core): KioskRecord {
  const registrants = readRawSync(core.dataDir, (db) => db.prepare('SELECT id FROM registrant ORDER BY id').pluck().all() as string[]);
  return {
    events: eventIdsSync(core),
    gaps: kiosksWithGapsSync(core),
    attendance: attendanceSync(core),
    derived: registrants.map((id) => deriveAttendance(registrantEventsSync(core, id))),
    conflicts: conflictsSync(core),
  };
}

/** Expects every kiosk to hold the same events without gaps, and so the same arrivals and conflicts. */
export function expectSameRecord(cores: readonly Core[]): void {
  const [first, ...rest] = cores.map(recordSync);
  expect(first?.gaps).toEqual([]);
  rest.forEach((record, i) => expect(record, `kiosk ${i + 1} differs from kiosk 0`).toEqual(first));
}

/** Polls `check` until it returns a value other than undefined; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** The registration numbers of the demo's confirmed registrants: codes every kiosk of the demo event admits. */
export function demoConfirmedRefs(): string[] {
  return generateFictitiousRegistrants(DEMO_REGISTRANTS)
    .filter((r) => r.status === 'Påmeldt')
    .map((r) => r.ref);
}

/** What `innsjekk serve --json` prints. */
export interface ServeLine {
  readonly url: string;
  readonly kioskUrl: string;
  readonly hubUrl: string | null;
  readonly pairingCode: string | null;
}

/** The HTTP API of a served kiosk, with the event key its kiosk address carries. */
export function kioskApi(served: ServeLine): ReturnType<typeof apiClient> {
  const key = new URL(served.kioskUrl).hash.replace(/^#key=/, '');
  return apiClient(served.url, { key });
}

/** A kiosk server on loopback for the demo event in a new data directory, with the event's key. */
export async function startDemoKiosk(): Promise<{ readonly dir: string; readonly key: string; readonly kiosk: RunningKiosk }> {
  const dir = tempDir();
  const core = Core.openSync(dir);
  let key: string;
  try {
    createDemoEventSync(core);
    key = core.requireEventSync().eventKey;
  } finally {
    core.closeSync();
  }
  return { dir, key, kiosk: await startKioskServer(dir, { host: LOOPBACK, port: 0 }) };
}
