/**
 * `innsjekk settings` and `innsjekk mail` as the organiser runs them: the
 * built command against a real SMTP server on 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, expectBadInput, initEvent, runCli, runCliJson } from '../helpers/cli.js';
import { csvBytes, NORWEGIAN_HEADER, writeFile } from '../helpers/csv.js';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp-capture.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const FROM = 'Lokaldemokratikonferansen <post@lokaldemokrati.example>';
const ROWS = [
  ['1', 'Kari Ødegård', 'kari@example.no', 'Bodø kommune', 'Påmeldt'],
  ['2', 'Åse Sørensen', 'ase@example.no', 'Tromsø kommune', 'Påmeldt'],
  ['3', 'Per Hansen', 'per@example.no', 'Ås kommune', 'Venteliste'],
  ['4', 'Ola Nordmann', 'ola@example.no', 'KS', 'Avmeldt'],
  ['5', 'Nils Utenepost', '', 'Lier kommune', 'Påmeldt'],
];

interface MailStatusJson {
  queued: number;
  sent: number;
  failed: { id: string; reason: { message: string; messageEn: string } }[];
}

interface SearchHitJson {
  id: string;
  name: string;
}

/** A data directory with the event and the list imported. */
async function preparedDataDir(): Promise<string> {
  const dataDir = tempDir();
  await initEvent(dataDir);
  const file = writeFile(dataDir, 'liste.csv', csvBytes([NORWEGIAN_HEADER, ...ROWS]));
  await runCliJson(['import', file], { dataDir });
  return dataDir;
}

async function idOf(dataDir: string, name: string): Promise<string> {
  const hits = await runCliJson<SearchHitJson[]>(['search', name], { dataDir });
  return hits.find((h) => h.name === name)!.id;
}

afterAll(removeTempDirs);

describe('innsjekk settings', () => {
  it('prints every setting, changes the given ones, and refuses bad ones with exit 2', { timeout: CLI_TEST_TIMEOUT }, async () => {
    const dataDir = tempDir();
    await initEvent(dataDir);
    const defaults = await runCliJson<Record<string, string>>(['settings'], { dataDir });
    expect(defaults).toMatchObject({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', starts: '10:00', ends: '15:30', registrationOpens: '09:00', venue: 'Oslo rådhus' });

    const changed = await runCliJson<Record<string, string>>(['settings', 'starts=09:45', 'practical=Ta med legitimasjon.'], { dataDir });
    expect(changed).toMatchObject({ starts: '09:45', practical: 'Ta med legitimasjon.', ends: '15:30' });
    const human = await runCli(['settings'], { dataDir });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('starts: 09:45');

    expectBadInput(await runCli(['settings', 'start=10:00'], { dataDir }), 'Innstillingen «start» finnes ikke. Gyldige innstillinger: name, date, starts');
    expectBadInput(await runCli(['settings', 'ends=halv fire'], { dataDir }), '«halv fire» er ikke et gyldig klokkeslett for ends');
    expectBadInput(await runCli(['settings', 'starts'], { dataDir }), 'NØKKEL=VERDI');
    expect((await runCliJson<Record<string, string>>(['settings'], { dataDir })).starts).toBe('09:45');
  });
});

describe('innsjekk mail', () => {
  let capture: SmtpCapture;
  let dataDir: string;
  beforeAll(async () => {
    capture = await startSmtpCapture();
    dataDir = await preparedDataDir();
  }, CLI_TEST_TIMEOUT);
  afterAll(() => capture.close());

  it('refuses to start without a sender, a destination or with bad values, with exit 2', { timeout: CLI_TEST_TIMEOUT }, async () => {
    expectBadInput(await runCli(['mail', '--smtp', capture.url], { dataDir }), 'Oppgi avsenderen med --from');
    expectBadInput(await runCli(['mail', '--from', FROM], { dataDir }), 'Oppgi enten --smtp URL');
    expectBadInput(await runCli(['mail', '--from', FROM, '--smtp', capture.url, '--eml-dir', tempDir()], { dataDir }), 'Oppgi enten --smtp URL');
    expectBadInput(await runCli(['mail', '--from', 'ikke-en-adresse', '--smtp', capture.url], { dataDir }), 'Avsenderadressen «ikke-en-adresse» er ikke gyldig');
    const badUrl = await runCli(['mail', '--from', FROM, '--smtp', 'smtp://arrangor:superhemmelig@mail.example.no:99999'], { dataDir });
    expectBadInput(badUrl, 'SMTP-adressen er ikke gyldig');
    expect(badUrl.stderr).not.toContain('superhemmelig');
    expectBadInput(await runCli(['mail', '--from', FROM, '--smtp', capture.url, '--rate', 'fort'], { dataDir }), '«fort» er ikke en gyldig hastighet');
    expect(capture.messages).toHaveLength(0);
    expect(await runCliJson<MailStatusJson>(['mail', '--status'], { dataDir })).toEqual({ queued: 4, sent: 0, failed: [] });
  });

  it('exits 1 with what to check when the server cannot be reached, sending nothing', { timeout: CLI_TEST_TIMEOUT }, async () => {
    const result = await runCli(['mail', '--from', FROM, '--smtp', 'smtp://127.0.0.1:1'], { dataDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Får ikke kontakt med e-postserveren. Sjekk vertsnavn og port');
    expect((await runCliJson<MailStatusJson>(['mail', '--status'], { dataDir })).sent).toBe(0);
  });

  it('sends everyone their email, reports the one without an address, and never names an address', { timeout: CLI_TEST_TIMEOUT }, async () => {
    const nils = await idOf(dataDir, 'Nils Utenepost');
    const result = await runCli(['mail', '--from', FROM, '--smtp', capture.url], { dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Sendte 3 av 4 e-poster.');
    expect(result.stdout).toContain(`${nils}: mangler e-postadresse`);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/@example\.no/);
    expect(capture.messages.map((m) => m.rcptTo[0]).sort()).toEqual(['ase@example.no', 'kari@example.no', 'per@example.no']);
    const kari = await simpleParser(capture.to('kari@example.no')[0]!.raw);
    expect(kari.subject).toContain('Påmeldingen er bekreftet');

    expect(await runCliJson<MailStatusJson>(['mail', '--status'], { dataDir })).toEqual({ queued: 0, sent: 3, failed: [{ id: nils, reason: { message: 'mangler e-postadresse', messageEn: 'no email address' } }] });
    const again = await runCliJson<{ total: number; sent: number; failed: unknown[] }>(['mail', '--from', FROM, '--smtp', capture.url], { dataDir });
    expect(again).toEqual({ total: 1, sent: 0, failed: [{ id: nils, reason: { message: 'mangler e-postadresse', messageEn: 'no email address' } }] });
    expect(capture.messages).toHaveLength(3);
  });

  it('resends to one person with --only', { timeout: CLI_TEST_TIMEOUT }, async () => {
    const kari = await idOf(dataDir, 'Kari Ødegård');
    const result = await runCliJson<{ total: number; sent: number }>(['mail', '--from', FROM, '--smtp', capture.url, '--only', kari], { dataDir });
    expect(result).toMatchObject({ total: 1, sent: 1 });
    expect(capture.to('kari@example.no')).toHaveLength(2);
    expect(capture.messages).toHaveLength(4);
  });
});

describe('innsjekk mail against a server that needs a login and hangs up', () => {
  it('takes the password from INNSJEKK_SMTP_PASSWORD; after a hang-up exits 1, and the next run sends the rest', { timeout: 2 * CLI_TEST_TIMEOUT }, async () => {
    const capture = await startSmtpCapture({ login: { user: 'arrangor', pass: 'hemmelig' } });
    process.env.INNSJEKK_SMTP_PASSWORD = 'hemmelig';
    try {
      const dataDir = await preparedDataDir();
      const url = `smtp://arrangor@127.0.0.1:${capture.port}`;
      capture.hangUpOnData(2);
      const stopped = await runCli(['mail', '--from', FROM, '--smtp', url], { dataDir });
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toContain('E-postserveren brøt forbindelsen midt i sendingen');
      expect(stopped.stderr).toContain('kjør sendingen igjen');
      const halfway = await runCliJson<MailStatusJson>(['mail', '--status'], { dataDir });
      expect(halfway.sent).toBe(capture.messages.length);

      const rest = await runCli(['mail', '--from', FROM, '--smtp', url], { dataDir });
      expect(rest.code, rest.stderr).toBe(0);
      for (const address of ['kari@example.no', 'ase@example.no', 'per@example.no']) expect(capture.to(address), address).toHaveLength(1);
      expect((await runCliJson<MailStatusJson>(['mail', '--status'], { dataDir })).sent).toBe(3);
    } finally {
      delete process.env.INNSJEKK_SMTP_PASSWORD;
      await capture.close();
    }
  });
});

describe('innsjekk mail --eml-dir', () => {
  it('writes one .eml file per registrant for the organiser’s own mail system', { timeout: CLI_TEST_TIMEOUT }, async () => {
    const dataDir = await preparedDataDir();
    const out = path.join(tempDir(), 'epost');
    const result = await runCli(['mail', '--from', FROM, '--eml-dir', out], { dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Skrev 3 av 4 e-poster til ${out}`);
    const files = fs.readdirSync(out);
    expect(files).toHaveLength(3);
    expect(files.filter((f) => f.endsWith('-confirmation.eml'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('-waitlist.eml'))).toHaveLength(1);
    const per = await simpleParser(fs.readFileSync(path.join(out, files.find((f) => f.endsWith('-waitlist.eml'))!)));
    expect(per.subject).toContain('venteliste');
  });
});
