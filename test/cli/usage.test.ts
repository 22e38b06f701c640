/**
 * The `innsjekk` command's help, its refusals of bad usage, and `init`.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { AttendanceReport } from '../../shared/report/report-model.js';
import { expectBadInput, runCli, runCliJson, TEST_PIN } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('innsjekk usage', () => {
  const dataDir = tempDir();

  it('prints help on stdout with exit 0, listing every command', async () => {
    for (const args of [['--help'], ['scan', '--help']]) {
      const result = await runCli(args, { dataDir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Bruk: innsjekk KOMMANDO');
      for (const command of ['init', 'import', 'codes', 'scan', 'undo', 'search', 'report', 'serve', 'demo']) {
        expect(result.stdout).toContain(`  ${command} `);
      }
      expect(result.stdout).toContain('Vis tilkoblingskoden');
      expect(result.stdout).not.toMatch(/paringskod/i);
    }
  });

  it('refuses an unknown command in Norwegian on stderr, with exit 2', async () => {
    expectBadInput(await runCli(['sjekkinn', '--json'], { dataDir }), 'Ukjent kommando «sjekkinn»');
  });

  it('refuses an unknown option or a missing value in Norwegian, with exit 2', async () => {
    const unknown = await runCli(['scan', 'KODE', '--kiosken', 'A', '--json'], { dataDir });
    expectBadInput(unknown, 'Ukjent valg «--kiosken»');
    expect(unknown.stderr).not.toMatch(/Unknown option/);
    expectBadInput(await runCli(['init', '--name'], { dataDir }), 'Valget «--name» mangler en verdi');
  });

  it('shows usage on stderr, not stdout, when no command is given', async () => {
    expectBadInput(await runCli([], { dataDir, dataDirFlag: false }), 'Bruk: innsjekk KOMMANDO');
  });

  it('asks for the command first when an option comes before it', async () => {
    expectBadInput(await runCli(['--json', 'report'], { dataDir }), 'Skriv kommandoen før valgene');
  });

  it('refuses commands other than init and demo until an event exists', async () => {
    for (const args of [['report', '--format', 'json'], ['scan', 'IJ:ABC'], ['search', 'kari']]) {
      expectBadInput(await runCli(args, { dataDir }), 'Ingen arrangement er satt opp');
    }
  });
});

describe('innsjekk init', () => {
  const dataDir = tempDir();

  it('refuses a bad date or capacity and creates no event', async () => {
    expectBadInput(await runCli(['init', '--name', 'Konferansen', '--date', '2026-02-30', '--pin', TEST_PIN], { dataDir }), 'Datoen «2026-02-30» er ikke gyldig');
    expectBadInput(
      await runCli(['init', '--name', 'Konferansen', '--date', '2026-03-12', '--capacity', '0', '--pin', TEST_PIN], { dataDir }),
      'Kapasiteten «0» er ikke et gyldig antall',
    );
    expectBadInput(await runCli(['init', '--date', '2026-03-12', '--pin', TEST_PIN], { dataDir }), 'Arrangementet trenger et navn');
  });

  it('creates the event and prints it as JSON', async () => {
    const event = await runCliJson<{ id: string; name: string; date: string; capacity: number | null; dataDir: string }>(
      ['init', '--name', 'Lokaldemokratikonferansen 2026', '--date', '2026-03-12', '--capacity', '450', '--pin', TEST_PIN],
      { dataDir },
    );
    expect(event).toMatchObject({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: 450 });
    expect(event.id).toMatch(/^[0-9A-Z]{8}$/);
    expect(fs.realpathSync(event.dataDir)).toBe(fs.realpathSync(dataDir));
  });

  it('refuses a second init, naming the existing event', async () => {
    const again = await runCli(['init', '--name', 'Et annet arrangement', '--date', '2026-04-01', '--pin', TEST_PIN, '--json'], { dataDir });
    expectBadInput(again, 'Det finnes allerede et arrangement («Lokaldemokratikonferansen 2026»)');
    const report = await runCli(['report', '--format', 'json'], { dataDir });
    expect(report.code).toBe(0);
    expect(report.json<AttendanceReport>().people?.registrants).toEqual([]);
  });
});
