/**
 * Reading the first worksheet of an XLSX workbook into rows.
 *
 * The XML is scanned with regular expressions rather than built into a tree: the parts
 * are machine-written, and a scan reads 20,000 rows in a fraction of a second.
 * Element names may carry a namespace prefix (`<x:c>`), as some generators write them.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { UserError } from '../../../shared/i18n.js';
import type { SheetRow } from './read-table.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes start like a zip archive, as every XLSX file does. */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const DEFAULT_SHARED_STRINGS = 'xl/sharedStrings.xml';
// Guards against zip bombs: a real attendee sheet unpacks to a few MB.
const MAX_PART_BYTES = 256 * 1024 * 1024;
// Excel's last column is XFD; a reference beyond it means a damaged file.
const MAX_COLUMNS = 16384;

/** Unpacks only the named parts, since an export may hold other large sheets. */
function unzipParts(bytes: Uint8Array, names: readonly string[]): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!names.includes(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new UserError('xlsxUnreadable');
        return true;
      },
    });
  } catch {
    throw new UserError('xlsxUnreadable');
  }
}

function partText(parts: Unzipped, name: string): string | undefined {
  const data = parts[name];
  // TextDecoder rather than fflate's strFromU8, which is several times slower on a large sheet.
  return data === undefined ? undefined : new TextDecoder().decode(data);
}

function attribute(tag: string, name: RegExp): string | undefined {
  const match = name.exec(tag);
  return match ? decodeXml(match[1] ?? match[2] ?? '') : undefined;
}

const SHEET_TAG = /<(?:[\w.-]+:)?sheet\s[^>]*>/;
const RELATIONSHIP_TAG = /<(?:[\w.-]+:)?Relationship\s[^>]*>/g;
// The sheet's relationship id is the namespaced `r:id`, not the plain `sheetId`.
const REL_ID_ATTR = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const ID_ATTR = /\sId\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const TARGET_ATTR = /\sTarget\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const TYPE_ATTR = /\sType\s*=\s*(?:"([^"]*)"|'([^']*)')/;

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
function locateParts(bytes: Uint8Array): { sheet: string; sharedStrings: string } {
  const parts = unzipParts(bytes, [WORKBOOK, WORKBOOK_RELS]);
  const workbook = partText(parts, WORKBOOK);
  const rels = partText(parts, WORKBOOK_RELS);
  const sheetTag = workbook === undefined ? undefined : SHEET_TAG.exec(workbook)?.[0];
  const sheetId = sheetTag === undefined ? undefined : attribute(sheetTag, REL_ID_ATTR);
  if (rels === undefined || sheetId === undefined) throw new UserError('xlsxUnreadable');

  let sheet: string | undefined;
  let sharedStrings = DEFAULT_SHARED_STRINGS;
  for (const [tag] of rels.matchAll(RELATIONSHIP_TAG)) {
    const target = attribute(tag, TARGET_ATTR);
    if (target === undefined) continue;
    if (attribute(tag, ID_ATTR) === sheetId) sheet = resolveTarget(target);
    else if (attribute(tag, TYPE_ATTR)?.endsWith('/sharedStrings')) sharedStrings = resolveTarget(target);
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

const STRING_ITEM = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;

function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return Array.from(xml.matchAll(STRING_ITEM), (match) => stringItemText(match[1] ?? ''));
}

const SHEET_DATA_START = /<(?:[\w.-]+:)?sheetData[\s>/]/;
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>/;
const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(?=[\s>/])([^>]*)>/g;
const ROW_NUMBER_ATTR = /\sr\s*=\s*["'](\d+)["']/;
const CELL_REF_ATTR = /\sr\s*=\s*["']([A-Za-z]+)\d*["']/;
const CELL_TYPE_ATTR = /\st\s*=\s*["']([^"']*)["']/;
const VALUE_ELEMENT = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\//;

/** Zero-based column index of letters such as "C" or "AA". */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A cell's text as Excel shows it, numbers written as JavaScript prints them. */
function cellText(type: string | undefined, content: string, sharedStrings: readonly string[]): string {
  if (type === 'inlineStr') return stringItemText(content);
  const value = VALUE_ELEMENT.exec(content)?.[1];
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

/** The rows of the worksheet, placed by their `r` references so skipped rows and cells stay skipped. */
function readSheetRows(xml: string, sharedStrings: readonly string[]): SheetRow[] {
  const start = SHEET_DATA_START.exec(xml);
  if (start === null) throw new UserError('xlsxUnreadable');
  const end = SHEET_DATA_END.exec(xml.slice(start.index));
  const data = end === null ? xml.slice(start.index) : xml.slice(start.index, start.index + end.index);

  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let rowNumber = 0;
  let column = 0;
  // A fresh copy: a shared global expression would carry lastIndex between calls.
  const tags = new RegExp(ROW_OR_CELL);
  for (let match = tags.exec(data); match !== null; match = tags.exec(data)) {
    const [, prefix = '', name, attributes = ''] = match;
    if (name === 'row') {
      const number = ROW_NUMBER_ATTR.exec(attributes)?.[1];
      rowNumber = number === undefined ? rowNumber + 1 : Number(number);
      cells = [];
      column = 0;
      rows.push({ rowNumber, cells });
      continue;
    }
    const ref = CELL_REF_ATTR.exec(attributes)?.[1];
    if (ref !== undefined) column = columnIndex(ref);
    if (column >= MAX_COLUMNS) throw new UserError('xlsxUnreadable');
    let content = '';
    if (!attributes.endsWith('/')) {
      const close = `</${prefix}c>`;
      const stop = data.indexOf(close, tags.lastIndex);
      if (stop < 0) throw new UserError('xlsxUnreadable');
      content = data.slice(tags.lastIndex, stop);
      tags.lastIndex = stop + close.length;
    }
    const text = cellText(CELL_TYPE_ATTR.exec(attributes)?.[1], content, sharedStrings);
    if (text !== '') cells[column] = text;
    column += 1;
  }
  return rows;
}

/** The rows of an XLSX workbook's first worksheet; throws xlsxUnreadable if it is damaged. */
export function readXlsxRows(bytes: Uint8Array): SheetRow[] {
  const { sheet, sharedStrings } = locateParts(bytes);
  const parts = unzipParts(bytes, [sheet, sharedStrings]);
  const sheetXml = partText(parts, sheet);
  if (sheetXml === undefined) throw new UserError('xlsxUnreadable');
  return readSheetRows(sheetXml, readSharedStrings(partText(parts, sharedStrings)));
}
