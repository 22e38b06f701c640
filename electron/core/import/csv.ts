/**
 * Reading delimited text (CSV, semicolon-separated, tab-separated) into rows.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { UserError } from '../../../shared/i18n.js';
import type { SheetRow } from './read-table.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Text from bytes: UTF-16 when it has a byte order mark (Excel's "Unicode text"),
 * else UTF-8 if valid, else Windows-1252 (what Norwegian Excel saves CSV as).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, UTF16BE_BOM)) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A BOM before text that is not UTF-8 after all (pasted in from elsewhere) is still no part of the header.
    return decodeWindows1252(startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes);
  }
}

// Windows-1252's characters for bytes 0x80–0x9F; the five bytes it leaves undefined stay C1 controls.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 decoded by hand: Node 20's TextDecoder('windows-1252') decodes as
 * ISO-8859-1, turning € and curly quotes into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH.charAt(ch.charCodeAt(0) - 0x80));
}

const SAMPLE_CHARS = 64 * 1024;
const MAX_CONTROL_SHARE = 0.05;

/** Whether decoded text is really binary data: NUL characters or many control characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // C0 controls other than tab and line breaks, DEL, and C1 controls (bytes Windows-1252 leaves undefined).
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) controls += 1;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];
type DelimiterCounts = Record<Delimiter, number>;
const SAMPLE_RECORDS = 10;

function isDelimiter(ch: string): ch is Delimiter {
  return ch === ',' || ch === ';' || ch === '\t';
}

/** Delimiter counts outside quotes for each of the first non-blank records. */
function countDelimiters(text: string): DelimiterCounts[] {
  const records: DelimiterCounts[] = [];
  let counts: DelimiterCounts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < text.length && records.length < SAMPLE_RECORDS; i++) {
    const ch = text.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (ch === '\n') {
      if (!blank) records.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
      blank = true;
    } else {
      if (isDelimiter(ch)) counts[ch] += 1;
      if (ch !== ' ' && ch !== '\t') blank = false;
    }
  }
  if (!blank && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

/**
 * The delimiter that splits the most of the first records into as many columns as the header;
 * ties go to the one giving more columns, then to the comma.
 */
function detectDelimiter(text: string): Delimiter {
  const records = countDelimiters(text);
  let best: Delimiter = ',';
  let bestConsistent = 0;
  let bestInHeader = 0;
  for (const delimiter of DELIMITERS) {
    const inHeader = records[0]?.[delimiter] ?? 0;
    if (inHeader === 0) continue;
    const consistent = records.filter((counts) => counts[delimiter] === inHeader).length;
    if (consistent > bestConsistent || (consistent === bestConsistent && inHeader > bestInHeader)) {
      best = delimiter;
      bestConsistent = consistent;
      bestInHeader = inHeader;
    }
  }
  return best;
}

/** Rows of a delimited text, each numbered by the line its record starts on. */
export function readCsvRows(text: string): SheetRow[] {
  // One line break convention, so line numbers count the same however the file was saved.
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: string[][];
  try {
    // Empty lines are kept as records (and skipped later as blank) so that counting the
    // line breaks in each record gives line numbers, cheaper than csv-parse's per-record info.
    records = parse(normalised, { delimiter: detectDelimiter(normalised), relax_column_count: true, relax_quotes: true });
  } catch (error) {
    // An unclosed quote runs to the end of the file: not a table we can trust.
    if (error instanceof CsvError) throw new UserError('fileNotTable');
    throw error;
  }
  let line = 1;
  return records.map((cells) => {
    const row = { rowNumber: line, cells };
    line += 1;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) line += 1;
    return row;
  });
}
