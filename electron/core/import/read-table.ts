/**
 * Reading an organiser's registration export (CSV, XLSX or JSON bytes) into a table of strings.
 *
 * The format is told from the content, not the file name: people rename files,
 * and registration systems label CSV and Excel exports loosely.
 */
import { UserError } from '../../../shared/i18n.js';
import { decodeText, looksBinary, readCsvRows } from './csv.js';
import { isZip, readXlsxRows } from './xlsx.js';

/** A table read from a file: header names and data rows of strings. */
export interface Table {
  /** Header cells, trimmed; trailing empty ones dropped, an empty one in the middle named "Kolonne N". */
  readonly columns: readonly string[];
  /** Data rows, blank ones skipped. */
  readonly rows: readonly TableRow[];
}

/** One data row, numbered as the organiser sees it in Excel or a text editor (the header is row 1). */
export interface TableRow {
  /** 1-based; for a CSV record with quoted line breaks, the line it starts on. */
  readonly rowNumber: number;
  /** Trimmed values, exactly one per column. */
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
/** The keys a registration system's JSON may keep its list of people under. */
const JSON_LIST_KEYS = ['attendees', 'registrants', 'data'] as const;

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
  // No header line of a CSV export starts with a bracket; a JSON list always does.
  if (/^\s*[[{]/.test(text)) return buildTable(readJsonRows(text));
  // A binary file named .xlsx is most likely a damaged workbook rather than the wrong file.
  if (looksBinary(text)) throw new UserError(EXCEL_NAME.test(fileName) ? 'xlsxUnreadable' : 'fileNotTable');
  return buildTable(readCsvRows(text));
}

/**
 * A JSON list of flat objects (or one under a known key) as rows: the keys, in
 * the order first met, make the header. There is no header line to count, so
 * a row's number is the person's place in the list.
 */
function readJsonRows(text: string): SheetRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError('jsonUnreadable');
  }
  const list = Array.isArray(parsed) ? parsed : JSON_LIST_KEYS.map((key) => (parsed as Record<string, unknown>)[key]).find(Array.isArray);
  if (!list || !list.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) throw new UserError('jsonNotList');
  const people = list as Record<string, unknown>[];
  const columns = new Set<string>();
  for (const person of people) {
    for (const [key, value] of Object.entries(person)) if (value === null || cellOf(value) !== undefined) columns.add(key);
  }
  const header = [...columns];
  return [
    { rowNumber: 0, cells: header },
    ...people.map((person, i) => ({ rowNumber: i + 1, cells: header.map((key) => cellOf(person[key])) })),
  ];
}

/** A JSON value as a cell; a nested object or list is no column's value in a flat list. */
function cellOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Trims cells, skips blank rows, takes the first row left as the header and evens out the widths. */
function buildTable(sheetRows: readonly SheetRow[]): Table {
  const kept: { rowNumber: number; cells: string[] }[] = [];
  let width = 0;
  for (const row of sheetRows) {
    const cells: string[] = [];
    let used = 0;
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i]?.trim() ?? '';
      cells.push(cell);
      if (cell !== '') used = i + 1;
    }
    if (used === 0) continue;
    kept.push({ rowNumber: row.rowNumber, cells });
    // Values beyond the last header keep a column of their own rather than being lost.
    width = Math.max(width, used);
  }
  const [header, ...data] = kept;
  if (header === undefined) throw new UserError('fileEmpty');
  if (data.length === 0) throw new UserError('headerOnly');

  for (const { cells } of kept) {
    // Cut only empty trailing cells (width covers every value), or pad with empty ones.
    const length = cells.length;
    cells.length = width;
    cells.fill('', length);
  }
  return {
    columns: header.cells.map((name, i) => name || `Kolonne ${i + 1}`),
    rows: data,
  };
}
