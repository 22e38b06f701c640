/**
 * The door on a full day across kiosk processes: a walk-in registered on a
 * kiosk that is not the hub reaches the hub and a third kiosk, without their
 * email on the third, and survives a re-import on the hub; two kiosks apart
 * each admit the last place and both admissions are kept, over capacity
 * shown everywhere after sync; the inside count is the same on every kiosk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../shared/contract.js';
import { DEMO_REGISTRANTS } from '../../electron/core/demo.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from '../../electron/core/fictitious-registrants.js';
import { cliHubAndTwoKiosks } from '../helpers/cli-cluster.js';
import { writeFile } from '../helpers/csv.js';
import { demoConfirmedRefs } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const CLUSTER_TIMEOUT = 120_000;


describe('the door on a full day on kiosks apart, as separate processes', { timeout: CLUSTER_TIMEOUT }, () => {
  const refs = demoConfirmedRefs();
  const { dirs, run, counts, syncAll, start, stop } = cliHubAndTwoKiosks('Inngang');
  const walkInRow = (dir: string, code: string) =>
    readRawSync(dir, (db) => db.prepare('SELECT name, organisation, email, status FROM registrant WHERE ref = ?').get(code));

  beforeAll(start, CLUSTER_TIMEOUT);
  afterAll(stop);

  it('brings a walk-in from a kiosk to the hub and a third kiosk, without the email there, and keeps them through a re-import on the hub', async () => {
    const walkIn = await run<ScanResult & { code: string }>(dirs.A, ['walk-in', '--name', 'Nils Nykommer', '--organisation', 'Lesja kommune', '--email', 'nils@lesja.kommune.no']);
    expect(walkIn.verdict).toBe('welcome');
    await syncAll();

    expect(walkInRow(dirs.hub, walkIn.code)).toEqual({ name: 'Nils Nykommer', organisation: 'Lesja kommune', email: 'nils@lesja.kommune.no', status: 'confirmed' });
    expect(walkInRow(dirs.B, walkIn.code)).toEqual({ name: 'Nils Nykommer', organisation: 'Lesja kommune', email: null, status: 'confirmed' });
    // Every kiosk takes the walk-in's code: they are inside, so "already" (and out at the exit).
    expect((await run<ScanResult>(dirs.B, ['scan', walkIn.code])).verdict).toBe('already');
    expect((await run<ScanResult>(dirs.hub, ['scan', walkIn.code])).verdict).toBe('already');

    const files = tempDir();
    const list = writeFile(files, 'deltakere.csv', new TextEncoder().encode(fictitiousRegistrantsCsv(generateFictitiousRegistrants(DEMO_REGISTRANTS))));
    await run(dirs.hub, ['import', list]);
    expect(walkInRow(dirs.hub, walkIn.code)).toMatchObject({ name: 'Nils Nykommer', status: 'confirmed' });
    await syncAll();
    for (const dir of [dirs.hub, dirs.A, dirs.B]) expect(await counts(dir)).toMatchObject({ walkIns: 1, arrived: 1, inside: 1 });
    expect((await run<ScanResult>(dirs.B, ['exit', walkIn.code])).verdict).toBe('goodbye');
  });

  it('keeps both admissions of the last place at two kiosks apart, and shows over capacity and the same inside count everywhere after sync', async () => {
    await syncAll();
    const { inside } = await counts(dirs.hub);
    await run(dirs.hub, ['settings', `capacity=${inside + 1}`]);
    await syncAll();
    for (const dir of [dirs.A, dirs.B]) expect(await counts(dir)).toMatchObject({ capacity: inside + 1, inside });

    // Apart: each kiosk sees one free place, and fills it.
    expect((await run<ScanResult>(dirs.A, ['scan', refs[10]!])).verdict).toBe('welcome');
    expect((await run<ScanResult>(dirs.B, ['scan', refs[11]!])).verdict).toBe('welcome');
    await syncAll();

    const all = await Promise.all([dirs.hub, dirs.A, dirs.B].map(counts));
    for (const c of all) expect(c).toMatchObject({ inside: inside + 2, capacity: inside + 1, overCapacity: 1 });
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
    // Full now on every kiosk: the next guest waits.
    expect((await run<ScanResult>(dirs.B, ['scan', refs[12]!])).verdict).toBe('full');
  });
});
