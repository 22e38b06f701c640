/**
 * The attendance report as tables with typed columns, in the reader's
 * language: the sheets of the XLSX, the CSV's tables and the PDF's, so every
 * format shows the same rows.
 */
import { toCsv } from '../csv.js';
import type { Language, UiTextKey } from '../i18n.js';
import { text } from '../i18n.js';
import { osloDateAndTime } from '../oslo-clock.js';
import type { AffiliationKind, AttendanceReport } from './report-model.js';

/**
 * What a column holds: text, a count of people (or FEW), a share from 0 to 1,
 * or an instant (ISO 8601 UTC) shown as Oslo date and time, date, or time.
 */
export type CellKind = 'text' | 'count' | 'share' | 'dateTime' | 'date' | 'time';

/** A cell's value; null is empty. */
export type Cell = string | number | null;

/** A column: its header, its kind, and its width relative to the others when printed. */
export interface ReportColumn {
  readonly header: string;
  readonly kind: CellKind;
  readonly width: number;
}

/** The report's tables by name: `innsjekk report --table NAME`, one XLSX sheet each. */
export const REPORT_TABLE_NAMES = [
  'summary',
  'arrivals',
  'counties',
  'municipalities',
  'affiliations',
  'organisations',
  'kiosks',
  'stations',
  'duplicates',
  'no-shows',
  'uncollected-tags',
  'dietary',
  'registrants',
] as const;
export type ReportTableName = (typeof REPORT_TABLE_NAMES)[number];

/** The tables that name people (or hold what they wrote, as the dietary needs): not in the anonymous report. */
export const PERSONAL_TABLES: readonly ReportTableName[] = ['registrants', 'organisations', 'no-shows', 'duplicates', 'uncollected-tags', 'dietary'];

/** One table of the report. */
export interface ReportTable {
  readonly name: ReportTableName;
  /** A short name, for the XLSX sheet (at most 31 characters). */
  readonly sheet: string;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

type Say = (key: UiTextKey) => string;

const STATUS_TEXT = { confirmed: 'statusConfirmed', waitlisted: 'statusWaitlisted', cancelled: 'statusCancelled' } as const satisfies Record<string, UiTextKey>;

const AFFILIATION_TEXT = {
  municipality: 'reportAffiliationMunicipality',
  countyAuthority: 'reportAffiliationCountyAuthority',
  other: 'reportAffiliationOther',
  none: 'reportAffiliationNone',
} as const satisfies Record<AffiliationKind, UiTextKey>;

const column = (header: string, kind: CellKind, width = 1): ReportColumn => ({ header, kind, width });

function summaryTable(report: AttendanceReport, say: Say): Omit<ReportTable, 'name' | 'sheet'> {
  const s = report.summary;
  const row = (figure: UiTextKey, count: number | null, share: number | null = null, when: string | null = null, note: string | null = null): Cell[] => [
    say(figure),
    count,
    share,
    when,
    note,
  ];
  return {
    title: say('reportTableSummary'),
    columns: [
      column(say('reportColumnFigure'), 'text', 2.6),
      column(say('reportColumnCount'), 'count', 0.7),
      column(say('reportColumnShare'), 'share', 0.7),
      column(say('reportColumnWhen'), 'dateTime', 1.6),
      column(say('reportColumnNote'), 'text', 3.4),
    ],
    rows: [
      row('reportFigureConfirmedOrWaitlisted', s.confirmedOrWaitlisted),
      row('reportFigureConfirmed', s.confirmed),
      row('reportFigureWaitlisted', s.waitlisted),
      row('reportFigureCancelled', s.cancelled),
      row('reportFigureArrived', s.arrived),
      row('reportFigureNoShows', s.noShows, s.confirmed === 0 ? null : s.noShows / s.confirmed),
      row('reportFigureAttendanceRate', null, s.attendanceRate),
      row('reportFigureCapacity', report.event.capacity, null, null, report.event.capacity === null ? say('reportNoteNoCapacity') : null),
      row('reportFigurePeakInside', s.peakInside.count, null, s.peakInside.at),
      row('reportFigureExits', s.exits),
      row('reportFigureInsideAtEnd', s.insideAtEnd),
      row('reportFigureFirstArrival', null, null, s.firstArrivalAt),
      row('reportFigureLastArrival', null, null, s.lastArrivalAt),
      row('reportFigureAdmittedTwice', s.admittedTwice),
      row('reportFigureExtraAdmissions', s.extraAdmissions),
      row('reportFigureWalkIns', s.walkIns),
      row('reportFigureWaitlistAdmissions', s.waitlistAdmissions),
      row('reportFigureForcedAdmissions', s.forcedAdmissions),
      row('reportFigureCloakHandedIn', report.cloakroom.handedIn),
      row('reportFigureCloakNotCollected', report.cloakroom.notCollected),
      row('reportFigureCloakFlagged', report.cloakroom.flaggedTags),
      row('reportFigureLunchServed', report.lunch.served),
      row('reportFigureLunchExpected', report.lunch.expected, null, null, say('reportNoteLunchExpected')),
      row('reportFigureLunchLeftToServe', report.lunch.leftToServe, report.lunch.expected === 0 ? null : report.lunch.leftToServe / report.lunch.expected),
      row('reportFigureLunchWithoutCode', report.lunch.withoutCode),
      row('reportFigureLunchSecond', report.lunch.secondServings),
      row('reportFigureLunchNotCheckedIn', report.lunch.notCheckedIn),
    ],
  };
}

/** Each table's sheet name. */
const SHEET_TEXT = {
  summary: 'reportSheetSummary',
  arrivals: 'reportSheetArrivals',
  counties: 'reportSheetCounties',
  municipalities: 'reportSheetMunicipalities',
  affiliations: 'reportSheetAffiliations',
  organisations: 'reportSheetOrganisations',
  kiosks: 'reportSheetKiosks',
  stations: 'reportSheetStations',
  duplicates: 'reportSheetDuplicates',
  'no-shows': 'reportSheetNoShows',
  'uncollected-tags': 'reportSheetUncollectedTags',
  dietary: 'reportSheetDietary',
  registrants: 'reportSheetRegistrants',
} as const satisfies Record<ReportTableName, UiTextKey>;

/** Each table's title, columns and rows, by name; personal ones read report.people. */
const TABLES: Readonly<Record<ReportTableName, (report: AttendanceReport, say: Say) => Omit<ReportTable, 'name' | 'sheet'>>> = {
  summary: summaryTable,
  arrivals: (report, say) => ({
    title: say('reportTableArrivals'),
    columns: [column(say('reportColumnDate'), 'date'), column(say('reportColumnQuarter'), 'time'), column(say('reportColumnArrivals'), 'count'), column(say('reportColumnCumulative'), 'count')],
    rows: report.arrivals.map((q) => [q.start, q.start, q.arrivals, q.cumulative]),
  }),
  counties: (report, say) => ({
    title: say('reportTableCounties'),
    columns: [
      column(say('reportColumnCountyNumber'), 'text', 0.8),
      column(say('reportColumnCounty'), 'text', 2),
      column(say('reportColumnMunicipalities'), 'count'),
      column(say('reportColumnRepresented'), 'count'),
      column(say('reportColumnShareRepresented'), 'share'),
      column(say('reportColumnConfirmed'), 'count'),
      column(say('reportColumnArrived'), 'count'),
      column(say('reportColumnFromCountyAuthority'), 'count', 1.3),
    ],
    rows: report.counties.map((c) => [c.number, c.name, c.municipalities, c.municipalitiesRepresented, c.shareRepresented, c.confirmed, c.arrived, c.arrivedFromCountyAuthority]),
  }),
  municipalities: (report, say) => ({
    title: say('reportTableMunicipalities'),
    columns: [
      column(say('reportColumnMunicipalityNumber'), 'text', 0.9),
      column(say('reportColumnMunicipality'), 'text', 2.6),
      column(say('reportColumnCounty'), 'text', 1.6),
      column(say('reportColumnConfirmed'), 'count', 0.8),
      column(say('reportColumnArrived'), 'count', 0.8),
    ],
    rows: report.municipalities.map((m) => [m.number, m.name, m.county, m.confirmed, m.arrived]),
  }),
  affiliations: (report, say) => ({
    title: say('reportTableAffiliations'),
    columns: [column(say('reportColumnAffiliation'), 'text', 2.5), column(say('reportColumnOrganisations'), 'count'), column(say('reportColumnConfirmed'), 'count'), column(say('reportColumnArrived'), 'count')],
    rows: report.affiliations.map((a) => [say(AFFILIATION_TEXT[a.kind]), a.organisations, a.confirmed, a.arrived]),
  }),
  kiosks: (report, say) => ({
    title: say('reportTableKiosks'),
    columns: [column(say('reportColumnKiosk'), 'text', 2), column(say('reportColumnStation'), 'text', 1.5), column(say('reportColumnScans'), 'count'), column(say('reportColumnShare'), 'share'), column(say('reportColumnArrivals'), 'count')],
    rows: report.kiosks.map((k) => [k.kiosk, k.station, k.scans, k.share, k.arrivals]),
  }),
  stations: (report, say) => ({
    title: say('reportTableStations'),
    columns: [column(say('reportColumnStation'), 'text', 2), column(say('reportColumnKiosks'), 'count'), column(say('reportColumnScans'), 'count'), column(say('reportColumnShare'), 'share')],
    rows: report.stations.map((s) => [s.station, s.kiosks, s.scans, s.share]),
  }),
  'uncollected-tags': (report, say) => ({
    title: say('reportTableUncollectedTags'),
    columns: [
      column(say('reportColumnTag'), 'count', 0.7),
      column(say('reportColumnName'), 'text', 2),
      column(say('reportColumnOrganisation'), 'text', 2),
      column(say('reportColumnHandedInAt'), 'dateTime', 1.4),
      column(say('reportColumnKiosk'), 'text'),
    ],
    rows: (report.people?.uncollectedTags ?? []).map((t) => [t.tag, t.name ?? say('reportWithoutCode'), t.organisation, t.at, t.kiosk]),
  }),
  dietary: (report, say) => ({
    title: say('reportTableDietary'),
    columns: [column(say('reportColumnNeed'), 'text', 2.5), column(say('reportColumnExpectedWithNeed'), 'count'), column(say('reportColumnHadLunch'), 'count')],
    rows: (report.people?.dietary ?? []).map((d) => [d.need, d.expected, d.served]),
  }),
  registrants: (report, say) => ({
    title: say('reportTableRegistrants'),
    columns: [
      column(say('reportColumnId'), 'text', 0.9),
      column(say('reportColumnName'), 'text', 2),
      column(say('reportColumnEmail'), 'text', 2),
      column(say('reportColumnOrganisation'), 'text', 2),
      column(say('reportColumnStatus'), 'text', 0.9),
      column(say('reportColumnArrivedAt'), 'dateTime', 1.4),
      column(say('reportColumnKiosk'), 'text'),
      column(say('reportColumnMunicipality'), 'text', 1.2),
      column(say('reportColumnCounty'), 'text'),
      column(say('reportColumnExtraAdmissions'), 'count', 0.7),
    ],
    rows: (report.people?.registrants ?? []).map((r) => [
      r.id,
      r.name,
      r.email,
      r.organisation,
      say(STATUS_TEXT[r.status]),
      r.arrivedAt,
      r.kiosk,
      r.municipality,
      r.county,
      r.extraAdmissions,
    ]),
  }),
  organisations: (report, say) => ({
    title: say('reportTableOrganisations'),
    columns: [
      column(say('reportColumnOrganisation'), 'text', 3),
      column(say('reportColumnAffiliation'), 'text', 1.3),
      column(say('reportColumnPlace'), 'text', 1.6),
      column(say('reportColumnConfirmed'), 'count', 0.7),
      column(say('reportColumnArrived'), 'count', 0.7),
    ],
    rows: (report.people?.organisations ?? []).map((o) => [o.organisation || say('reportAffiliationNone'), say(AFFILIATION_TEXT[o.kind]), o.place, o.confirmed, o.arrived]),
  }),
  'no-shows': (report, say) => ({
    title: say('reportTableNoShows'),
    columns: [column(say('reportColumnName'), 'text', 2), column(say('reportColumnOrganisation'), 'text', 2), column(say('reportColumnEmail'), 'text', 2), column(say('reportColumnId'), 'text', 0.8)],
    rows: (report.people?.noShows ?? []).map((n) => [n.name, n.organisation, n.email, n.id]),
  }),
  duplicates: (report, say) => ({
    title: say('reportTableDuplicates'),
    columns: [
      column(say('reportColumnName'), 'text', 1.6),
      column(say('reportColumnOrganisation'), 'text', 1.6),
      column(say('reportColumnFirstAt'), 'dateTime', 1.3),
      column(say('reportColumnFirstKiosk'), 'text'),
      column(say('reportColumnAgainAt'), 'dateTime', 1.3),
      column(say('reportColumnAgainKiosk'), 'text'),
    ],
    rows: (report.people?.duplicates ?? []).map((d) => [d.name, d.organisation, d.firstAt, d.firstKiosk, d.at, d.kiosk]),
  }),
};

/** The tables this report has, in the order listed by REPORT_TABLE_NAMES: without the personal ones when it is anonymous. */
export function reportTableNames(report: AttendanceReport): ReportTableName[] {
  return REPORT_TABLE_NAMES.filter((name) => report.people !== null || !PERSONAL_TABLES.includes(name));
}

/** One table of the report in the given language; null when the report does not have it (a personal table of the anonymous report). */
export function reportTable(report: AttendanceReport, name: ReportTableName, language: Language): ReportTable | null {
  if (!reportTableNames(report).includes(name)) return null;
  const say: Say = (key) => text(key, {}, language);
  return { name, sheet: say(SHEET_TEXT[name]), ...TABLES[name](report, say) };
}

/** A cell as text: Oslo times, shares as percentages the language's way ("62,5 %", "62.5%"). */
export function formatCell(value: Cell, kind: CellKind, language: Language): string {
  if (value === null) return '';
  if (typeof value === 'string') {
    if (kind === 'dateTime' || kind === 'date' || kind === 'time') {
      const { date, time } = osloDateAndTime(value);
      return kind === 'date' ? date : kind === 'time' ? time.slice(0, 5) : `${date} ${time}`;
    }
    return value;
  }
  if (kind === 'share') {
    const percent = (value * 100).toFixed(1);
    return language === 'nb' ? `${percent.replace('.', ',')} %` : `${percent}%`;
  }
  return String(value);
}

/**
 * A table as CSV for Excel in the reader's language: semicolons for
 * Norwegian Excel, commas for English; Oslo times; a byte order mark.
 */
export function tableCsv(table: ReportTable, language: Language): string {
  const kinds = table.columns.map((c) => c.kind);
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows.map((row) => row.map((value, i) => (value === null ? null : formatCell(value, kinds[i]!, language)))),
    language === 'nb' ? ';' : ',',
  );
}
