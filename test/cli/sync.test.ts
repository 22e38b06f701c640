/**
 * Kiosks as separate processes with data directories of their own, as on the
 * day: a hub and two kiosks serving on 127.0.0.1 and syncing in the
 * background; the hub stopped and started again while the kiosks keep
 * scanning; sync files carried between two kiosks with no network; joining
 * with a bad pairing code; and leaving the event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrantRow } from '../../shared/report/report-model.js';
import { formatPairingCode, parsePairingCode } from '../../shared/sync-protocol.js';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { DATABASE_FILE } from '../../electron/core/database.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { conflictsSync, type Conflict } from '../../electron/core/sync/conflicts.js';
import { joinSync, syncStatusSync, type SyncStatus } from '../../electron/core/sync/sync-client.js';
import { expectBadInput, reportRegistrants, runCli, runCliJson } from '../helpers/cli.js';
import { startCli, type CliProcess } from '../helpers/cli-process.js';
import { demoConfirmedRefs, eventIdsSync, expectSameRecord, kioskApi, LOOPBACK, waitFor, type ServeLine } from '../helpers/kiosk-cluster.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** Background rounds every second, so the test need not wait the default three. */
const FAST_SYNC = { INNSJEKK_SYNC_INTERVAL_MS: '1000' };
const CLUSTER_TIMEOUT = 120_000;
const DEMO_EVENT = 'Lokaldemokratikonferansen (demo)';
const HUB_UNREACHABLE = 'Får ikke kontakt med arrangørens kiosk.';

type KioskApi = ReturnType<typeof kioskApi>;

/** Starts `innsjekk serve ARGS --json` and reads the line it prints. */
async function serve(args: readonly string[], dataDir: string): Promise<{ process: CliProcess; line: ServeLine }> {
  const started = startCli(['serve', ...args, '--json'], dataDir, FAST_SYNC);
  return { process: started, line: JSON.parse(await started.firstLine) as ServeLine };
}

/** Waits until the kiosks behind these APIs hold the same `events` events, with nothing waiting to upload. */
function converged(apis: readonly KioskApi[], events: number): Promise<unknown> {
  return waitFor(
    `${apis.length} kiosks to hold the same ${events} events`,
    async () => {
      const statuses = await Promise.all(apis.map((api) => api('syncStatus', {})));
      const vector = JSON.stringify(statuses[0]?.vector);
      return statuses.every((s) => JSON.stringify(s.vector) === vector && s.events === events && s.pending === 0) ? statuses : undefined;
    },
    30_000,
    200,
  );
}

/** Works on a kiosk's data directory in this process, while no process of its own has it open. */
function onKiosk<T>(dataDir: string, work: (core: Core) => T): T {
  const core = Core.openSync(dataDir);
  try {
    return work(core);
  } finally {
    core.closeSync();
  }
}

/** Someone who has arrived, when and where. */
interface Arrival {
  readonly id: string;
  readonly arrivedAt: string | null;
  readonly kiosk: string | null;
}

/** Arrivals in one order, to compare lists by. */
const byId = (list: readonly Arrival[]): Arrival[] => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));

/** Who has arrived, as a report lists them. */
function arrivals(report: readonly RegistrantRow[]): Arrival[] {
  return byId(report.filter((r) => r.arrivedAt !== null).map(({ id, arrivedAt, kiosk }) => ({ id, arrivedAt, kiosk })));
}

describe('kiosks as separate processes', { timeout: CLUSTER_TIMEOUT }, () => {
  const refs = demoConfirmedRefs();
  const hubDir = tempDir();
  /** Kiosks A and B serve and sync in the background; C and D never go online after joining. */
  const dirs = { A: tempDir(), B: tempDir(), C: tempDir(), D: tempDir() };
  let hubProcess: CliProcess | undefined;
  let kioskProcesses: CliProcess[] = [];
  let hubLine: ServeLine;
  let a: KioskApi;
  let b: KioskApi;

  beforeAll(async () => {
    await runCliJson(['demo'], { dataDir: hubDir });
    ({ process: hubProcess, line: hubLine } = await serve(['--hub', '--host', LOOPBACK, '--port', '0', '--kiosk-port', '0'], hubDir));
    const code = hubLine.pairingCode!;
    await Promise.all([
      ...(['A', 'B'] as const).map((name) => runCliJson(['join', code, '--kiosk', `Inngang ${name}`], { dataDir: dirs[name] })),
      // What is under test for C and D is the stick, not joining: they join in this process, sparing two processes.
      ...(['C', 'D'] as const).map(async (name) => {
        const core = Core.openSync(dirs[name]);
        await joinSync(core, code, `Inngang ${name}`).finally(() => core.closeSync());
      }),
    ]);
    const kiosks = await Promise.all([dirs.A, dirs.B].map((dir) => serve(['--port', '0'], dir)));
    kioskProcesses = kiosks.map((k) => k.process);
    [a, b] = kiosks.map((k) => kioskApi(k.line)) as [KioskApi, KioskApi];
  }, CLUSTER_TIMEOUT);

  afterAll(async () => {
    await Promise.all([hubProcess?.stop(), ...kioskProcesses.map((p) => p.stop())]);
  });

  it('refuses a malformed pairing code and a certificate that does not match the pin: exit 2, nothing joined', async () => {
    const pairing = parsePairingCode(hubLine.pairingCode!)!;
    // Another certificate's fingerprint: the first byte changed.
    const otherFingerprint = `${pairing.fingerprint.startsWith('00') ? '01' : '00'}${pairing.fingerprint.slice(2)}`;
    const strangers = [tempDir(), tempDir()];
    // Cut short, as a scanner that lost the end of it.
    const codes = [hubLine.pairingCode!.slice(0, -6), formatPairingCode({ ...pairing, fingerprint: otherFingerprint })];
    const [malformed, wrongCertificate] = await Promise.all(codes.map((code, i) => runCli(['join', code, '--kiosk', 'Inngang X'], { dataDir: strangers[i]! })));
    expectBadInput(malformed!, 'Tilkoblingskoden kan ikke leses. Skann den på nytt, eller lim inn hele teksten (den begynner med IJPAIR:).');
    expectBadInput(wrongCertificate!, 'Sertifikatet til arrangørens kiosk stemmer ikke med tilkoblingskoden. Ikke koble til');
    for (const dir of strangers) expect(onKiosk(dir, (core) => core.eventSync())).toBeNull();
  });

  it('share every arrival, keep scanning while the hub is down, and agree afterwards: one arrival per person, the duplicate flagged on every kiosk', async () => {
    let hubApi = kioskApi(hubLine);
    const online = [await a('scan', { code: refs[0]! }), await b('scan', { code: refs[1]! }), await hubApi('scan', { code: refs[2]! })];
    expect(online.map((s) => s.verdict)).toEqual(['welcome', 'welcome', 'welcome']);
    // Background sync alone brings every scan to every kiosk.
    await converged([a, b, hubApi], 3);

    const hubPort = new URL(hubLine.hubUrl!).port;
    expect(await hubProcess!.stop()).toBe(0);
    const alone = await a('scan', { code: refs[3]! });
    const first = await b('scan', { code: refs[4]! });
    await sleep(5);
    const second = await a('scan', { code: refs[4]! });
    // Apart, neither kiosk can know the other let the person in.
    expect([alone.verdict, first.verdict, second.verdict]).toEqual(['welcome', 'welcome', 'welcome']);
    await waitFor('both kiosks to find the hub gone', async () => {
      const statuses = await Promise.all([a('syncStatus', {}), b('syncStatus', {})]);
      return statuses.every((s) => !s.online && s.lastError !== null) ? true : undefined;
    });
    const [statusA, statusB, once] = await Promise.all([
      runCliJson<SyncStatus>(['status'], { dataDir: dirs.A }),
      runCliJson<SyncStatus>(['status'], { dataDir: dirs.B }),
      runCli(['sync', '--once'], { dataDir: dirs.C }),
    ]);
    expect(statusA).toMatchObject({ kioskName: 'Inngang A', hub: hubLine.hubUrl, online: false, pending: 2, lastError: expect.objectContaining({ message: expect.stringContaining(HUB_UNREACHABLE) }) });
    expect(statusB).toMatchObject({ kioskName: 'Inngang B', online: false, pending: 1 });
    expect(once.code).toBe(1);
    expect(once.stderr).toContain(HUB_UNREACHABLE);

    // The hub comes back on the same port with its stored certificate: the pairing still holds.
    const hub = await serve(['--hub', '--host', LOOPBACK, '--port', hubPort, '--kiosk-port', '0'], hubDir);
    hubProcess = hub.process;
    expect([hub.line.hubUrl, hub.line.pairingCode]).toEqual([hubLine.hubUrl, hubLine.pairingCode]);
    hubApi = kioskApi(hub.line);
    await converged([a, b, hubApi], 6);

    const all = [hubDir, dirs.A, dirs.B];
    const [reports, conflicts] = await Promise.all([
      Promise.all(all.map((dataDir) => reportRegistrants(dataDir))),
      Promise.all(all.map((dataDir) => runCliJson<Conflict[]>(['conflicts'], { dataDir }))),
    ]);
    // Each person once, where they came in first.
    const expected = byId([...online, alone, first].map((s) => ({ id: s.registrant!.id, arrivedAt: s.at, kiosk: s.kiosk })));
    const twice = first.registrant!;
    for (let i = 0; i < all.length; i++) {
      expect(arrivals(reports[i]!), all[i]).toEqual(expected);
      expect(conflicts[i], all[i]).toEqual([
        {
          registrant: { id: twice.id, name: twice.name },
          scans: [
            { kiosk: 'Inngang B', at: first.at },
            { kiosk: 'Inngang A', at: second.at },
          ],
        },
      ]);
    }
    // The day at the door is over: nothing below needs the network.
    expect(await Promise.all([hubProcess!.stop(), ...kioskProcesses.map((p) => p.stop())])).toEqual([0, 0, 0]);
  });

  it('carry events between two kiosks on a sync file with no network: the same events, nothing twice, other files refused', async () => {
    const stick = tempDir();
    // Two people at C, one of them at D too (scanned in this process: the stick is what is under test).
    const scans = [...onKiosk(dirs.C, (core) => [scanSync(core, refs[10]!), scanSync(core, refs[11]!)]), onKiosk(dirs.D, (core) => scanSync(core, refs[11]!))];
    expect(scans.map((s) => s.verdict)).toEqual(['welcome', 'welcome', 'welcome']);

    const files = { C: path.join(stick, 'c.json'), D: path.join(stick, 'd.json') };
    await Promise.all((['C', 'D'] as const).map((name) => runCliJson(['sync-export', files[name]], { dataDir: dirs[name] })));
    const received = await Promise.all([
      runCliJson<{ received: number }>(['sync-import', files.D], { dataDir: dirs.C }),
      runCliJson<{ received: number }>(['sync-import', files.C], { dataDir: dirs.D }),
    ]);
    expect(received).toEqual([{ received: 1 }, { received: 2 }]);

    // Imported again, a file adds nothing; a file of another event and a damaged one are refused.
    const content = fs.readFileSync(files.C, 'utf8');
    const otherEvent = path.join(stick, 'annet.json');
    fs.writeFileSync(otherEvent, JSON.stringify({ ...(JSON.parse(content) as object), eventId: 'ANNETARR' }));
    const damaged = path.join(stick, 'skadet.json');
    fs.writeFileSync(damaged, content.slice(0, Math.floor(content.length / 2)));
    const [again, fromOtherEvent, fromDamaged] = await Promise.all([files.C, otherEvent, damaged].map((file) => runCli(['sync-import', file, '--json'], { dataDir: dirs.D })));
    expect(again!.json()).toEqual({ received: 0 });
    expectBadInput(fromOtherEvent!, 'Kiosken hører til et annet arrangement.');
    expectBadInput(fromDamaged!, `Filen «${damaged}» er ikke en synkroniseringsfil fra Innsjekk, eller den er skadet.`);

    const [c, d] = [Core.openSync(dirs.C), Core.openSync(dirs.D)];
    try {
      expectSameRecord([c, d]);
      expect(eventIdsSync(c)).toHaveLength(3);
      expect(conflictsSync(d)).toHaveLength(1);
    } finally {
      c.closeSync();
      d.closeSync();
    }
  });

  it('leave refuses while check-ins have not reached the hub, naming how many, and leaves with --confirm-loss N', async () => {
    // C's own two check-ins of the previous test went on a stick, never to the hub.
    const lose = 'innsjekkinger på denne kiosken er ikke sendt til arrangøren og går tapt';
    expectBadInput(await runCli(['leave'], { dataDir: dirs.C }), `2 ${lose}. Synkroniser først, eller bekreft med --confirm-loss 2.`);
    expectBadInput(await runCli(['leave', '--confirm-loss', '1'], { dataDir: dirs.C }), `2 ${lose}`);
    expect(fs.existsSync(path.join(dirs.C, DATABASE_FILE))).toBe(true);

    const left = await runCli(['leave', '--confirm-loss', '2'], { dataDir: dirs.C });
    expect(left.code, left.stderr).toBe(0);
    expect(left.stderr).toContain(`Kiosken har forlatt «${DEMO_EVENT}».`);
    // The kiosk's copy of the event is wiped: no event, no list, no log.
    const wiped = Core.openSync(dirs.C);
    try {
      expect(wiped.eventSync()).toBeNull();
      expect(countsSync(wiped).total).toBe(0);
      expect(syncStatusSync(wiped).events).toBe(0);
    } finally {
      wiped.closeSync();
    }
  });
});
