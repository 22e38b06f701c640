/**
 * Writing CSV that Excel opens correctly and safely.
 */

/** Cells Excel would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A name like "=HYPERLINK(...)" must stay text in the organiser's spreadsheet.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: comma-separated, CRLF line ends, UTF-8 with a byte order
 * mark so that Excel reads æ, ø and å right.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
