import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/csv.js';

describe('toCsv', () => {
  it('writes a BOM, CRLF lines and quotes only where needed', () => {
    expect(toCsv(['id', 'name'], [['1', 'Kari, Ødegård'], ['2', 'Sa "Ola"'], ['3', null]])).toBe(
      '\uFEFFid,name\r\n1,"Kari, Ødegård"\r\n2,"Sa ""Ola"""\r\n3,\r\n',
    );
  });

  it('keeps a formula-looking name as text in Excel', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], ['-1'], ['@SUM']])).toBe('\uFEFFname\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n\'@SUM\r\n');
  });
});
