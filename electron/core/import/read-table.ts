/**
 * Reading an organiser's registration export (CSV or XLSX bytes) into a table of strings.
 *
 * The format is told from the content, not the file name: people rename files,
 * and registration systems label CSV and Excel exports loosely.
 */
import { UserError } from '../../../shared/i18n.js';
import { decodeText, looksBinary, readCsvRows } from './csv.js';
import { isZip, readXlsxRows } from './xlsx.js';

/** A table read from a file: header names and data rows of strings. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/** One data row, numbered as the organiser sees it in Excel or a text editor (the header is row 1). */
export interface TableRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/** A row as a format reader yields it: cells untrimmed, possibly sparse, possibly blank. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: readonly (string | undefined)[];
}

/** The largest file accepted; an attendee list is rarely more than a few MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;
const EXCEL_NAME = /\.xls[xm]$/i;

/** Reads a registration export into a header and data rows; throws UserError when it cannot. */
export function readTableSync(bytes: Uint8Array, fileName: string): Table {
  if (bytes.length > MAX_IMPORT_BYTES) {
    // Rounded up so a file just over the limit never reads as "20 MB; the limit is 20 MB".
    throw new UserError('fileTooLarge', { size: Math.ceil((bytes.length / MB) * 10) / 10, limit: MAX_IMPORT_BYTES / MB });
  }
  if (bytes.length === 0) throw new UserError('fileEmpty');
  if (isZip(bytes)) return buildTable(readXlsxRows(bytes));

  const text = decodeText(bytes);
  if (text.trim() === '') throw new UserError('fileEmpty');
  // A binary file named .xlsx is most likely a damaged workbook rather than the wrong file.
  if (looksBinary(text)) throw new UserError(EXCEL_NAME.test(fileName) ? 'xlsxUnreadable' : 'fileNotTable');
  return buildTable(readCsvRows(text));
}

/** Trims cells, skips blank rows, takes the first row left as the header and evens out the widths. */
function buildTable(sheetRows: readonly SheetRow[]): Table {
  const trimmed: { rowNumber: number; cells: string[]; width: number }[] = [];
  for (const row of sheetRows) {
    const cells = Array.from(row.cells, (cell) => (cell === undefined ? '' : cell.trim()));
    let width = cells.length;
    while (width > 0 && cells[width - 1] === '') width -= 1;
    if (width > 0) trimmed.push({ rowNumber: row.rowNumber, cells, width });
  }
  const [header, ...data] = trimmed;
  if (header === undefined) throw new UserError('fileEmpty');
  if (data.length === 0) throw new UserError('headerOnly');

  // Values beyond the last header keep a column of their own rather than being lost.
  const width = trimmed.reduce((widest, row) => Math.max(widest, row.width), 0);
  const fit = (cells: readonly string[]): string[] => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return {
    columns: fit(header.cells).map((name, i) => name || `Kolonne ${i + 1}`),
    rows: data.map((row) => ({ rowNumber: row.rowNumber, cells: fit(row.cells) })),
  };
}
