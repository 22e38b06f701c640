/**
 * Personal data across kiosk processes: a scripted day on the organiser's
 * kiosk (a hub process) and two joined kiosks, a person forgotten, then a
 * purge on the hub that reaches both kiosks at their next sync. After it no
 * name or email from the list is in the bytes of any file of any data
 * directory, the counts and the anonymous report are as before, and each
 * kiosk says when it was purged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloakResult, LunchResult, ResponseOf, ScanResult, StationCounts } from '../../shared/contract.js';
import type { AttendanceReport } from '../../shared/report/report-model.js';
import { expectBadInput, runCli, runCliJson } from '../helpers/cli.js';
import { startCli, type CliProcess } from '../helpers/cli-process.js';
import { fileNamesSync, tracesInDirSync } from '../helpers/data-dir-traces.js';
import { demoConfirmedRefs, LOOPBACK, type ServeLine } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const CLUSTER_TIMEOUT = 360_000;

type Counts = ResponseOf<'counts'> & StationCounts;
type PersonData = ResponseOf<'person'>;
type PurgeOutcome = ResponseOf<'purge'>;
interface Status {
  readonly purged: PurgeOutcome['record'] | null;
  readonly retainUntil: string | null;
}

describe('personal data on kiosks apart, as separate processes', { timeout: CLUSTER_TIMEOUT }, () => {
  const refs = demoConfirmedRefs();
  const dirs = { hub: tempDir(), A: tempDir(), B: tempDir() };
  const all = [dirs.hub, dirs.A, dirs.B];
  let hub: CliProcess | undefined;

  const run = <T>(dir: string, args: readonly string[]) => runCliJson<T>(args, { dataDir: dir });
  const syncAll = async (): Promise<void> => {
    for (const dir of [dirs.A, dirs.B, dirs.A]) await run(dir, ['sync', '--once']);
  };
  const anonymousReport = async (dir: string): Promise<string> => {
    const result = await runCli(['report', '--anonymous', '--format', 'json'], { dataDir: dir });
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };
  /** The anonymous counts: the head counts, the cloakroom's and the lunch counter's (what hangs under whose name and the dietary needs are personal). */
  const counts = async (dir: string): Promise<unknown> => {
    const { total, expected, arrived, waitlisted, cancelled, cloak, lunch } = await run<Counts>(dir, ['counts']);
    const { handedIn, collected, hanging } = cloak;
    const { served, anonymous, leftToServe } = lunch;
    return { total, expected, arrived, waitlisted, cancelled, handedIn, collected, hanging, served, anonymous, leftToServe };
  };
  /** The report without the moment it was made, which is all that differs between two made apart. */
  const withoutMoment = (json: string): unknown => ({ ...(JSON.parse(json) as AttendanceReport), generatedAt: null });

  beforeAll(async () => {
    await run(dirs.hub, ['demo']);
    hub = startCli(['serve', '--hub', '--host', LOOPBACK, '--port', '0', '--kiosk-port', '0', '--json'], dirs.hub);
    const { pairingCode } = JSON.parse(await hub.firstLine) as ServeLine;
    await run(dirs.A, ['join', pairingCode!, '--kiosk', 'Inngang A']);
    await run(dirs.B, ['join', pairingCode!, '--kiosk', 'Garderobe og lunsj B']);
  }, CLUSTER_TIMEOUT);

  afterAll(async () => {
    await hub?.stop();
  });

  it('forgets one person everywhere, then purges every kiosk from the hub, leaving no name or email in any file', async () => {
    // The day: arrivals at A and at the hub, an arrival undone with a reason that names the person, the cloakroom and lunch at B.
    const arrivals: ScanResult[] = [];
    for (const ref of refs.slice(0, 6)) arrivals.push(await run<ScanResult>(dirs.A, ['scan', ref]));
    for (const ref of refs.slice(6, 8)) arrivals.push(await run<ScanResult>(dirs.hub, ['scan', ref]));
    expect(arrivals.every((a) => a.verdict === 'welcome')).toBe(true);
    const undone = arrivals[5]!.registrant!;
    await run(dirs.A, ['undo', '--reason', `feil person, det var ${undone.name}`]);
    expect((await run<CloakResult>(dirs.B, ['cloak', 'in', '7', refs[0]!, '--station', 'garderobe'])).verdict).toBe('ok');
    expect((await run<CloakResult>(dirs.B, ['cloak', 'in', '8', '--station', 'garderobe'])).verdict).toBe('ok');
    expect((await run<LunchResult>(dirs.B, ['lunch', refs[1]!, '--station', 'lunsj'])).verdict).toBe('ok');
    expect((await run<LunchResult>(dirs.B, ['lunch', '--anonymous', '--station', 'lunsj'])).verdict).toBe('ok');
    await syncAll();

    // What the list holds that is personal: every name and email, as the hub has them.
    const texts = readRawSync(dirs.hub, (db) => db.prepare('SELECT name, email FROM registrant').all() as { name: string; email: string }[]).flatMap((r) => [r.name, r.email]);
    expect(texts).toHaveLength(1200);
    for (const dir of all) expect(tracesInDirSync(dir, texts).length, dir).toBeGreaterThan(0);

    // One person asks to be forgotten: they are gone from every kiosk after sync, the counts unchanged.
    const forgotten = arrivals[0]!.registrant!;
    const held = await run<PersonData>(dirs.A, ['person', forgotten.id]);
    expect(held.registrant).toMatchObject({ name: forgotten.name, email: null });
    expect(held.events.map((e) => e.kind)).toEqual(['checkin', 'cloak_in']);
    expect((await run<PersonData>(dirs.hub, ['person', forgotten.id])).registrant.email).toMatch(/@/);
    const countsBefore = await Promise.all(all.map(counts));
    await run(dirs.hub, ['forget', forgotten.id]);
    // The deletion date the organiser sets travels with the same rounds.
    await run(dirs.hub, ['settings', 'retainUntil=2099-12-31']);
    await syncAll();
    await Promise.all(
      all.map(async (dir, i) => {
        expect((await run<PersonData>(dir, ['person', forgotten.id])).registrant).toMatchObject({ name: '', email: null, organisation: null, code: '' });
        expect(await counts(dir)).toEqual(countsBefore[i]);
        expect(tracesInDirSync(dir, [forgotten.name]), dir).toEqual([]);
      }),
    );

    // Files written outside the data folders, which name people: the organiser is told to delete them.
    const reportFile = path.join(tempDir(), 'oppmøte.csv');
    await run(dirs.hub, ['report', '--format', 'csv', '--out', reportFile]);
    await run(dirs.hub, ['report', '--anonymous', '--format', 'csv', '--out', path.join(tempDir(), 'til-nettsiden.csv')]);
    const stick = path.join(tempDir(), 'hendelser.json');
    await run(dirs.A, ['sync-export', stick]);

    // The purge: confirmed with the number of people, on the hub while it serves; the kiosks follow at their next sync.
    const before = await Promise.all(all.map(anonymousReport));
    expect(before[1]).not.toContain(undone.name);
    const unconfirmed = await runCli(['purge'], { dataDir: dirs.hub });
    expectBadInput(unconfirmed, 'Sletter persondata om 599 personer fra denne maskinen');
    const purged = await run<PurgeOutcome>(dirs.hub, ['purge', '--confirm', '599']);
    expect(purged).toMatchObject({ purgedNow: true, record: { people: 599, action: 'command' } });
    expect(purged.files.map((f) => [f.kind, f.path])).toEqual([['report', reportFile]]);
    await syncAll();

    await Promise.all(
      all.map(async (dir, i) => {
        expect(tracesInDirSync(dir, [...texts, `det var ${undone.name}`]), `${dir}: ${fileNamesSync(dir).join(', ')}`).toEqual([]);
        const after = await anonymousReport(dir);
        expect(withoutMoment(after)).toEqual(withoutMoment(before[i]!));
        // Kept as it was just before the purge: every copy asked for since is the same, byte for byte.
        expect(await anonymousReport(dir)).toBe(after);
        expect(await counts(dir)).toEqual(countsBefore[i]);
        const status = await run<Status>(dir, ['status']);
        expect(status.purged).toMatchObject(i === 0 ? purged.record : { action: 'hub', people: 599 });
        expect(status.retainUntil).toBe('2099-12-31');
        expectBadInput(await runCli(['report', '--format', 'json'], { dataDir: dir }), 'bare den anonyme rapporten');
      }),
    );
    // Asked again, a kiosk says when it was purged, and which files are the organiser's to delete.
    const again = await run<PurgeOutcome>(dirs.A, ['purge']);
    expect(again).toMatchObject({ purgedNow: false, record: { action: 'hub' } });
    expect(again.files.map((f) => [f.kind, f.path])).toEqual([['sync-file', stick]]);
    // No list comes back after it.
    const list = path.join(tempDir(), 'deltakere.csv');
    fs.writeFileSync(list, 'Navn;E-post\nKari Nordmann;kari@example.no\n');
    expectBadInput(await runCli(['import', list], { dataDir: dirs.hub }), 'slettet fra denne maskinen');
  });
});

describe('a kiosk past its retention date', { timeout: CLUSTER_TIMEOUT }, () => {
  it('purges itself when it starts, with no hub to tell it', async () => {
    const dir = tempDir();
    const { date } = await runCliJson<{ date: string }>(['demo'], { dataDir: dir });
    const texts = readRawSync(dir, (db) => db.prepare('SELECT name, email FROM registrant').all() as { name: string; email: string }[]).flatMap((r) => [r.name, r.email]);
    // The event's own day: the data goes on that day, and it has come.
    await runCliJson(['settings', `retainUntil=${date}`], { dataDir: dir });
    expect((await runCliJson<Status>(['status'], { dataDir: dir })).purged).toBeNull();

    const kiosk = startCli(['serve', '--port', '0', '--json'], dir);
    try {
      await kiosk.firstLine;
      const status = await runCliJson<Status>(['status'], { dataDir: dir });
      expect(status.purged).toMatchObject({ action: 'retention', people: 600 });
    } finally {
      await kiosk.stop();
    }
    expect(tracesInDirSync(dir, texts)).toEqual([]);
  });
});
