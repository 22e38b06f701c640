import { describe, expect, it } from 'vitest';
import { createRowReader, detectMapping, parseStatus, personKey } from '../../shared/import-mapping.js';

describe('detectMapping', () => {
  it('recognises Norwegian headers', () => {
    const columns = ['Påmeldingsnummer', 'Fornavn', 'Etternavn', 'E-postadresse', 'Virksomhet', 'Stilling', 'Påmeldingsstatus', 'Allergier'];
    expect(detectMapping(columns)).toEqual({
      ref: 'Påmeldingsnummer',
      firstName: 'Fornavn',
      lastName: 'Etternavn',
      email: 'E-postadresse',
      organisation: 'Virksomhet',
      role: 'Stilling',
      status: 'Påmeldingsstatus',
      dietary: 'Allergier',
    });
  });

  it("recognises Eventbrite's attendee export", () => {
    const columns = ['Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity', 'Ticket Type', 'Attendee #', 'Barcode #', 'Attendee Status', 'Job Title', 'Company'];
    expect(detectMapping(columns)).toMatchObject({
      ref: 'Attendee #',
      barcode: 'Barcode #',
      firstName: 'First Name',
      lastName: 'Last Name',
      email: 'Email',
      status: 'Attendee Status',
      role: 'Job Title',
      organisation: 'Company',
    });
  });

  it('prefers an organisation column over a municipality column', () => {
    expect(detectMapping(['Navn', 'Kommune', 'Organisasjon']).organisation).toBe('Organisasjon');
    expect(detectMapping(['Navn', 'Kommune']).organisation).toBe('Kommune');
  });

  it('maps nothing it does not know', () => {
    expect(detectMapping(['Foo', 'Bar'])).toEqual({});
  });
});

describe('parseStatus', () => {
  it('reads Norwegian and English status words', () => {
    expect(parseStatus('Påmeldt')).toBe('confirmed');
    expect(parseStatus('Attending')).toBe('confirmed');
    expect(parseStatus('')).toBe('confirmed');
    expect(parseStatus('Venteliste')).toBe('waitlisted');
    expect(parseStatus('På venteliste')).toBe('waitlisted');
    expect(parseStatus('Avmeldt')).toBe('cancelled');
    expect(parseStatus('Not Attending')).toBe('cancelled');
    expect(parseStatus('kanskje')).toBeNull();
  });
});

describe('createRowReader', () => {
  const columns = ['Ref', 'Fornavn', 'Etternavn', 'E-post', 'Status'];
  const read = createRowReader(columns, detectMapping(columns));

  it('joins first and last name, and lower-cases email', () => {
    expect(read(2, ['17', ' Kari ', 'Ødegård', 'Kari@Bodo.Kommune.no', 'Påmeldt'])).toEqual({
      record: expect.objectContaining({ rowNumber: 2, ref: '17', name: 'Kari Ødegård', email: 'kari@bodo.kommune.no', status: 'confirmed' }),
    });
  });

  it('rejects a row without a name, keeping its reference', () => {
    expect(read(5, ['18', '', '  ', 'x@y.no', 'Påmeldt'])).toEqual({ rejected: { rowNumber: 5, ref: '18', reason: 'rowNoName', params: {} } });
  });

  it('rejects an unknown status instead of guessing', () => {
    expect(read(6, ['19', 'Per', 'Hansen', '', 'Kanskje'])).toMatchObject({ rejected: { reason: 'rowUnknownStatus', params: { value: 'Kanskje' } } });
  });

  it('folds control characters and line breaks inside a cell', () => {
    expect(read(7, ['', 'Anne\r\nGrete', 'Berg\u0000', '', ''])).toMatchObject({ record: { name: 'Anne Grete Berg', ref: null } });
  });
});

describe('personKey', () => {
  it('tells apart two people sharing one email address', () => {
    expect(personKey('Kari Hansen', 'post@x.no')).not.toBe(personKey('Ola Hansen', 'post@x.no'));
    expect(personKey('Kari  Ødegård', 'k@x.no')).toBe(personKey('kari odegard', 'k@x.no'));
  });
});
