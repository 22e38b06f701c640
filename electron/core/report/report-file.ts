/**
 * The attendance report as a file in any of its formats, for the command
 * line and the organiser screens alike.
 */
import type { Language } from '../../../shared/i18n.js';
import { UserError } from '../../../shared/i18n.js';
import { anonymiseReport, buildAttendanceReport } from '../../../shared/report/build-report.js';
import type { AttendanceReport, ReportFormat } from '../../../shared/report/report-model.js';
import { reportTable, reportTableNames, tableCsv, type ReportTableName } from '../../../shared/report/report-tables.js';
import type { Core } from '../core.js';
import { keptReportJsonSync } from '../privacy/privacy-state.js';
import { municipalityMatcher } from './municipality-list.js';
import { reportInputSync } from './report-data.js';
import { reportPdf } from './report-pdf.js';
import { reportXlsx } from './report-xlsx.js';

/** Which report, and how. */
export interface ReportFileOptions {
  readonly format: ReportFormat;
  readonly anonymous?: boolean;
  /** CSV only: the table to write; the per-registrant table by default (the municipalities in the anonymous report). */
  readonly table?: ReportTableName;
  readonly language?: Language;
}

/** A report file: its suggested name, its type and its bytes. */
export interface ReportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

const MIME_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * The report as the data directory holds it now: anonymised when asked. Once
 * the personal data is purged, the anonymous report is the one kept from
 * just before, as it was; the full one no longer exists.
 */
export function attendanceReportSync(core: Core, anonymous = false): AttendanceReport {
  const kept = keptReportJsonSync(core);
  if (kept !== undefined) {
    if (!anonymous) throw new UserError('reportPurged');
    return JSON.parse(kept) as AttendanceReport;
  }
  const report = buildAttendanceReport(reportInputSync(core), municipalityMatcher());
  return anonymous ? anonymiseReport(report) : report;
}

/** The CSV's table: the one asked for, if this report has it. */
function csvTable(report: AttendanceReport, asked: ReportTableName | undefined): ReportTableName {
  const name = asked ?? (report.anonymous ? 'municipalities' : 'registrants');
  const available = reportTableNames(report);
  if (!available.includes(name)) throw new UserError('reportTableNotAnonymous', { table: name, tables: available.join(', ') });
  return name;
}

function fileName(report: AttendanceReport, language: Language, format: ReportFormat, table: ReportTableName | null): string {
  const base = language === 'nb' ? 'oppmoterapport' : 'attendance-report';
  const anonymous = report.anonymous ? (language === 'nb' ? '-anonym' : '-anonymous') : '';
  return `${base}${anonymous}-${report.event.date}${table ? `-${table}` : ''}.${format}`;
}

/** The report written as one file. */
export async function reportFile(core: Core, options: ReportFileOptions): Promise<ReportFile> {
  const language = options.language ?? 'nb';
  if (options.table !== undefined && options.format !== 'csv') throw new UserError('reportTableOnlyCsv');
  const report = attendanceReportSync(core, options.anonymous);
  const encode = (content: string): Uint8Array => new TextEncoder().encode(content);
  let bytes: Uint8Array;
  let table: ReportTableName | null = null;
  switch (options.format) {
    case 'pdf':
      bytes = await reportPdf(report, language);
      break;
    case 'xlsx':
      bytes = await reportXlsx(report, language);
      break;
    case 'json':
      bytes = encode(`${JSON.stringify(report, null, 2)}\n`);
      break;
    case 'csv':
      table = csvTable(report, options.table);
      bytes = encode(tableCsv(reportTable(report, table, language)!, language));
      break;
  }
  // The per-registrant table is the CSV everyone expects: its name stays plain.
  const named = table === 'registrants' ? null : table;
  return { fileName: fileName(report, language, options.format, named), mimeType: MIME_TYPES[options.format], bytes };
}
