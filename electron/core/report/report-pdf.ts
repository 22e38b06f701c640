/**
 * The attendance report as a printable A4 PDF: the summary, the arrival
 * curve, attendance by county, municipality and organisation, the kiosks'
 * and stations' shares, repeated admissions, no-shows, the cloakroom tags not
 * collected and the kitchen's summary. Charts are drawn as vector
 * graphics; every page carries the event's name and date and its number.
 * The per-registrant table is left to the XLSX and CSV: on paper it would be
 * hundreds of pages.
 */
import PDFDocument from 'pdfkit';
import { text, type Language, type TextParams, type UiTextKey } from '../../../shared/i18n.js';
import { osloDateAndTime } from '../../../shared/oslo-clock.js';
import type { AttendanceReport } from '../../../shared/report/report-model.js';
import { formatCell, reportTable, type ReportTable, type ReportTableName } from '../../../shared/report/report-tables.js';
import { resourcePath } from '../resource-path.js';

const MARGIN = { top: 64, bottom: 56, left: 48, right: 48 };
/**
 * Helvetica, built into every PDF reader, writes Windows-1252: æ, ø, å, á, š
 * and ž, and it is quick to lay out. Text with other letters (Sami ŋ, đ, ŧ,
 * č) is written in the embedded DejaVu Sans instead.
 */
const FONTS = {
  body: { builtIn: 'Helvetica', embedded: 'report-body' },
  bold: { builtIn: 'Helvetica-Bold', embedded: 'report-bold' },
} as const;
const WINDOWS_1252 = /^[\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\n]*$/;
const TABLE_FONT_SIZE = 8;
const ROW_HEIGHT = 12;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#bbbbbb';
const HEADER_FILL = '#e6e6e6';
const BAR = '#2f6690';
const LINE = '#c0392b';
const ELLIPSIS = '…';

/** The tables the PDF prints, in order; a chart goes before some. */
const PRINTED: readonly ReportTableName[] = [
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
];

type Doc = PDFKit.PDFDocument;

/** Writes one report into one document. */
class ReportPdf {
  private readonly doc: Doc;
  private readonly width: number;

  constructor(
    private readonly report: AttendanceReport,
    private readonly language: Language,
  ) {
    const title = `${this.say(report.anonymous ? 'reportAnonymousTitle' : 'reportTitle')} – ${report.event.name}`;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      lang: language === 'nb' ? 'nb-NO' : 'en-GB',
      info: { Title: title, Creator: 'Innsjekk', CreationDate: new Date(report.generatedAt) },
    });
    this.doc.registerFont(FONTS.body.embedded, resourcePath('fonts', 'DejaVuSansCondensed.ttf'));
    this.doc.registerFont(FONTS.bold.embedded, resourcePath('fonts', 'DejaVuSansCondensed-Bold.ttf'));
    this.width = this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private say(key: UiTextKey, params: TextParams = {}): string {
    return text(key, params, this.language);
  }

  /** Sets the font and size that can write `value`; returns the document to chain on. */
  private font(value: string, weight: keyof typeof FONTS, size: number): Doc {
    const font = FONTS[weight];
    return this.doc.font(WINDOWS_1252.test(value) ? font.builtIn : font.embedded).fontSize(size);
  }

  /** Writes one line of text at a place, in a font that can write it. */
  private line(value: string, x: number, y: number, size: number, weight: keyof typeof FONTS = 'body', options: PDFKit.Mixins.TextOptions = {}): void {
    this.font(value, weight, size).text(value, x, y, { lineBreak: false, ...options });
  }

  /** The document's bytes once everything is written. */
  async write(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.titleBlock();
    for (const name of PRINTED) {
      const table = reportTable(this.report, name, this.language);
      if (!table) continue;
      this.heading(table.title, name === 'summary' ? 0 : 150);
      if (name === 'arrivals') this.arrivalChart();
      if (name === 'counties') this.shareBars(this.say('reportChartCounties'), this.report.counties.map((c) => ({ label: c.name, share: c.shareRepresented })));
      if (name === 'kiosks') this.shareBars(this.say('reportChartKiosks'), this.report.kiosks.map((k) => ({ label: `${k.kiosk} (${k.station})`, share: k.share })));
      if (name === 'stations') this.shareBars(this.say('reportChartStations'), this.report.stations.map((s) => ({ label: s.station, share: s.share })));
      this.table(table);
    }
    this.pageFrames();
    this.doc.end();
    await ended;
    return Buffer.concat(chunks);
  }

  private titleBlock(): void {
    const { doc, report } = this;
    const made = osloDateAndTime(report.generatedAt);
    const title = this.say(report.anonymous ? 'reportAnonymousTitle' : 'reportTitle');
    const event = `${report.event.name} – ${this.eventDate()}`;
    const generated = this.say('reportGenerated', { date: this.dayText(made.date), time: made.time.slice(0, 5) });
    doc.fillColor(INK);
    this.font(title, 'bold', 18).text(title, MARGIN.left, MARGIN.top, { width: this.width });
    this.font(event, 'body', 12).text(event, { width: this.width });
    this.font(generated, 'body', 9).fillColor(MUTED).text(generated, { width: this.width });
    if (report.anonymous) {
      const note = this.say('reportAnonymousNote');
      this.font(note, 'body', 9).moveDown(0.5).fillColor(INK).text(note, { width: this.width });
    }
    doc.moveDown(1);
  }

  /** "12.03.2026" in Norwegian, "2026-03-12" in English. */
  private dayText(isoDate: string): string {
    const [year, month, day] = isoDate.split('-');
    return this.language === 'nb' ? `${day}.${month}.${year}` : isoDate;
  }

  private eventDate(): string {
    return this.dayText(this.report.event.date);
  }

  /** Room for `needed` points below the cursor, or a new page. */
  private ensureRoom(needed: number): void {
    if (this.doc.y + needed > this.doc.page.height - MARGIN.bottom) this.doc.addPage();
  }

  /** A section heading, kept with at least `keepWith` points of what follows. */
  private heading(title: string, keepWith: number): void {
    this.ensureRoom(keepWith + 30);
    this.doc.moveDown(0.6).fillColor(INK);
    this.font(title, 'bold', 13).text(title, MARGIN.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  /** A paragraph in the body font, across the page. */
  private paragraph(value: string, size: number, color: string): void {
    this.doc.fillColor(color);
    this.font(value, 'body', size).text(value, MARGIN.left, this.doc.y, { width: this.width });
  }

  /** Text in the current font (of `size`), cut with an ellipsis to fit the width; measured only when it might not fit. */
  private fitted(value: string, width: number, size: number): string {
    const { doc } = this;
    // No glyph is wider than the font size: shorter text always fits.
    if (value.length * size <= width || doc.widthOfString(value) <= width) return value;
    let low = 0;
    let high = value.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (doc.widthOfString(value.slice(0, mid) + ELLIPSIS) <= width) low = mid;
      else high = mid - 1;
    }
    return value.slice(0, low).trimEnd() + ELLIPSIS;
  }

  private table(table: ReportTable): void {
    const { doc } = this;
    if (table.rows.length === 0) {
      this.paragraph(this.say('reportNoRows'), 9, MUTED);
      return;
    }
    const total = table.columns.reduce((sum, c) => sum + c.width, 0);
    const gap = 4;
    let x = MARGIN.left;
    const columns = table.columns.map((c) => {
      const width = (c.width / total) * this.width;
      const placed = { ...c, x, width: width - gap, right: c.kind === 'count' || c.kind === 'share' };
      x += width;
      return placed;
    });
    const header = (): void => {
      doc.rect(MARGIN.left, doc.y - 2, this.width, ROW_HEIGHT + 6).fill(HEADER_FILL);
      doc.fillColor(INK);
      // Headers may take two lines; the row is as tall as the tallest.
      const top = doc.y;
      let bottom = top;
      for (const c of columns) {
        this.font(c.header, 'bold', TABLE_FONT_SIZE - 0.5).text(c.header, c.x, top, { width: c.width, align: c.right ? 'right' : 'left', height: ROW_HEIGHT * 2 });
        bottom = Math.max(bottom, doc.y);
      }
      doc.y = bottom + 3;
    };
    this.ensureRoom(ROW_HEIGHT * 4);
    header();
    for (const row of table.rows) {
      if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN.bottom) {
        doc.addPage();
        header();
      }
      const y = doc.y;
      doc.fillColor(INK);
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i]!;
        const value = formatCell(row[i] ?? null, c.kind, this.language);
        if (value === '') continue;
        this.font(value, 'body', TABLE_FONT_SIZE);
        const cell = this.fitted(value, c.width, TABLE_FONT_SIZE);
        const left = c.right ? c.x + c.width - doc.widthOfString(cell) : c.x;
        doc.text(cell, left, y, { lineBreak: false });
      }
      doc.moveTo(MARGIN.left, y + ROW_HEIGHT - 2).lineTo(MARGIN.left + this.width, y + ROW_HEIGHT - 2).lineWidth(0.3).strokeColor(RULE).stroke();
      doc.y = y + ROW_HEIGHT;
    }
    doc.x = MARGIN.left;
  }

  /** Bars for arrivals per quarter, and a line for everyone arrived by then, each with its own scale. */
  private arrivalChart(): void {
    const { doc } = this;
    const quarters = this.report.arrivals;
    if (quarters.length === 0) return;
    const height = 150;
    this.ensureRoom(height + 50);
    const top = doc.y + 6;
    const left = MARGIN.left + 28;
    const right = MARGIN.left + this.width - 34;
    const bottom = top + height;
    const maxArrivals = Math.max(1, ...quarters.map((q) => q.arrivals));
    const maxCumulative = Math.max(1, quarters[quarters.length - 1]!.cumulative);
    const step = (right - left) / quarters.length;

    doc.lineWidth(0.5).strokeColor(MUTED).moveTo(left, top).lineTo(left, bottom).lineTo(right, bottom).lineTo(right, top).stroke();
    doc.fillColor(MUTED);
    for (const fraction of [0, 0.5, 1]) {
      const y = bottom - fraction * height;
      this.line(String(Math.round(maxArrivals * fraction)), MARGIN.left, y - 3, 7, 'body', { width: 24, align: 'right' });
      this.line(String(Math.round(maxCumulative * fraction)), right + 4, y - 3, 7);
    }
    doc.fillColor(BAR);
    quarters.forEach((q, i) => {
      const barHeight = (q.arrivals / maxArrivals) * height;
      if (barHeight > 0) doc.rect(left + i * step + step * 0.1, bottom - barHeight, step * 0.8, barHeight).fill();
    });
    doc.lineWidth(1.2).strokeColor(LINE);
    quarters.forEach((q, i) => {
      const x = left + (i + 0.5) * step;
      const y = bottom - (q.cumulative / maxCumulative) * height;
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.stroke();
    // A time under every few bars, so that the labels do not run into each other.
    const labelEvery = Math.max(1, Math.ceil(quarters.length / 12));
    doc.fillColor(MUTED);
    quarters.forEach((q, i) => {
      if (i % labelEvery === 0) this.line(formatCell(q.start, 'time', this.language), left + i * step, bottom + 3, 7);
    });
    doc.y = bottom + 14;
    this.paragraph(this.say('reportChartArrivals'), 8, MUTED);
    doc.moveDown(0.6);
  }

  /** One horizontal bar per item, its share of the whole width. */
  private shareBars(caption: string, items: readonly { readonly label: string; readonly share: number }[]): void {
    const { doc } = this;
    if (items.length === 0) return;
    const barHeight = 9;
    this.ensureRoom(items.length * (barHeight + 3) + 30);
    const labelWidth = 140;
    const barLeft = MARGIN.left + labelWidth + 6;
    const barWidth = this.width - labelWidth - 50;
    let y = doc.y + 2;
    for (const item of items) {
      doc.fillColor(INK);
      this.font(item.label, 'body', 7.5);
      this.line(this.fitted(item.label, labelWidth, 7.5), MARGIN.left, y + 1, 7.5);
      doc.rect(barLeft, y, barWidth, barHeight).lineWidth(0.3).strokeColor(RULE).stroke();
      if (item.share > 0) doc.rect(barLeft, y, barWidth * item.share, barHeight).fill(BAR);
      doc.fillColor(INK);
      this.line(formatCell(item.share, 'share', this.language), barLeft + barWidth + 4, y + 1, 7.5);
      y += barHeight + 3;
    }
    doc.y = y + 2;
    this.paragraph(caption, 8, MUTED);
    doc.moveDown(0.6);
  }

  /** The event's name and date at the top of every page, the page number at the foot. */
  private pageFrames(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    const event = `${this.report.event.name} – ${this.eventDate()}`;
    const title = this.say(this.report.anonymous ? 'reportAnonymousTitle' : 'reportTitle');
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Writing in the margins must not start new pages.
      doc.page.margins.bottom = 0;
      doc.fillColor(MUTED);
      this.line(event, MARGIN.left, 30, 8, 'body', { width: this.width * 0.65 });
      this.line(title, MARGIN.left, 30, 8, 'body', { width: this.width, align: 'right' });
      doc.moveTo(MARGIN.left, 42).lineTo(MARGIN.left + this.width, 42).lineWidth(0.5).strokeColor(RULE).stroke();
      this.line(this.say('reportPage', { page: i + 1, pages: range.count }), MARGIN.left, doc.page.height - 36, 8, 'body', { width: this.width, align: 'center' });
      doc.page.margins.bottom = MARGIN.bottom;
    }
  }
}

/** The report as PDF bytes. */
export function reportPdf(report: AttendanceReport, language: Language): Promise<Uint8Array> {
  return new ReportPdf(report, language).write();
}
