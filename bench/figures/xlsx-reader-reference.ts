/**
 * A reference for the XLSX import: the same 20,000-row workbook read into
 * rows by exceljs's streaming reader (the first sheet, no styles), set
 * against the hand-written reader the import uses (electron/core/import/xlsx.ts).
 * The import's own figure less the hand-written read, plus exceljs's, is what
 * the import would take with exceljs.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetRow } from '../../electron/core/import/read-table.js';
import { readXlsxRows } from '../../electron/core/import/xlsx.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement } from '../figure.js';

const RUNS = 3;

/** The two readers' figures; informative, set against the import's target of 2 s. */
export function xlsxReaderReferenceFigures(data: BenchData): Figure[] {
  const rows = data.registrants.toLocaleString('en-US');
  return [
    {
      name: `XLSX rows read by the hand-written reader (${rows} rows)`,
      run: async () => timeReads(data, async (bytes) => readXlsxRows(bytes)),
    },
    {
      name: `XLSX rows read by exceljs's streaming reader (${rows} rows, reference)`,
      run: async () => timeReads(data, readWithExcelJs),
    },
  ];
}

/** A cell as the hand-written reader gives it: text, numbers as JavaScript prints them. */
function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The first worksheet's rows through exceljs's streaming reader. */
async function readWithExcelJs(bytes: Uint8Array): Promise<SheetRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const rows: SheetRow[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows.push({ rowNumber: row.number, cells: (row.values as ExcelJS.CellValue[]).slice(1).map(cellText) });
    }
    break;
  }
  return rows;
}

/** One untimed run, then RUNS timed ones, each checked for every row. */
async function timeReads(data: BenchData, read: (bytes: Uint8Array) => Promise<SheetRow[]>): Promise<Measurement> {
  const bytes = await data.xlsx();
  const once = async (): Promise<number> => {
    const start = process.hrtime.bigint();
    const rows = await read(bytes);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // The header and one row per registrant.
    if (rows.length !== data.registrants + 1) throw new Error(`read ${rows.length} rows, not ${data.registrants + 1}`);
    return ms;
  };
  await once();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once());
  return { samples, note: 'after 1 warm-up run' };
}
