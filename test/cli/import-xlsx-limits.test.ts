/**
 * `innsjekk import` of an XLSX file that is small on disk but unpacks to far
 * more than any attendee list (a zip bomb), or lies about what it unpacks to.
 */
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UNPACKED_BYTES } from '../../electron/core/import/xlsx.js';
import { CLI_TEST_TIMEOUT, expectBadInput, initEvent, runCli } from '../helpers/cli.js';
import { writeFile } from '../helpers/csv.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_START = '<worksheet><sheetData>';
const SHEET_ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Kari Ødegård</t></is></c></row></sheetData>';
const MB = 1024 * 1024;

/** A one-sheet workbook of one registrant, its sheet and its shared strings each padded with `padding` spaces. */
function workbook(padding: number): Uint8Array {
  const spaces = new Uint8Array(padding).fill(0x20);
  const padded = (start: string, end: string): Uint8Array => {
    const bytes = new Uint8Array(strToU8(start).length + padding + strToU8(end).length);
    bytes.set(strToU8(start));
    bytes.set(spaces, strToU8(start).length);
    bytes.set(strToU8(end), strToU8(start).length + padding);
    return bytes;
  };
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Deltakere" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
      [SHEET]: padded(`${SHEET_START}${SHEET_ROWS}`, '</worksheet>'),
      'xl/sharedStrings.xml': padded('<sst>', '</sst>'),
    },
    { level: 1 },
  );
}

/** The workbook with the sheet's unpacked size, in its local header and in the central directory, claimed to be `size`. */
function claimingSheetSize(zip: Uint8Array, size: number): Uint8Array {
  const lying = zip.slice();
  const view = new DataView(lying.buffer);
  const name = Buffer.from(SHEET);
  const local = Buffer.from(lying).indexOf(name);
  const central = Buffer.from(lying).indexOf(name, local + name.length);
  // The name starts 30 bytes into a local header (size at 22), 46 into a directory entry (size at 24).
  view.setUint32(local - 30 + 22, size, true);
  view.setUint32(central - 46 + 24, size, true);
  return lying;
}

describe('innsjekk import of an XLSX that unpacks to too much, or not to what it claims', { timeout: 60_000 }, () => {
  const dataDir = tempDir();
  const files = tempDir();
  beforeAll(() => initEvent(dataDir), CLI_TEST_TIMEOUT);

  it('reads the workbook when it is padded a little', async () => {
    const file = writeFile(files, 'liten.xlsx', workbook(MB));
    const result = await runCli(['import', file, '--dry-run', '--json'], { dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.json<{ added: number }>().added).toBe(1);
  });

  it('refuses a workbook whose parts together unpack to more than the limit, though each is under it', async () => {
    // Two parts of 100 MB each: under the limit one by one, over it together; well under 1 MB on disk.
    const bomb = workbook(100 * MB);
    expect(bomb.length).toBeLessThan(MB);
    const file = writeFile(files, 'bombe.xlsx', bomb);
    expectBadInput(
      await runCli(['import', file, '--dry-run'], { dataDir }),
      `Excel-filen pakker seg ut til 201 MB, mer enn grensen på ${MAX_UNPACKED_BYTES / MB} MB.`,
    );
  });

  it('says a workbook lies about its sizes, rather than that it is empty', async () => {
    const honest = workbook(0);
    // Claims the sheet ends just after its start: cut there, it would hold no rows at all.
    const file = writeFile(files, 'løgn.xlsx', claimingSheetSize(honest, SHEET_START.length));
    expectBadInput(await runCli(['import', file, '--dry-run'], { dataDir }), 'Excel-filen oppgir feil størrelse på innholdet sitt');
  });
});
