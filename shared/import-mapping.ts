/**
 * Recognising the columns of a registration export, in Norwegian or English,
 * and turning its rows into registrant records.
 */
import { REGISTRANT_FIELDS, type RegistrantField, type RegistrantFields, type RegistrantStatus } from './domain.js';
import { MAX_NOTE } from './door-day.js';
import { foldForIdentity } from './search-text.js';
import type { MessageKey } from './i18n.js';

/** Which column (by header name) feeds which field. */
export type ColumnMapping = Partial<Record<RegistrantField, string>>;

/**
 * Header names per field, best first: when several columns match, the
 * earliest synonym wins (an "Organisasjon" column beats a "Kommune" column).
 */
const HEADER_SYNONYMS: Readonly<Record<RegistrantField, readonly string[]>> = {
  ref: [
    'påmeldingsnummer', 'påmeldingsnr', 'påmeldings-id', 'registreringsnummer', 'deltakernummer', 'deltakernr',
    'deltaker-id', 'registration number', 'registration id', 'attendee #', 'attendee number', 'attendee id',
    'ticket number', 'billettnummer', 'referanse', 'reference', 'ref', 'id',
  ],
  barcode: ['barcode #', 'barcode', 'strekkode', 'billettkode', 'ticket code', 'qr-kode', 'qr code'],
  firstName: ['fornavn', 'first name', 'firstname', 'given name'],
  lastName: ['etternavn', 'last name', 'lastname', 'surname', 'family name'],
  name: ['navn', 'fullt navn', 'full name', 'name', 'deltakernavn', 'deltaker', 'attendee name', 'attendee'],
  email: [
    'e-post', 'e-postadresse', 'epost', 'epostadresse', 'email', 'e-mail', 'email address', 'e-mail address', 'mail',
  ],
  organisation: [
    'organisasjon', 'virksomhet', 'arbeidsgiver', 'institusjon', 'company', 'organisation', 'organization',
    'employer', 'firma', 'kommune', 'municipality',
  ],
  role: ['rolle', 'stilling', 'stillingstittel', 'tittel', 'job title', 'title', 'role', 'position'],
  status: ['status', 'påmeldingsstatus', 'deltakerstatus', 'attendee status', 'registration status'],
  dietary: [
    'allergier', 'allergi', 'matbehov', 'matallergier', 'kosthold', 'spesielle behov', 'dietary requirements',
    'dietary', 'diet', 'allergies', 'food',
  ],
  note: ['merknad', 'merknader', 'kommentar', 'kommentarer', 'notat', 'note', 'notes', 'comment', 'comments'],
};

/** Header text reduced to letters and digits, so "E-post" meets "epost". */
function headerKey(header: string): string {
  return foldForIdentity(header).replace(/[^a-z0-9]/g, '');
}

const SYNONYM_KEYS: ReadonlyMap<RegistrantField, readonly string[]> = new Map(
  REGISTRANT_FIELDS.map((field) => [field, HEADER_SYNONYMS[field].map(headerKey)]),
);

/** Guesses the mapping from a file's header names. */
export function detectMapping(columns: readonly string[]): ColumnMapping {
  const keys = columns.map(headerKey);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of REGISTRANT_FIELDS) {
    for (const synonym of SYNONYM_KEYS.get(field)!) {
      const index = keys.findIndex((k, i) => k === synonym && !taken.has(i));
      if (index >= 0) {
        mapping[field] = columns[index]!;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Status words of Norwegian and English registration systems (Eventbrite among them). */
const STATUS_WORDS: ReadonlyMap<string, RegistrantStatus> = new Map(
  (
    [
      ['påmeldt', 'confirmed'], ['bekreftet', 'confirmed'], ['deltar', 'confirmed'], ['godkjent', 'confirmed'],
      ['registrert', 'confirmed'], ['ja', 'confirmed'], ['attending', 'confirmed'], ['checked in', 'confirmed'],
      ['confirmed', 'confirmed'], ['registered', 'confirmed'], ['yes', 'confirmed'],
      ['venteliste', 'waitlisted'], ['på venteliste', 'waitlisted'], ['ventende', 'waitlisted'],
      ['waitlist', 'waitlisted'], ['waitlisted', 'waitlisted'], ['waiting list', 'waitlisted'],
      ['avmeldt', 'cancelled'], ['avbestilt', 'cancelled'], ['trukket', 'cancelled'], ['avlyst', 'cancelled'],
      ['nei', 'cancelled'], ['not attending', 'cancelled'], ['cancelled', 'cancelled'], ['canceled', 'cancelled'],
      ['refunded', 'cancelled'], ['deleted', 'cancelled'], ['no', 'cancelled'],
    ] as const
  ).map(([word, status]) => [headerKey(word), status]),
);

/** The status a status cell means; confirmed when blank, null when unknown. */
export function parseStatus(text: string): RegistrantStatus | null {
  if (!text.trim()) return 'confirmed';
  return STATUS_WORDS.get(headerKey(text)) ?? null;
}

/** One registrant as read from one row. */
export interface ImportRecord extends RegistrantFields {
  readonly rowNumber: number;
}

/** A row that could not be taken in, and why. */
export interface RejectedRow {
  readonly rowNumber: number;
  /** Set when the row still names a known registrant, who then is not cancelled for being absent. */
  readonly ref: string | null;
  readonly reason: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

const MAX_CELL = 500;

/** Trims a cell, folds inner white space and control characters, and caps its length. */
function clean(text: string | undefined): string | null {
  if (text === undefined) return null;
  const cleaned = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().slice(0, MAX_CELL);
  return cleaned === '' ? null : cleaned;
}

/** A row read: a record, or the reason it was rejected. */
export type RowResult = { readonly record: ImportRecord } | { readonly rejected: RejectedRow };

/** Reads rows into records for one file's columns and mapping. */
export function createRowReader(
  columns: readonly string[],
  mapping: ColumnMapping,
): (rowNumber: number, cells: readonly string[]) => RowResult {
  const firstIndex = new Map<string, number>();
  columns.forEach((c, i) => {
    if (!firstIndex.has(c)) firstIndex.set(c, i);
  });
  const fieldIndex = new Map<RegistrantField, number>();
  for (const field of REGISTRANT_FIELDS) {
    const column = mapping[field];
    const index = column === undefined ? undefined : firstIndex.get(column);
    if (index !== undefined) fieldIndex.set(field, index);
  }
  return (rowNumber, cells): RowResult => {
    const cell = (field: RegistrantField): string | null => {
      const index = fieldIndex.get(field);
      return index === undefined ? null : clean(cells[index]);
    };
    const ref = cell('ref');
    const joined = [cell('firstName'), cell('lastName')].filter((p) => p !== null).join(' ');
    const name = cell('name') ?? (joined || null);
    if (!name) return { rejected: { rowNumber, ref, reason: 'rowNoName', params: {} } };
    const statusText = cell('status') ?? '';
    const status = parseStatus(statusText);
    if (!status) {
      return { rejected: { rowNumber, ref, reason: 'rowUnknownStatus', params: { value: statusText.slice(0, 40) } } };
    }
    return {
      record: {
        rowNumber,
        ref,
        barcode: cell('barcode'),
        name,
        email: cell('email')?.toLowerCase() ?? null,
        organisation: cell('organisation'),
        role: cell('role'),
        status,
        dietary: cell('dietary'),
        // As long as a note travels to the kiosks.
        note: cell('note')?.slice(0, MAX_NOTE) ?? null,
      },
    };
  };
}

/** The identity of a registrant without a reference number: name and email. */
export function personKey(name: string, email: string | null): string {
  return `${foldForIdentity(name)}|${email ?? ''}`;
}
