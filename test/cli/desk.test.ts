/**
 * The command line as a newcomer meets it: a misspelt command, a date that
 * does not exist or has passed, a failed `init` that leaves nothing behind;
 * and the information desk's `innsjekk desk`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrantRow } from '../../shared/contract.js';
import { CLI_TEST_TIMEOUT, expectBadInput, initEvent, runCli, runCliJson, TEST_PIN } from '../helpers/cli.js';
import { norwegianExcelCsv, writeFile } from '../helpers/csv.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const NEXT_YEAR = new Date().getUTCFullYear() + 1;

describe('innsjekk for a newcomer', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('suggests the nearest command for a misspelt one, and none for a word far from all', async () => {
    const dataDir = tempDir();
    expectBadInput(await runCli(['imprt', 'liste.csv'], { dataDir }), 'Ukjent kommando «imprt». Mente du «innsjekk import»?');
    expectBadInput(await runCli(['staus'], { dataDir }), 'Mente du «innsjekk status»?');
    const far = await runCli(['sjekkinn'], { dataDir });
    expectBadInput(far, 'Ukjent kommando «sjekkinn». Se «innsjekk --help».');
  });

  it('says a date does not exist, and leaves no database behind from a failed init', async () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'ny-mappe');
    const init = (date: string) => runCli(['init', '--name', 'Konferansen', '--date', date, '--pin', TEST_PIN], { dataDir });
    expectBadInput(await init(`${NEXT_YEAR}-02-30`), `Datoen «${NEXT_YEAR}-02-30» er ikke gyldig: den dagen finnes ikke, for måned 2 i ${NEXT_YEAR} har 28 dager.`);
    expect(fs.existsSync(dataDir)).toBe(false);
    expectBadInput(await init(`${NEXT_YEAR}-13-01`), 'måned 13 finnes ikke');
    expect(fs.existsSync(dataDir)).toBe(false);

    // A folder that was there stays, empty.
    const existing = tempDir();
    expectBadInput(await runCli(['init', '--date', `${NEXT_YEAR}-03-12`, '--pin', TEST_PIN], { dataDir: existing }), 'Arrangementet trenger et navn');
    expect(fs.readdirSync(existing)).toEqual([]);
    // The next init in it works.
    expect(await runCliJson(['init', '--name', 'Konferansen', '--date', `${NEXT_YEAR}-03-12`, '--pin', TEST_PIN], { dataDir: existing })).toMatchObject({ name: 'Konferansen' });
  });

  it('says when the date has passed: with nobody at a terminal to ask it still creates the event; --yes says the date is meant', async () => {
    const past = await runCli(['init', '--name', 'Konferansen', '--date', '2020-03-12', '--pin', TEST_PIN], { dataDir: tempDir() });
    expect(past.code).toBe(0);
    expect(past.stderr).toMatch(/^Merk: Datoen 2020-03-12 er allerede passert \(i dag er det \d{4}-\d\d-\d\d\)\. Arrangementet opprettes likevel; bruk --yes når datoen er ment\.\n$/);
    const meant = await runCli(['init', '--name', 'Konferansen', '--date', '2020-03-12', '--pin', TEST_PIN, '--yes'], { dataDir: tempDir() });
    expect({ code: meant.code, stderr: meant.stderr }).toEqual({ code: 0, stderr: '' });
    const future = await runCli(['init', '--name', 'Konferansen', '--date', `${NEXT_YEAR}-03-12`, '--pin', TEST_PIN], { dataDir: tempDir() });
    expect({ code: future.code, stderr: future.stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('innsjekk desk', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  let kari: string;

  beforeAll(async () => {
    await initEvent(dataDir);
    await runCliJson(['import', writeFile(tempDir(), 'liste.csv', norwegianExcelCsv())], { dataDir });
    kari = readRawSync(dataDir, (db) => db.prepare("SELECT id FROM registrant WHERE ref = '1001'").pluck().get() as string);
  }, CLI_TEST_TIMEOUT);

  it('checks in and undoes by hand with a reason, and refuses without one', async () => {
    expectBadInput(await runCli(['desk', 'checkin', kari], { dataDir }), 'Skriv hvorfor');
    const checkedIn = await runCli(['desk', 'checkin', kari, '--reason', 'Glemt QR-kode'], { dataDir });
    expect(checkedIn.stdout).toMatch(/^Sjekket inn for hånd: Kari Ødegård \(Bærum kommune\): kom kl\. \d\d:\d\d\n$/);
    expectBadInput(await runCli(['desk', 'checkin', kari, '--reason', 'igjen'], { dataDir }), 'Kari Ødegård kom allerede kl.');
    const undone = await runCliJson<RegistrantRow>(['desk', 'undo', kari, '--reason', 'Feil person'], { dataDir });
    expect(undone).toMatchObject({ id: kari, arrivedAt: null });
    expect(readRawSync(dataDir, (db) => db.prepare("SELECT kind FROM log WHERE station = 'informasjon' ORDER BY seq").pluck().all())).toEqual(['checkin', 'desk_undo']);
  });

  it('corrects a name, which search then finds', async () => {
    expect(await runCliJson<RegistrantRow>(['desk', 'correct', kari, '--name', 'Kari Ødegård-Haugen'], { dataDir })).toMatchObject({ name: 'Kari Ødegård-Haugen' });
    const found = await runCliJson<{ id: string; name: string }[]>(['search', 'haugen'], { dataDir });
    expect(found.map((h) => h.name)).toEqual(['Kari Ødegård-Haugen']);
    expectBadInput(await runCli(['desk', 'rett', kari], { dataDir }), 'Bruk «innsjekk desk checkin ID');
  });
});
