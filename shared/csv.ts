/**
 * Writing CSV that Excel opens correctly and safely.
 */

/** Cells Excel would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet shows as written, never runs: a name like
 * "=HYPERLINK(...)" gets a leading apostrophe, in CSV and XLSX alike.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: comma-separated (or `separator`: Norwegian Excel expects
 * semicolons), CRLF line ends, UTF-8 with a byte order mark so that Excel
 * reads æ, ø and å right.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], separator: ',' | ';' = ','): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
