/**
 * Reading the first worksheet of an XLSX workbook into rows.
 *
 * The XML is scanned with indexOf and regular expressions rather than built into a tree:
 * the parts are machine-written, and a scan reads 20,000 rows in a fraction of a second.
 * Element names may carry a namespace prefix (`<x:c>`), as some generators write them.
 */
import { UserError } from '../../../shared/i18n.js';
import type { SheetRow } from './read-table.js';
import { ZipEntries } from './zip-entries.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes start like a zip archive, as every XLSX file does. */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const DEFAULT_SHARED_STRINGS = 'xl/sharedStrings.xml';
/** All the parts read from one workbook together: a real attendee sheet unpacks to a few MB. */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;
// Excel's last column is XFD; a reference beyond it means a damaged file.
const MAX_COLUMNS = 16384;

function partText(parts: ReadonlyMap<string, Uint8Array>, name: string): string | undefined {
  const data = parts.get(name);
  return data === undefined ? undefined : new TextDecoder().decode(data);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** An attribute's raw value in a start tag, found by indexOf since it runs for every cell. */
function attributeValue(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(name); at >= 0; at = tag.indexOf(name, at + 1)) {
    const quote = tag.charAt(at + name.length + 1);
    if (!isSpace(tag.charCodeAt(at - 1)) || tag.charAt(at + name.length) !== '=' || (quote !== '"' && quote !== "'")) continue;
    const from = at + name.length + 2;
    const to = tag.indexOf(quote, from);
    return to < 0 ? undefined : tag.slice(from, to);
  }
  return undefined;
}

const SHEET_TAG = /<(?:[\w.-]+:)?sheet\s[^>]*>/;
const RELATIONSHIP_TAG = /<(?:[\w.-]+:)?Relationship\s[^>]*>/g;
// The sheet's relationship id: `r:id` under whatever prefix the file gives that namespace (not `sheetId`).
const REL_ID_ATTR = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/;

/** A relationship target as a zip entry name, relative to the workbook's folder. */
function resolveTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** The zip entry names of the first worksheet and of the shared strings. */
function locateParts(archive: ZipEntries): { sheet: string; sharedStrings: string } {
  const parts = archive.read([WORKBOOK, WORKBOOK_RELS]);
  const workbook = partText(parts, WORKBOOK);
  const rels = partText(parts, WORKBOOK_RELS);
  const sheetTag = workbook === undefined ? undefined : SHEET_TAG.exec(workbook)?.[0];
  const sheetId = sheetTag === undefined ? undefined : REL_ID_ATTR.exec(sheetTag)?.[1];
  if (rels === undefined || sheetId === undefined) throw new UserError('xlsxUnreadable');

  let sheet: string | undefined;
  let sharedStrings = DEFAULT_SHARED_STRINGS;
  for (const [tag] of rels.matchAll(RELATIONSHIP_TAG)) {
    const target = attributeValue(tag, 'Target');
    if (target === undefined) continue;
    if (attributeValue(tag, 'Id') === sheetId) sheet = resolveTarget(decodeXml(target));
    else if (attributeValue(tag, 'Type')?.endsWith('/sharedStrings')) sharedStrings = resolveTarget(decodeXml(target));
  }
  if (sheet === undefined) throw new UserError('xlsxUnreadable');
  return { sheet, sharedStrings };
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Excel writes characters XML cannot hold (such as a carriage return) as _xHHHH_.
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function decodeXml(text: string): string {
  const decoded = text.includes('&')
    ? text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
        const code = hex === undefined ? Number(dec) : parseInt(hex, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      })
    : text;
  return decoded.includes('_x') ? decoded.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : decoded;
}

const TEXT_ELEMENT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\//g;
// Phonetic guides (East Asian readings) are not part of the cell's text.
const PHONETIC = /<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/** The text of a string item: one `<t>`, or the runs of rich text joined. */
function stringItemText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  TEXT_ELEMENT.lastIndex = 0;
  for (let match = TEXT_ELEMENT.exec(body); match !== null; match = TEXT_ELEMENT.exec(body)) text += match[1] ?? '';
  return decodeXml(text);
}

// Most items are one plain `<t>`, taken directly; rich text and other shapes go to stringItemText.
const STRING_ITEM =
  /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>(?:<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>|([\s\S]*?))<\/(?:[\w.-]+:)?si>)/g;

function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  STRING_ITEM.lastIndex = 0;
  for (let match = STRING_ITEM.exec(xml); match !== null; match = STRING_ITEM.exec(xml)) {
    const plain = match[1];
    strings.push(plain === undefined ? stringItemText(match[2] ?? '') : decodeXml(plain));
  }
  return strings;
}

const SHEET_DATA_START = /<(?:[\w.-]+:)?sheetData[\s>/]/;
const VALUE_ELEMENT = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\//;

/** Zero-based column index of a cell reference such as "C5" or "AA12"; -1 if it has no letters. */
function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i++) {
    // `| 32` folds upper case onto lower case.
    const letter = (ref.charCodeAt(i) | 32) - 96;
    if (letter < 1 || letter > 26) break;
    index = index * 26 + letter;
  }
  return index - 1;
}

/** The text of a cell's `<v>`, taken directly in the common plain shape. */
function cellValue(content: string): string | undefined {
  return content.startsWith('<v>') ? content.slice(3, content.indexOf('<', 3)) : VALUE_ELEMENT.exec(content)?.[1];
}

/** A cell's text as Excel shows it, numbers written as JavaScript prints them. */
function cellText(type: string | undefined, content: string, sharedStrings: readonly string[]): string {
  if (type === 'inlineStr') return stringItemText(content);
  const value = cellValue(content);
  if (value === undefined || value === '') return '';
  switch (type) {
    case 's':
      return sharedStrings[Number(value)] ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case undefined:
    case 'n': {
      const number = Number(value);
      return Number.isNaN(number) ? decodeXml(value) : String(number);
    }
    default:
      // "str" (formula text), "e" (error such as #N/A), "d" (ISO date).
      return decodeXml(value);
  }
}

/**
 * The rows of the worksheet, placed by their `r` references so skipped rows and cells stay skipped.
 * A hand-written tag walk rather than regular expressions: this loop runs for every cell.
 */
function readSheetRows(xml: string, sharedStrings: readonly string[]): SheetRow[] {
  const start = SHEET_DATA_START.exec(xml);
  if (start === null) throw new UserError('xlsxUnreadable');
  // Found from the end: searching forwards would first crawl through every cell.
  const closing = xml.lastIndexOf('sheetData>');
  const end = closing > start.index ? closing : xml.length;

  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let at = xml.indexOf('<', start.index + 1);
  while (at >= 0 && at < end) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) throw new UserError('xlsxUnreadable');
    let nameEnd = at + 1;
    while (nameEnd < tagEnd && !isSpace(xml.charCodeAt(nameEnd)) && xml.charAt(nameEnd) !== '/') nameEnd += 1;
    const name = xml.slice(at + 1, nameEnd);
    const localName = name.slice(name.indexOf(':') + 1);
    let next = tagEnd + 1;

    if (localName === 'row') {
      const number = attributeValue(xml.slice(nameEnd, tagEnd), 'r');
      rowNumber = number === undefined ? rowNumber + 1 : Number(number);
      cells = [];
      column = 0;
      rows.push({ rowNumber, cells });
    } else if (localName === 'c') {
      const attributes = xml.slice(nameEnd, tagEnd);
      const ref = attributeValue(attributes, 'r');
      if (ref !== undefined) column = columnIndex(ref);
      if (column < 0 || column >= MAX_COLUMNS) throw new UserError('xlsxUnreadable');
      let content = '';
      if (xml.charAt(tagEnd - 1) !== '/') {
        const close = `</${name}>`;
        const stop = xml.indexOf(close, next);
        if (stop < 0) throw new UserError('xlsxUnreadable');
        content = xml.slice(next, stop);
        next = stop + close.length;
      }
      const text = cellText(attributeValue(attributes, 't'), content, sharedStrings);
      if (text !== '') cells[column] = text;
      column += 1;
    }
    at = xml.indexOf('<', next);
  }
  return rows;
}

/** The rows of an XLSX workbook's first worksheet; throws xlsxUnreadable if it is damaged, xlsxTooLarge or xlsxSizeMismatch if it unpacks to too much or not to what it claims. */
export function readXlsxRows(bytes: Uint8Array): SheetRow[] {
  // Only the parts named: an export may hold other large sheets.
  const archive = new ZipEntries(bytes, MAX_UNPACKED_BYTES);
  const { sheet, sharedStrings } = locateParts(archive);
  const parts = archive.read([sheet, sharedStrings]);
  const sheetXml = partText(parts, sheet);
  if (sheetXml === undefined) throw new UserError('xlsxUnreadable');
  return readSheetRows(sheetXml, readSharedStrings(partText(parts, sharedStrings)));
}
