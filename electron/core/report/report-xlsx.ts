/**
 * The attendance report as an Excel workbook: a sheet per table, numbers as
 * numbers, times as Excel dates and times (Oslo's clock), shares as
 * percentages, the header row frozen and filtered.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../../shared/csv.js';
import type { Language } from '../../../shared/i18n.js';
import { osloWallClock } from '../../../shared/oslo-clock.js';
import type { AttendanceReport } from '../../../shared/report/report-model.js';
import { reportTable, reportTableNames, type Cell, type CellKind, type ReportTable } from '../../../shared/report/report-tables.js';

/** Excel's number formats by column kind; Excel shows them in the reader's own locale. */
function numberFormat(kind: CellKind, language: Language): string | undefined {
  const date = language === 'nb' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  switch (kind) {
    case 'share':
      return '0.0%';
    case 'dateTime':
      return `${date} hh:mm:ss`;
    case 'date':
      return date;
    case 'time':
      return 'hh:mm';
    default:
      return undefined;
  }
}

/** A cell's value for Excel: instants as Oslo wall-clock dates, text never a formula. */
function excelValue(value: Cell, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (kind === 'dateTime' || kind === 'time') return osloWallClock(value);
  // The quarter's Oslo date, midnight.
  if (kind === 'date') return new Date(osloWallClock(value).toISOString().slice(0, 10));
  return neutraliseFormula(value);
}

const POINTS_PER_WIDTH = 14;

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ReportTable, language: Language): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ width: Math.round(c.width * POINTS_PER_WIDTH) }));
  const columns = table.columns.length;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: columns } };
  const header = sheet.addRow(table.columns.map((c) => neutraliseFormula(c.header)));
  header.font = { bold: true };
  header.commit();
  // One style object per column, shared by its cells, and one for every row: exceljs looks a style
  // up by the object, so thousands of cells cost one lookup, where the fresh style each row and cell
  // is made with would cost one apiece. Empty cells are left out altogether.
  const styles = table.columns.map((c): Partial<ExcelJS.Style> => {
    const numFmt = numberFormat(c.kind, language);
    return numFmt ? { numFmt } : {};
  });
  const rowStyle: Partial<ExcelJS.Style> = {};
  // exceljs's typings leave out the row's own style, which it keeps and looks up all the same.
  type StyledRow = ExcelJS.Row & { style: Partial<ExcelJS.Style> };
  const kinds = table.columns.map((c) => c.kind);
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((value, i) => (value === null ? undefined : excelValue(value, kinds[i]!)))) as StyledRow;
    row.style = rowStyle;
    for (let i = 0; i < columns; i++) if (values[i] !== null) row.getCell(i + 1).style = styles[i]!;
    row.commit();
  }
  sheet.commit();
}

/** The workbook's bytes. */
export async function reportXlsx(report: AttendanceReport, language: Language): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Fast compression: the sheets are text that packs well anyway, and the report must be quick.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  workbook.creator = 'Innsjekk';
  workbook.created = new Date(report.generatedAt);
  for (const name of reportTableNames(report)) writeSheet(workbook, reportTable(report, name, language)!, language);
  await workbook.commit();
  return Buffer.concat(chunks);
}
