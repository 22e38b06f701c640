/**
 * `innsjekk import`: a Norwegian Excel export, newer exports of the same list,
 * dry runs, column mapping and files that are not registration lists.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../shared/contract.js';
import type { RegistrantRow } from '../../shared/report/report-model.js';
import { CLI_TEST_TIMEOUT, expectBadInput, initEvent, reportRegistrants, runCli, runCliJson } from '../helpers/cli.js';
import { csvBytes, HTML_NAME, norwegianExcelCsv, NORWEGIAN_REGISTRANTS, SQL_NAME, writeFile } from '../helpers/csv.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** What `import --json` prints. */
interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  cancelled: number;
  rejected: { row: number; reason: { message: string; messageEn: string } }[];
}

const report = (dataDir: string): Promise<RegistrantRow[]> => reportRegistrants(dataDir);

function rowNamed(rows: readonly RegistrantRow[], name: string): RegistrantRow {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no report row for ${name}`);
  return row;
}

describe('innsjekk import', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  const files = tempDir();

  // The same list a week later: Kari changed employer, Bjørn is gone, Sigrid signed up.
  const newer = NORWEGIAN_REGISTRANTS.filter(([ref]) => ref !== '1005').map((row) =>
    row[0] === '1001' ? ['1001', 'Kari Ødegård', 'kari.odegard@example.no', 'Asker kommune', 'Påmeldt'] : row,
  );
  newer.push(['1010', 'Sigrid Dæhlie', 'sigrid.daehlie@example.no', 'Lillehammer kommune', 'Påmeldt']);
  const newerFile = writeFile(files, 'deltakere-uke-2.csv', norwegianExcelCsv(newer));
  const newerCounts: ImportCounts = { added: 1, updated: 1, unchanged: 5, cancelled: 1, rejected: [] };

  beforeAll(() => initEvent(dataDir), CLI_TEST_TIMEOUT);

  it('reads a Windows-1252 export with semicolons, and names the rows it rejects', async () => {
    const rows = [
      ...NORWEGIAN_REGISTRANTS,
      ['1008', '', 'uten.navn@example.no', 'Vik kommune', 'Påmeldt'],
      ['1009', 'Tor Tvil', 'tor.tvil@example.no', 'Vik kommune', 'Kanskje'],
    ];
    const file = writeFile(files, 'deltakere.csv', norwegianExcelCsv(rows));
    const summary = await runCliJson<ImportCounts>(['import', file], { dataDir });
    // The header is row 1, so the ninth and tenth lines hold the rejected people.
    expect(summary).toEqual({
      added: 7,
      updated: 0,
      unchanged: 0,
      cancelled: 0,
      rejected: [
        { row: 9, reason: { message: 'mangler navn', messageEn: 'no name' } },
        { row: 10, reason: { message: 'ukjent status «Kanskje»', messageEn: 'unknown status "Kanskje"' } },
      ],
    });

    const registrants = await report(dataDir);
    expect(registrants.map((r) => r.name).sort()).toEqual(NORWEGIAN_REGISTRANTS.map((r) => r[1]).sort());
    expect(rowNamed(registrants, 'Kari Ødegård')).toMatchObject({ email: 'kari.odegard@example.no', organisation: 'Bærum kommune', status: 'confirmed' });
    expect(rowNamed(registrants, 'Åse Sørensen').organisation).toBe('Tromsø kommune');
    expect(rowNamed(registrants, 'Per Hansen').status).toBe('waitlisted');
    expect(rowNamed(registrants, 'Ola Nordmann').status).toBe('cancelled');
    expect(rowNamed(registrants, 'Bjørn Lie').status).toBe('confirmed');
    expect(rowNamed(registrants, SQL_NAME).organisation).toBe('Bobby Tables AS');
    expect(rowNamed(registrants, HTML_NAME).organisation).toBe(HTML_NAME);
  });

  it('counts a newer export with --dry-run and writes nothing', async () => {
    const before = await report(dataDir);
    expect(await runCliJson<ImportCounts>(['import', newerFile, '--dry-run'], { dataDir })).toEqual(newerCounts);
    expect(await report(dataDir)).toEqual(before);
  });

  it('applies a newer export in place: same ids, arrivals kept, the missing cancelled', async () => {
    for (const ref of ['1001', '1005']) {
      const scan = await runCliJson<ScanResult>(['scan', ref, '--kiosk', 'Hovedinngang'], { dataDir });
      expect(scan.verdict).toBe('welcome');
    }
    const before = await report(dataDir);

    // Bjørn has arrived: cancelling him needs the organiser's word, by number, and nothing is written without it.
    const refused = await runCli(['import', newerFile, '--json'], { dataDir });
    expectBadInput(refused, 'Listen mangler 1 av 6 påmeldte');
    expect(refused.stderr).toContain('1 av dem har allerede kommet');
    expect(refused.stderr).toContain('Ingenting er lagret. Er listen riktig, kjør samme kommando med --allow-cancel 1.');
    expect(await report(dataDir)).toEqual(before);
    expectBadInput(await runCli(['import', newerFile, '--allow-cancel', 'alle'], { dataDir }), '--allow-cancel må være antallet');

    expect(await runCliJson<ImportCounts>(['import', newerFile, '--allow-cancel', '1'], { dataDir })).toEqual(newerCounts);

    const after = await report(dataDir);
    const kari = rowNamed(after, 'Kari Ødegård');
    const bjorn = rowNamed(after, 'Bjørn Lie');
    expect(kari).toEqual({ ...rowNamed(before, 'Kari Ødegård'), organisation: 'Asker kommune', municipality: 'Asker', county: 'Akershus' });
    expect(kari.arrivedAt).not.toBeNull();
    expect(kari.kiosk).toBe('Hovedinngang');
    // Cancelled for being absent from the list, yet they did come: the report must still say so.
    expect(bjorn).toEqual({ ...rowNamed(before, 'Bjørn Lie'), status: 'cancelled' });
    expect(bjorn.arrivedAt).not.toBeNull();
    expect(rowNamed(after, 'Sigrid Dæhlie')).toMatchObject({ status: 'confirmed', arrivedAt: null });
    expect(after).toHaveLength(before.length + 1);
  });

  describe('refuses a file that is not a registration list, and writes nothing', () => {
    let before: RegistrantRow[];
    beforeAll(async () => {
      before = await report(dataDir);
    }, CLI_TEST_TIMEOUT);

    it.each([
      { what: 'an empty file', name: 'tom.csv', bytes: new Uint8Array(0), says: 'Filen er tom.' },
      { what: 'random bytes named .csv', name: 'bilde.csv', bytes: crypto.randomBytes(4096), says: 'Filen ser ikke ut som en deltakerliste' },
      { what: 'a header without rows', name: 'bare-overskrift.csv', bytes: csvBytes([['Navn', 'E-post', 'Organisasjon']]), says: 'Filen har overskrifter, men ingen deltakere.' },
      { what: 'a file that does not exist', name: null, bytes: null, says: 'Finner ikke filen' },
      {
        what: 'a 50 MB CSV',
        name: 'stor.csv',
        bytes: Buffer.from(`Navn;E-post\r\n${'Kari Nordmann;kari@example.no\r\n'.repeat(1_700_000)}`),
        says: 'Filen er for stor (50.',
      },
    ])('$what', async ({ name, bytes, says }) => {
      const file = name !== null && bytes !== null ? writeFile(files, name, bytes) : path.join(files, 'finnes-ikke.csv');
      expectBadInput(await runCli(['import', file, '--json'], { dataDir }), says);
      expect(await report(dataDir)).toEqual(before);
    });
  });
});

describe('innsjekk import --map', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  const file = writeFile(
    tempDir(),
    'fra-kommunen.csv',
    csvBytes([
      ['Kontaktperson', 'E-post', 'Kommune'],
      ['Ingrid Økland', 'ingrid.okland@example.no', 'Stavanger'],
      ['Hans Aasen', 'hans.aasen@example.no', 'Bodø'],
    ]),
  );

  beforeAll(() => initEvent(dataDir), CLI_TEST_TIMEOUT);

  it('explains how to name the name column when it is not recognised, and imports nobody', async () => {
    const result = await runCli(['import', file, '--json'], { dataDir });
    expectBadInput(result, 'Fant ingen kolonne med navn');
    expect(result.stderr).toContain('Kolonnene er: Kontaktperson, E-post, Kommune');
    expect(result.stderr).toContain('--map name=');
    expect(await report(dataDir)).toEqual([]);
  });

  it('refuses a column or a field that does not exist', async () => {
    expectBadInput(await runCli(['import', file, '--map', 'name=Deltaker'], { dataDir }), 'Kolonnen «Deltaker» finnes ikke i filen');
    expectBadInput(await runCli(['import', file, '--map', 'navn=Kontaktperson'], { dataDir }), 'Feltet «navn» finnes ikke');
    expect(await report(dataDir)).toEqual([]);
  });

  it('imports with --map name=COLUMN', async () => {
    const summary = await runCliJson<ImportCounts>(['import', file, '--map', 'name=Kontaktperson', '--map', 'organisation=Kommune'], { dataDir });
    expect(summary).toEqual({ added: 2, updated: 0, unchanged: 0, cancelled: 0, rejected: [] });
    const again = await runCli(['import', file, '--map', 'name=Kontaktperson', '--map', 'organisation=Kommune'], { dataDir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('uendret: 2');
    expect(again.stdout).toContain('Neste steg: «innsjekk codes --out koder/» lager QR-kodene');
    const rows = await report(dataDir);
    expect(rows.map(({ name, email, organisation }) => ({ name, email, organisation }))).toEqual([
      { name: 'Hans Aasen', email: 'hans.aasen@example.no', organisation: 'Bodø' },
      { name: 'Ingrid Økland', email: 'ingrid.okland@example.no', organisation: 'Stavanger' },
    ]);
  });
});
