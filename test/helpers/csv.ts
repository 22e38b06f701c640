/**
 * Registration exports for tests: CSV bytes as registration systems and
 * Norwegian Excel write them, and a small list of Norwegian registrants.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** How to write a CSV file. */
export interface CsvStyle {
  readonly delimiter?: string;
  /** 'latin1' stands in for Windows-1252, which agrees with it on æ, ø and å. */
  readonly encoding?: 'utf8' | 'latin1';
}

/** A table as CSV bytes, quoting cells that need it, with CRLF line ends. */
export function csvBytes(rows: readonly (readonly string[])[], style: CsvStyle = {}): Buffer {
  const delimiter = style.delimiter ?? ',';
  const cell = (text: string): string =>
    text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const text = rows.map((row) => row.map(cell).join(delimiter)).join('\r\n');
  return Buffer.from(`${text}\r\n`, style.encoding ?? 'utf8');
}

/** Writes bytes to a file in a directory; returns its path. */
export function writeFile(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** CSV text the command wrote (comma-separated unless said), as objects keyed by header. */
export function parseCsv(text: string, delimiter = ','): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, delimiter }) as Record<string, string>[];
}

/** A CSV file the command wrote, as objects keyed by header. */
export function readCsvFile(file: string): Record<string, string>[] {
  return parseCsv(fs.readFileSync(file, 'utf8'));
}

/** The header of a typical Norwegian registration export. */
export const NORWEGIAN_HEADER = ['Påmeldingsnummer', 'Navn', 'E-post', 'Organisasjon', 'Status'] as const;

/** Names that reach the database and the screens exactly as written. */
export const SQL_NAME = "Robert'); DROP TABLE registrant;--";
export const HTML_NAME = '<script>alert(1)</script>';

/** Registrants of every status, with æ, ø and å, and two hostile names. */
export const NORWEGIAN_REGISTRANTS: readonly (readonly string[])[] = [
  ['1001', 'Kari Ødegård', 'kari.odegard@example.no', 'Bærum kommune', 'Påmeldt'],
  ['1002', 'Åse Sørensen', 'ase.sorensen@example.no', 'Tromsø kommune', 'Påmeldt'],
  ['1003', 'Per Hansen', 'per.hansen@example.no', 'Ås kommune', 'Venteliste'],
  ['1004', 'Ola Nordmann', 'ola.nordmann@example.no', 'Kommunal- og distriktsdepartementet', 'Avmeldt'],
  ['1005', 'Bjørn Lie', 'bjorn.lie@example.no', 'Halden kommune', ''],
  ['1006', SQL_NAME, 'robert@example.no', 'Bobby Tables AS', 'Påmeldt'],
  ['1007', HTML_NAME, 'xss@example.no', HTML_NAME, 'Påmeldt'],
];

/** The registrants as Norwegian Excel saves CSV: Windows-1252 with semicolons. */
export function norwegianExcelCsv(rows: readonly (readonly string[])[] = NORWEGIAN_REGISTRANTS): Buffer {
  return csvBytes([NORWEGIAN_HEADER, ...rows], { delimiter: ';', encoding: 'latin1' });
}
