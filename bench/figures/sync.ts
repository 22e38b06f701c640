/**
 * Kiosks sharing arrivals over HTTPS on 127.0.0.1: a new kiosk joining a hub
 * that holds the whole list, ten kiosks' offline scans converging once the
 * network returns, and the hub's rounds while scans keep arriving.
 */
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { REPEAT_WINDOW_MS } from '../../shared/admission.js';
import { parsePairingCode, type VersionVector } from '../../shared/sync-protocol.js';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { hubSync } from '../../electron/core/store/hub-store.js';
import { versionVectorSync } from '../../electron/core/store/log-store.js';
import { adoptSnapshotSync, fetchSnapshot, joinSync, syncWithHub } from '../../electron/core/sync/sync-client.js';
import { pairingCodeOf } from '../../electron/core/sync/sync-service.js';
import { startKioskServer } from '../../electron/kiosk-server.js';
import { readRawSync } from '../../test/helpers/raw-database.js';
import type { BenchData } from '../bench-data.js';
import type { KioskCommand, KioskReport } from '../kiosk-process.js';
import { sumTallies, type ScanTally } from '../scan-tally.js';
import type { Figure, Measurement } from '../figure.js';
import { formatMs } from '../report.js';
import { median } from '../stats.js';

const LOOPBACK = { host: '127.0.0.1', port: 0 } as const;
const EVENT = { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null } as const;
// This module runs from dist/bench/figures/, next to the built command.
const CLI = fileURLToPath(new URL('../../electron/cli.js', import.meta.url));
const KIOSK_PROCESS = fileURLToPath(new URL('../kiosk-process.js', import.meta.url));
/** Each figure stays within about a minute at 20,000 registrants on two cores (the converge figure's three runs take about that). */
const BUDGET_MS = 70_000;

const JOINS = 3;
const CONVERGE_RUNS = 3;
const CONVERGE_KIOSKS = 10;
const OFFLINE_SCANS = 2000;
/** Scans on each kiosk while still online, synced before the network goes: the kiosks' code is warm, as at a real door. */
const ONLINE_SCANS = 200;
/** Two rounds suffice (up, then down); more means something is wrong. */
const MAX_ROUNDS = 10;
const ROUND_KIOSKS = 20;
const ROUND_INTERVAL_MS = 2000;
const SCANS_PER_SECOND = 20;
const ROUND_WINDOW_MS = 24_000;

/** The sync figures on the generated list. */
export function syncFigures(data: BenchData): Figure[] {
  const rows = data.registrants.toLocaleString('en-US');
  return [
    {
      name: `join: new kiosk joins a hub with ${rows} registrants (loopback)`,
      target: { stat: 'median', underMs: 2000 },
      run: () => joins(data),
    },
    {
      name: `converge: ${CONVERGE_KIOSKS} kiosks × ${OFFLINE_SCANS.toLocaleString('en-US')} unsynced scans`,
      target: { stat: 'median', underMs: 2000 },
      run: () => converge(data),
    },
    {
      name: `hub sync round, ${ROUND_KIOSKS} kiosks every ${ROUND_INTERVAL_MS / 1000} s while ${SCANS_PER_SECOND} scans/s arrive`,
      target: { stat: 'p99', underMs: 50 },
      run: () => hubRounds(data),
    },
  ];
}

/**
 * A figure's temporary folder: the hub's data directory (the event and the
 * whole list, imported once and copied for each hub) and the kiosks' beside it.
 */
class Scratch {
  private readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-bench-sync-'));
  private readonly template: string;
  private dirs = 0;

  constructor(data: BenchData) {
    this.template = this.dir();
    const core = Core.openSync(this.template);
    try {
      core.createEventSync(EVENT);
      importRegistrantsSync(core, data.csv(), { fileName: 'deltakere.csv', dryRun: false });
    } finally {
      core.closeSync();
    }
  }

  /** A path for a new data directory. */
  dir(): string {
    return path.join(this.root, `data-${++this.dirs}`);
  }

  /** A new hub data directory holding the list and no log events. */
  hubDir(): string {
    const dir = this.dir();
    fs.cpSync(this.template, dir, { recursive: true });
    return dir;
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

async function withScratch<T>(data: BenchData, work: (scratch: Scratch) => Promise<T>): Promise<T> {
  const scratch = new Scratch(data);
  try {
    return await work(scratch);
  } finally {
    scratch.remove();
  }
}

/**
 * Runs `run` the given number of times, or once when the first run says that
 * all of them would take the figure past the time budget; the note says so.
 */
export async function repeatWithinBudget<T>(runs: number, run: () => Promise<T>): Promise<{ results: T[]; note: string | undefined }> {
  const start = performance.now();
  const results = [await run()];
  const estimate = (performance.now() - start) * runs;
  if (estimate > BUDGET_MS) return { results, note: `${runs} runs would take about ${formatMs(estimate)}` };
  while (results.length < runs) results.push(await run());
  return { results, note: undefined };
}

/**
 * Serves the list from a hub in this process for `work`, which gets a
 * function that joins a new kiosk (a fresh data directory) to it, as
 * `innsjekk join` would, and resolves to how long the join took.
 */
export async function withJoinableHub<T>(data: BenchData, work: (join: () => Promise<number>) => Promise<T>): Promise<T> {
  return withScratch(data, async (scratch) => {
    const hub = await startKioskServer(scratch.hubDir(), LOOPBACK, { hub: LOOPBACK });
    try {
      const code = pairingCodeOf(hub.core, hub.hubUrl!);
      return await work(async () => {
        const kiosk = Core.openSync(scratch.dir());
        try {
          const start = performance.now();
          const joined = await joinSync(kiosk, code);
          const ms = performance.now() - start;
          if (joined.registrants !== data.registrants) throw new Error(`the kiosk got ${joined.registrants} registrants, expected ${data.registrants}`);
          return ms;
        } finally {
          kiosk.closeSync();
        }
      });
    } finally {
      await hub.close();
    }
  });
}

async function joins(data: BenchData): Promise<Measurement> {
  return withJoinableHub(data, async (join) => {
    await join();
    const samples: number[] = [];
    for (let i = 0; i < JOINS; i++) samples.push(await join());
    return { samples, note: 'snapshot over HTTPS, then stored; hub in this process; after 1 warm-up join' };
  });
}

/** `innsjekk serve --hub` running in a process of its own. */
interface HubProcess {
  readonly pairingCode: string;
  /** CPU milliseconds the hub has used so far; null where the system does not tell (no /proc). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/** CPU milliseconds a process has used, from Linux's /proc; null elsewhere. */
function processCpuMs(pid: number): number | null {
  try {
    // Fields 14 and 15 after the command name in parentheses: user and system time in clock ticks (100 a second).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Starts the hub in its own process, so the kiosks' work in this one cannot hold up its event loop. */
async function startHubProcess(dataDir: string): Promise<HubProcess> {
  const args = ['serve', '--hub', '--host', LOOPBACK.host, '--port', '0', '--kiosk-port', '0', '--json', '--data-dir', dataDir];
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const [line] = (await Promise.race([
      once(readline.createInterface({ input: child.stdout }), 'line'),
      exited.then(([code]) => Promise.reject(new Error(`innsjekk serve --hub ended (${String(code)}): ${stderr}`))),
    ])) as [string];
    const { pairingCode } = JSON.parse(line) as { pairingCode: string | null };
    if (!pairingCode) throw new Error(`innsjekk serve --hub printed no pairing code: ${line}`);
    return { pairingCode, cpuMs: () => processCpuMs(child.pid!), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Kiosks in this process, each in a data directory of its own, joined to the
 * hub. The hub's snapshot is fetched once and stored by each: the join figure
 * times whole joins, and here they would only make the figure's setup long.
 */
async function joinKiosks(scratch: Scratch, pairingCode: string, count: number): Promise<Core[]> {
  const pairing = parsePairingCode(pairingCode);
  // The code holds the event key: it stays out of the message.
  if (!pairing) throw new Error('the hub gave no valid pairing code');
  const received = await fetchSnapshot(pairing);
  const kiosks: Core[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const kiosk = Core.openSync(scratch.dir());
      kiosks.push(kiosk);
      // On its own machine a kiosk waits for its own disk; here one kiosk's fsync would stall all the others.
      kiosk.setSynchronousSync('NORMAL');
      adoptSnapshotSync(kiosk, pairing, received, `Kiosk ${i + 1}`);
    }
    return kiosks;
  } catch (error) {
    closeAll(kiosks);
    throw error;
  }
}

function closeAll(kiosks: readonly Core[]): void {
  for (const kiosk of kiosks) kiosk.closeSync();
}

/** Every registrant's code, waitlisted and cancelled ones too: their scans are logged as well. */
function registrantCodes(kiosk: Core): string[] {
  return readRawSync(kiosk.dataDir, (db) => db.prepare('SELECT code FROM registrant ORDER BY id').pluck().all() as string[]);
}

function sameVector(a: VersionVector, b: VersionVector): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

async function converge(data: BenchData): Promise<Measurement> {
  return withScratch(data, async (scratch) => {
    const { results, note } = await repeatWithinBudget(CONVERGE_RUNS, () => convergeOnce(scratch));
    const rounds = [...new Set(results.map((r) => r.rounds))].join(' or ');
    const events = [...new Set(results.map((r) => r.scans.recorded.toLocaleString('en-US')))].join(' or ');
    const welcomedAgain = [...new Set(results.map((r) => r.scans.welcomedAgain))].join(' or ');
    const scans = results[0]!.scans.scanned.toLocaleString('en-US');
    const cpuOf = (values: readonly number[]): string => formatMs(median([...values].sort((a, b) => a - b)));
    const hubCpu = results.every((r) => r.hubCpuMs !== null) ? `, the hub's ${cpuOf(results.map((r) => r.hubCpuMs!))}` : '';
    return {
      samples: results.map((r) => r.ms),
      note: [
        `${events} events, ${rounds} rounds of all kiosks at once; hub and each kiosk in a process of its own, fresh each run`,
        // A list shorter than the scans brings a kiosk back to people it admitted itself, perhaps only seconds before.
        `of ${scans} scans ${welcomedAgain} were a kiosk's own admission again within ${REPEAT_WINDOW_MS / 1000} s: welcomed, no new event`,
        `CPU time: the ${CONVERGE_KIOSKS} kiosks' together ${cpuOf(results.map((r) => r.kioskCpuMs))}${hubCpu}, on ${os.availableParallelism()} cores`,
        note,
      ]
        .filter(Boolean)
        .join('; '),
    };
  });
}

/**
 * Joins the kiosks, each in a process of its own; they scan and sync for a
 * while (as at the door before the network went), then scan offline; times
 * the rounds from the moment the network returns.
 */
async function convergeOnce(scratch: Scratch): Promise<{ ms: number; rounds: number; scans: ScanTally; kioskCpuMs: number; hubCpuMs: number | null }> {
  const hub = await startHubProcess(scratch.hubDir());
  try {
    const joined = await joinKiosks(scratch, hub.pairingCode, CONVERGE_KIOSKS);
    const codes = registrantCodes(joined[0]!);
    closeAll(joined);
    const kiosks = await Promise.all(joined.map((kiosk) => startKioskProcess(kiosk.dataDir)));
    try {
      // Distinct people on each kiosk; a list shorter than all the scans repeats people across kiosks (flagged duplicates).
      let next = 0;
      const tallies: ScanTally[] = [];
      /** Scans on every kiosk; the kiosks must then agree on the events all the scans so far stored. */
      const scanOnEach = async (count: number): Promise<number> => {
        tallies.push(...(await Promise.all(kiosks.map((kiosk) => kiosk.scan(Array.from({ length: count }, () => codes[next++ % codes.length]!))))));
        const scans = sumTallies(tallies);
        // Every code is a registrant's: a scan that stored nothing, other than a repeated welcome, is a scan lost.
        const unexplained = scans.scanned - scans.recorded - scans.welcomedAgain;
        if (unexplained > 0) throw new Error(`${unexplained} scans stored no event and were not a kiosk's own welcome repeated`);
        return scans.recorded;
      };
      const syncAll = (): Promise<KioskReport[]> => Promise.all(kiosks.map((kiosk) => kiosk.sync()));
      await roundsUntilConverged(syncAll, await scanOnEach(ONLINE_SCANS));
      const recorded = await scanOnEach(OFFLINE_SCANS);
      const hubCpuBefore = hub.cpuMs();
      const start = performance.now();
      const { rounds, cpuMs } = await roundsUntilConverged(syncAll, recorded);
      const ms = performance.now() - start;
      const hubCpuAfter = hub.cpuMs();
      return {
        ms,
        rounds,
        scans: sumTallies(tallies),
        kioskCpuMs: cpuMs,
        hubCpuMs: hubCpuBefore === null || hubCpuAfter === null ? null : hubCpuAfter - hubCpuBefore,
      };
    } finally {
      await Promise.all(kiosks.map((kiosk) => kiosk.stop()));
    }
  } finally {
    await hub.stop();
  }
}

/** A kiosk in a process of its own (bench/kiosk-process.ts). */
interface KioskProcess {
  scan(codes: readonly string[]): Promise<ScanTally>;
  sync(): Promise<KioskReport>;
  stop(): Promise<void>;
}

async function startKioskProcess(dataDir: string): Promise<KioskProcess> {
  const child = fork(KIOSK_PROCESS, [dataDir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = once(child, 'exit');
  const failed = exited.then(([code]) => Promise.reject(new Error(`a kiosk process ended (${String(code)})`)));
  failed.catch(() => {});
  const ask = async <T>(command: KioskCommand): Promise<T> => {
    child.send(command);
    const [answer] = (await Promise.race([once(child, 'message'), failed])) as [T];
    return answer;
  };
  await Promise.race([once(child, 'message'), failed]);
  return {
    scan: (codes) => ask<ScanTally>({ scan: codes }),
    sync: () => ask<KioskReport>('sync'),
    stop: async () => {
      if (child.connected) child.send('exit' satisfies KioskCommand);
      await exited;
    },
  };
}

/**
 * Sync rounds of all kiosks at once (`syncAll`) until every kiosk holds the
 * same events and the hub's last answers say it holds them too. Returns the
 * rounds taken and the CPU time the kiosks reported, all of them together.
 */
async function roundsUntilConverged(syncAll: () => Promise<readonly KioskReport[]>, expectedEvents: number): Promise<{ rounds: number; cpuMs: number }> {
  let cpuMs = 0;
  for (let rounds = 1; rounds <= MAX_ROUNDS; rounds++) {
    const reports = await syncAll();
    cpuMs += reports.reduce((sum, r) => sum + r.cpuMs, 0);
    const { vector } = reports[0]!;
    if (reports.every((r) => sameVector(r.vector, vector) && sameVector(r.hubVector, vector))) {
      const events = Object.values(vector).reduce((sum, seq) => sum + seq, 0);
      if (events !== expectedEvents) throw new Error(`the kiosks agree on ${events} events, expected ${expectedEvents}`);
      return { rounds, cpuMs };
    }
  }
  throw new Error(`the kiosks had not converged after ${MAX_ROUNDS} rounds`);
}

/** A round of all kiosks in this process at once; CPU time is not told apart here. */
function syncInProcess(kiosks: readonly Core[]): () => Promise<KioskReport[]> {
  return () =>
    Promise.all(
      kiosks.map(async (kiosk) => {
        await syncWithHub(kiosk);
        return { vector: versionVectorSync(kiosk), hubVector: hubSync(kiosk)!.vector, cpuMs: 0 };
      }),
    );
}

async function hubRounds(data: BenchData): Promise<Measurement> {
  return withScratch(data, async (scratch) => {
    const hub = await startHubProcess(scratch.hubDir());
    try {
      const kiosks = await joinKiosks(scratch, hub.pairingCode, ROUND_KIOSKS);
      try {
        // An untimed first round each: the hub meets every kiosk, and the code on both sides is warm.
        await Promise.all(kiosks.map((kiosk) => syncWithHub(kiosk)));
        const codes = registrantCodes(kiosks[0]!);
        const start = performance.now();
        const end = start + ROUND_WINDOW_MS;
        const scanning = scanSteadily(kiosks, codes, start, end);
        const rounds = Promise.all(kiosks.map((kiosk, k) => roundsEvery(kiosk, start + (k * ROUND_INTERVAL_MS) / ROUND_KIOSKS, end)));
        // Both run to their end before the kiosks close, whichever fails.
        await Promise.allSettled([scanning, rounds]);
        const [scans, samples] = await Promise.all([scanning, rounds]);
        await roundsUntilConverged(syncInProcess(kiosks), scans);
        return {
          samples: samples.flat(),
          note: `a round = syncWithHub as the kiosk sees it, a new TLS connection each; ${scans} scans in ${ROUND_WINDOW_MS / 1000} s; hub in its own process, kiosks in this one without fsync`,
        };
      } finally {
        closeAll(kiosks);
      }
    } finally {
      await hub.stop();
    }
  });
}

/** Scans distinct people at a steady rate, on each kiosk in turn; resolves to the number of scans. */
async function scanSteadily(kiosks: readonly Core[], codes: readonly string[], start: number, end: number): Promise<number> {
  const gapMs = 1000 / SCANS_PER_SECOND;
  let scans = 0;
  for (let at = start; at < end; at += gapMs) {
    await sleep(Math.max(0, at - performance.now()));
    scanSync(kiosks[scans % kiosks.length]!, codes[scans % codes.length]!);
    scans++;
  }
  return scans;
}

/** A kiosk's rounds with the hub every interval from `first` until `end`, each timed. */
async function roundsEvery(kiosk: Core, first: number, end: number): Promise<number[]> {
  const samples: number[] = [];
  for (let at = first; at < end; at += ROUND_INTERVAL_MS) {
    await sleep(Math.max(0, at - performance.now()));
    const start = performance.now();
    await syncWithHub(kiosk);
    samples.push(performance.now() - start);
  }
  return samples;
}
