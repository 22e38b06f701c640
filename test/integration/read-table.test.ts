/**
 * Reading registration exports from real bytes: CSV in its encodings and dialects, XLSX, and bad files.
 */
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { MAX_IMPORT_BYTES, readTableSync, type Table } from '../../electron/core/import/read-table.js';
import { UserError, type MessageKey } from '../../shared/i18n.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytesOf = (...parts: (readonly number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

/** Plain data for comparing: columns, and each row as [rowNumber, ...cells]. */
function plain(table: Table): { columns: readonly string[]; rows: (number | string)[][] } {
  return { columns: table.columns, rows: table.rows.map((row) => [row.rowNumber, ...row.cells]) };
}

function errorKey(read: () => unknown): MessageKey | undefined {
  try {
    read();
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  return undefined;
}

function expectUserError(read: () => unknown, key: MessageKey): void {
  expect(read).toThrow(UserError);
  expect(errorKey(read)).toBe(key);
}

async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook written by hand, for XML that exceljs does not produce (prefixes, inline strings, escapes). */
function handMadeXlsx(sheetXml: string, sharedStringsXml?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<x:sheets><x:sheet name="Deltakere" sheetId="7" r:id="rId3"/><x:sheet name="Annet" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/other.xml"/>' +
        "<Relationship Id='rId3' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' Target='/xl/worksheets/main.xml'/>" +
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings/shared.xml"/>' +
        '</Relationships>',
    ),
    'xl/worksheets/main.xml': strToU8(sheetXml),
    'xl/worksheets/other.xml': strToU8('<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Feil ark</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'),
  };
  if (sharedStringsXml !== undefined) files['xl/strings/shared.xml'] = strToU8(sharedStringsXml);
  return zipSync(files);
}

describe('readTableSync: CSV text encodings', () => {
  const text = 'Navn;E-post\nKari Nordmann;kari@example.no\nOla Ødegård;ola@example.no\n';

  it('reads UTF-8 without a BOM', () => {
    expect(plain(readTableSync(utf8(text), 'a.csv'))).toEqual({
      columns: ['Navn', 'E-post'],
      rows: [
        [2, 'Kari Nordmann', 'kari@example.no'],
        [3, 'Ola Ødegård', 'ola@example.no'],
      ],
    });
  });

  it('reads UTF-8 with a BOM, keeping it out of the first column name', () => {
    const table = readTableSync(bytesOf([0xef, 0xbb, 0xbf], utf8(text)), 'a.csv');
    expect(table.columns).toEqual(['Navn', 'E-post']);
    expect(table.rows[1]?.cells).toEqual(['Ola Ødegård', 'ola@example.no']);
  });

  it('reads Windows-1252 as Norwegian Excel saves it, æøå ÆØÅ and € included', () => {
    const latin1 = Buffer.from('Fornavn;Etternavn;Sted\nÆsa;Ødegård;Ås\nBjørn;Mæland;Årdal\nPer;Hansen;Pris 100 ', 'latin1');
    const table = readTableSync(bytesOf(latin1, [0x80, 0x0d, 0x0a]), 'eksport.csv');
    expect(plain(table)).toEqual({
      columns: ['Fornavn', 'Etternavn', 'Sted'],
      rows: [
        [2, 'Æsa', 'Ødegård', 'Ås'],
        [3, 'Bjørn', 'Mæland', 'Årdal'],
        [4, 'Per', 'Hansen', 'Pris 100 €'],
      ],
    });
    // A stray UTF-8 BOM in front of Windows-1252 text stays out of the first column name.
    expect(readTableSync(bytesOf([0xef, 0xbb, 0xbf], latin1), 'eksport.csv').columns).toEqual(['Fornavn', 'Etternavn', 'Sted']);
  });

  it("reads UTF-16LE with a BOM, tab-separated (Excel's Unicode text)", () => {
    const content = Buffer.from('Navn\tKommune\r\nÅse Ødegård\tBærum\r\n', 'utf16le');
    const table = readTableSync(bytesOf([0xff, 0xfe], content), 'liste.txt');
    expect(plain(table)).toEqual({ columns: ['Navn', 'Kommune'], rows: [[2, 'Åse Ødegård', 'Bærum']] });
  });

  it('reads UTF-16BE with a BOM', () => {
    const content = Buffer.from('Navn\tKommune\nÅse\tBø\n', 'utf16le').swap16();
    expect(plain(readTableSync(bytesOf([0xfe, 0xff], content), 'liste.txt'))).toEqual({ columns: ['Navn', 'Kommune'], rows: [[2, 'Åse', 'Bø']] });
  });
});

describe('readTableSync: CSV dialects', () => {
  it.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('detects the %s delimiter', (_, d) => {
    const text = `Navn${d}Kommune${d}Telefon\nKari${d}Oslo${d}91234567\nOla${d}Bergen${d}\n`;
    expect(plain(readTableSync(utf8(text), 'a.csv'))).toEqual({
      columns: ['Navn', 'Kommune', 'Telefon'],
      rows: [
        [2, 'Kari', 'Oslo', '91234567'],
        [3, 'Ola', 'Bergen', ''],
      ],
    });
  });

  it('prefers the delimiter that splits every record alike over one that only appears in values', () => {
    const text = 'Navn;Adresse;Kommune\nKari;Storgata 1, 0155;Oslo\nOla;Kaigaten 2, 5015;Bergen\n';
    expect(readTableSync(utf8(text), 'a.csv').rows[0]?.cells).toEqual(['Kari', 'Storgata 1, 0155', 'Oslo']);
  });

  it('reads CRLF line endings', () => {
    const table = readTableSync(utf8('Navn,Kommune\r\nKari,Oslo\r\nOla,Bergen\r\n'), 'a.csv');
    expect(plain(table)).toEqual({
      columns: ['Navn', 'Kommune'],
      rows: [
        [2, 'Kari', 'Oslo'],
        [3, 'Ola', 'Bergen'],
      ],
    });
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering rows by their first line', () => {
    const text = [
      'Navn;Kommentar;Kommune',
      '"Nordmann; Kari";"Sier ""hei""";Oslo',
      'Ola;"Linje 1',
      'Linje 2',
      'Linje 3";Bergen',
      'Per;Vanlig;Tromsø',
    ].join('\r\n');
    expect(plain(readTableSync(utf8(text), 'a.csv'))).toEqual({
      columns: ['Navn', 'Kommentar', 'Kommune'],
      rows: [
        [2, 'Nordmann; Kari', 'Sier "hei"', 'Oslo'],
        [3, 'Ola', 'Linje 1\nLinje 2\nLinje 3', 'Bergen'],
        [6, 'Per', 'Vanlig', 'Tromsø'],
      ],
    });
  });

  it('skips blank lines (and rows of only delimiters) but keeps the file line numbers', () => {
    const text = '\n\nNavn,Kommune\n\nKari,Oslo\n   \n,,\nOla,Bergen';
    expect(plain(readTableSync(utf8(text), 'a.csv'))).toEqual({
      columns: ['Navn', 'Kommune'],
      rows: [
        [5, 'Kari', 'Oslo'],
        [8, 'Ola', 'Bergen'],
      ],
    });
  });

  it('drops trailing empty columns, trims values and names empty middle headers', () => {
    const text = ' Navn ;;Kommune;;;\nKari ; x ;Oslo;;;\nOla;;Bergen\n';
    expect(plain(readTableSync(utf8(text), 'a.csv'))).toEqual({
      columns: ['Navn', 'Kolonne 2', 'Kommune'],
      rows: [
        [2, 'Kari', 'x', 'Oslo'],
        [3, 'Ola', '', 'Bergen'],
      ],
    });
  });

  it('keeps values beyond the last header in a column of their own', () => {
    const table = readTableSync(utf8('Navn;Kommune\nKari;Oslo;ekstra\n'), 'a.csv');
    expect(plain(table)).toEqual({ columns: ['Navn', 'Kommune', 'Kolonne 3'], rows: [[2, 'Kari', 'Oslo', 'ekstra']] });
  });

  it('reads a single column of text as a one-column table', () => {
    expect(plain(readTableSync(utf8('Navn\nKari Nordmann\nOla Hansen\n'), 'navn.txt'))).toEqual({
      columns: ['Navn'],
      rows: [
        [2, 'Kari Nordmann'],
        [3, 'Ola Hansen'],
      ],
    });
  });

  it("reads Eventbrite's attendee export as is", () => {
    const text = [
      'Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,Attendee Status,Job Title,Company',
      '7654321098,2026-02-01 09:15:00+01:00,Kari,Nordmann,kari@example.no,1,Deltaker,1122334455,112233445566778899001,Attending,"Rådgiver, plan",Oslo kommune',
      '7654321099,2026-02-02 14:03:12+01:00,Ola,Ødegård,ola@example.no,1,Innleder,1122334456,112233445566778899002,Attending,Ordfører,Bø kommune',
    ].join('\r\n');
    const table = readTableSync(utf8(text), 'attendees.csv');
    expect(table.columns).toEqual([
      'Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity',
      'Ticket Type', 'Attendee #', 'Barcode #', 'Attendee Status', 'Job Title', 'Company',
    ]);
    expect(plain(table).rows).toEqual([
      [2, '7654321098', '2026-02-01 09:15:00+01:00', 'Kari', 'Nordmann', 'kari@example.no', '1', 'Deltaker', '1122334455', '112233445566778899001', 'Attending', 'Rådgiver, plan', 'Oslo kommune'],
      [3, '7654321099', '2026-02-02 14:03:12+01:00', 'Ola', 'Ødegård', 'ola@example.no', '1', 'Innleder', '1122334456', '112233445566778899002', 'Attending', 'Ordfører', 'Bø kommune'],
    ]);
  });
});

describe('readTableSync: XLSX', () => {
  it('reads the first sheet of an exceljs workbook: shared strings, numbers, sparse and rich-text cells', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Deltakere');
      sheet.addRow(['Navn', 'Telefon', 'Kommune', 'Antall']);
      sheet.addRow(['Kari Nordmann', '12345', 'Oslo', 2]);
      sheet.getCell('A3').value = 'Ola Ødegård & co <AS>';
      sheet.getCell('C3').value = 'Bergen';
      sheet.getCell('D3').value = 12345;
      sheet.getCell('A5').value = { richText: [{ text: 'Å', font: { bold: true } }, { text: 'se Bø' }] };
      sheet.getCell('B5').value = 0.5;
      sheet.getCell('D5').value = true;
      workbook.addWorksheet('Ignorert').addRow(['Skal', 'ikke', 'leses']);
    });
    expect(plain(readTableSync(bytes, 'deltakere.xlsx'))).toEqual({
      columns: ['Navn', 'Telefon', 'Kommune', 'Antall'],
      rows: [
        [2, 'Kari Nordmann', '12345', 'Oslo', '2'],
        [3, 'Ola Ødegård & co <AS>', '', 'Bergen', '12345'],
        [5, 'Åse Bø', '0.5', '', 'TRUE'],
      ],
    });
  });

  it('detects XLSX by content even when named .csv', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Ark1').addRows([['Navn'], ['Kari']]);
    });
    expect(plain(readTableSync(bytes, 'feil-navn.csv'))).toEqual({ columns: ['Navn'], rows: [[2, 'Kari']] });
  });

  it('reads hand-written XML: prefixes, first sheet by relationship, inline strings, entities, escapes, missing references', () => {
    const sheet =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:cols><x:col min="1" max="3" width="20"/></x:cols><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="s"><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t xml:space="preserve"> Kari &amp; Ola </x:t></x:is></x:c>' +
      '<x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>&#216;st&#xE5;s</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>' +
      '<x:row><x:c r="B4" s="3"><x:v>1.50</x:v></x:c><x:c r="C4"/><x:c r="D4" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
      '<x:row r="6"><x:c r="B6" t="s"><x:v>3</x:v></x:c><x:c r="D6" t="inlineStr"><x:is><x:r><x:t>Del </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>to</x:t></x:r></x:is></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="0"/></x:worksheet>';
    const strings =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">' +
      '<si><t>Navn</t></si><si><t>&quot;Sted&quot;</t></si><si><r><t>Svar</t></r><r><rPr><i/></rPr><t xml:space="preserve"> &apos;ja&apos;</t></r><rPh sb="0" eb="1"><t>X</t></rPh></si>' +
      '<si><t>Linje_x000D_\nto</t></si></sst>';
    expect(plain(readTableSync(handMadeXlsx(sheet, strings), 'hand.xlsx'))).toEqual({
      columns: ['Kolonne 1', 'Navn', '"Sted"', "Svar 'ja'"],
      rows: [
        [3, '', 'Kari & Ola', 'Østås', 'FALSE'],
        [4, '', '1.5', '', '#N/A'],
        [6, '', 'Linje\r\nto', '', 'Del to'],
      ],
    });
  });
});

describe('readTableSync: errors', () => {
  it('rejects an empty file', () => {
    expectUserError(() => readTableSync(new Uint8Array(0), 'tom.csv'), 'fileEmpty');
  });

  it('rejects a file of only whitespace and a BOM', () => {
    expectUserError(() => readTableSync(bytesOf([0xef, 0xbb, 0xbf], utf8(' \r\n\t\n  \n')), 'tom.csv'), 'fileEmpty');
    expectUserError(() => readTableSync(bytesOf([0xff, 0xfe], Buffer.from('\r\n\r\n', 'utf16le')), 'tom.txt'), 'fileEmpty');
  });

  it('rejects random binary bytes named .csv', () => {
    let seed = 12345;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >>> 16;
    });
    expectUserError(() => readTableSync(random, 'deltakere.csv'), 'fileNotTable');
  });

  it('rejects a PNG, even just its signature', () => {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const header = [0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89];
    expectUserError(() => readTableSync(bytesOf(signature, header), 'bilde.csv'), 'fileNotTable');
    expectUserError(() => readTableSync(bytesOf(signature), 'bilde.csv'), 'fileNotTable');
  });

  it('rejects an old binary Excel file, as unreadable Excel when named .xlsx', () => {
    const ole2 = bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504));
    expectUserError(() => readTableSync(ole2, 'liste.xls'), 'fileNotTable');
    expectUserError(() => readTableSync(ole2, 'liste.xlsx'), 'xlsxUnreadable');
  });

  it('rejects a CSV with a header but no data rows', () => {
    expectUserError(() => readTableSync(utf8('Navn;E-post\r\n\r\n;;\r\n'), 'a.csv'), 'headerOnly');
  });

  it('rejects an XLSX with a header but no data rows', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Ark1').addRow(['Navn', 'E-post']);
    });
    expectUserError(() => readTableSync(bytes, 'a.xlsx'), 'headerOnly');
  });

  it('rejects a truncated XLSX', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Ark1').addRows([['Navn'], ['Kari']]);
    });
    expectUserError(() => readTableSync(bytes.slice(0, Math.floor(bytes.length / 2)), 'a.xlsx'), 'xlsxUnreadable');
  });

  it('rejects a zip without a worksheet', () => {
    expectUserError(() => readTableSync(zipSync({ 'readme.txt': strToU8('hei') }), 'a.xlsx'), 'xlsxUnreadable');
  });

  it('rejects a file over the limit before reading it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const started = performance.now();
    let thrown: unknown;
    try {
      readTableSync(bytes, 'stor.csv');
    } catch (error) {
      thrown = error;
    }
    expect(performance.now() - started).toBeLessThan(50);
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown).toMatchObject({ key: 'fileTooLarge', params: { size: 20.1, limit: 20 } });
  });
});

describe('readTableSync: speed', () => {
  const ROWS = 20_000;
  const record = (i: number): (string | number)[] => [
    `Fornavn${i}`, `Etternavn ${i}`, `person${i}@example.no`, 40000000 + i, `Kommune ${i % 356}`,
    'Deltaker', `Org ${i % 1000}`, 'Attending', `K${i}`, i % 7 === 0 ? 'Vegetar' : '',
  ];

  it('reads 20,000 rows of XLSX and of CSV well under a second', async () => {
    const header = ['Fornavn', 'Etternavn', 'E-post', 'Telefon', 'Kommune', 'Type', 'Organisasjon', 'Status', 'Kode', 'Allergier'];
    const xlsx = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Deltakere');
      sheet.addRow(header);
      for (let i = 0; i < ROWS; i++) sheet.addRow(record(i));
    });
    const csv = utf8([header, ...Array.from({ length: ROWS }, (_, i) => record(i))].map((row) => row.join(';')).join('\r\n'));

    for (const [name, bytes] of [['deltakere.xlsx', xlsx], ['deltakere.csv', csv]] as const) {
      const started = performance.now();
      const table = readTableSync(bytes, name);
      const elapsed = performance.now() - started;
      console.log(`${name}: ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB read in ${elapsed.toFixed(0)} ms`);
      expect(table.rows).toHaveLength(ROWS);
      expect(table.rows.at(-1)).toEqual({ rowNumber: ROWS + 1, cells: record(ROWS - 1).map(String) });
      // Only a guard against runaway (quadratic) slowness; the printed figure is the real check.
      expect(elapsed).toBeLessThan(5000);
    }
  }, 60_000);
});
