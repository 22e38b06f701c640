/**
 * `innsjekk codes`: QR images and codes.csv for everyone who is not cancelled.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrVersion } from '../../electron/core/codes.js';
import type { RegistrantRow } from '../../shared/report/report-model.js';
import { CLI_TEST_TIMEOUT, initEvent, reportRegistrants, runCliJson } from '../helpers/cli.js';
import { HTML_NAME, norwegianExcelCsv, readCsvFile, SQL_NAME, writeFile } from '../helpers/csv.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** The text of the QR code in a PNG file. */
function decodePng(file: string): string | undefined {
  const png = PNG.sync.read(fs.readFileSync(file));
  // jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder.
  return jsQR.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('innsjekk codes', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  const out = path.join(tempDir(), 'koder');
  let registrants: RegistrantRow[];
  let exported: { count: number; out: string };

  beforeAll(async () => {
    await initEvent(dataDir);
    await runCliJson(['import', writeFile(tempDir(), 'deltakere.csv', norwegianExcelCsv())], { dataDir });
    exported = await runCliJson(['codes', '--out', out], { dataDir });
    registrants = await reportRegistrants(dataDir);
  }, CLI_TEST_TIMEOUT);

  it('writes a PNG and an SVG per registrant who is not cancelled, named by id', () => {
    const expected = registrants.filter((r) => r.status !== 'cancelled').map((r) => r.id);
    expect(registrants.some((r) => r.status === 'cancelled')).toBe(true);
    expect(exported).toEqual({ count: expected.length, out });
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual([...expected.flatMap((id) => [`${id}.png`, `${id}.svg`]), 'codes.csv'].sort());
    for (const id of expected) expect(fs.readFileSync(path.join(out, `${id}.svg`), 'utf8')).toMatch(/^<svg[^>]*>/);
  });

  it('lists the codes in codes.csv: id,name,email,status,code after a UTF-8 byte order mark', () => {
    const file = path.join(out, 'codes.csv');
    expect(fs.readFileSync(file, 'utf8').startsWith('\uFEFFid,name,email,status,code\r\n')).toBe(true);
    const rows = readCsvFile(file);
    const expected = registrants
      .filter((r) => r.status !== 'cancelled')
      .map(({ id, name, email, status }) => ({ id, name, email: email ?? '', status }));
    expect(rows.map(({ code: _code, ...rest }) => rest)).toEqual(expected);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining([SQL_NAME, HTML_NAME, 'Kari Ødegård']));
    for (const row of rows) {
      expect(row.code).toMatch(/^IJ:[0-9A-Z $%*+\-./:]+$/);
      // Small enough to scan quickly from a phone screen or a cheap printer.
      expect(qrVersion(row.code ?? '')).toBeLessThanOrEqual(8);
    }
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('draws PNGs that a QR reader decodes to the registrant’s code', () => {
    const rows = readCsvFile(path.join(out, 'codes.csv'));
    const kari = rows.find((r) => r.name === 'Kari Ødegård');
    expect(kari?.code).toBeDefined();
    expect(decodePng(path.join(out, `${kari?.id}.png`))).toBe(kari?.code);
  });
});
