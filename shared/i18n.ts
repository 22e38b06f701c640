/**
 * Texts people read, in Norwegian bokmål first and English second.
 *
 * Every error says what went wrong in plain words and what to do next.
 */

export type Language = 'nb' | 'en';

const nb = {
  noEvent: 'Ingen arrangement er satt opp i denne datamappen. Kjør «innsjekk init --name NAVN --date ÅÅÅÅ-MM-DD» eller «innsjekk demo» først.',
  eventExists: 'Det finnes allerede et arrangement («{name}») i denne datamappen. Bruk en annen mappe med --data-dir, eller slett mappen hvis du vil begynne på nytt.',
  badDate: 'Datoen «{value}» er ikke gyldig. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-03-12.',
  badCapacity: 'Kapasiteten «{value}» er ikke et gyldig antall. Skriv et helt tall større enn 0.',
  missingName: 'Arrangementet trenger et navn. Bruk --name "Navn på arrangementet".',
  fileMissing: 'Finner ikke filen «{file}». Sjekk navnet og mappen.',
  fileEmpty: 'Filen er tom. Eksporter deltakerlisten på nytt fra påmeldingssystemet.',
  fileTooLarge: 'Filen er for stor ({size} MB; grensen er {limit} MB). En deltakerliste er sjelden over noen få MB – sjekk at det er riktig fil.',
  fileNotTable: 'Filen ser ikke ut som en deltakerliste (CSV eller Excel). Lagre listen som CSV eller XLSX og prøv igjen.',
  xlsxUnreadable: 'Excel-filen kan ikke leses (den er skadet eller ufullstendig). Lagre den på nytt fra Excel og prøv igjen.',
  headerOnly: 'Filen har overskrifter, men ingen deltakere. Eksporter listen på nytt.',
  noNameColumn: 'Fant ingen kolonne med navn (for eksempel «Navn», «Fornavn»/«Etternavn» eller «Name»). Kolonnene er: {columns}. Angi riktig kolonne med --map name=Kolonnenavn.',
  unknownMappingColumn: 'Kolonnen «{column}» finnes ikke i filen. Kolonnene er: {columns}.',
  unknownMappingField: 'Feltet «{field}» finnes ikke. Gyldige felt: {fields}.',
  rowNoName: 'mangler navn',
  rowUnknownStatus: 'ukjent status «{value}»',
  noSigningKey: 'Denne maskinen har ikke arrangementets signeringsnøkkel, så den kan ikke lage nye koder. Gjør dette på arrangørens maskin (der «innsjekk init» ble kjørt).',
  registrantNotFound: 'Fant ingen deltaker med id «{id}».',
  badRequest: 'Ugyldig forespørsel: {detail}',
  unauthorized: 'Mangler eller feil arrangementsnøkkel.',
} as const;

export type MessageKey = keyof typeof nb;

const en: Record<MessageKey, string> = {
  noEvent: 'No event is set up in this data directory. Run "innsjekk init --name NAME --date YYYY-MM-DD" or "innsjekk demo" first.',
  eventExists: 'This data directory already holds an event ("{name}"). Use another directory with --data-dir, or delete it to start over.',
  badDate: 'The date "{value}" is not valid. Write it as YYYY-MM-DD, for example 2026-03-12.',
  badCapacity: 'The capacity "{value}" is not a valid number. Give a whole number above 0.',
  missingName: 'The event needs a name. Use --name "Event name".',
  fileMissing: 'Cannot find the file "{file}". Check the name and folder.',
  fileEmpty: 'The file is empty. Export the attendee list again from the registration system.',
  fileTooLarge: 'The file is too large ({size} MB; the limit is {limit} MB). An attendee list is rarely more than a few MB: check that this is the right file.',
  fileNotTable: 'The file does not look like an attendee list (CSV or Excel). Save the list as CSV or XLSX and try again.',
  xlsxUnreadable: 'The Excel file cannot be read (it is damaged or incomplete). Save it again from Excel and try again.',
  headerOnly: 'The file has headers but no attendees. Export the list again.',
  noNameColumn: 'No name column found (such as "Name", "First name"/"Last name" or "Navn"). The columns are: {columns}. Name the right one with --map name=Column.',
  unknownMappingColumn: 'The file has no column "{column}". The columns are: {columns}.',
  unknownMappingField: 'There is no field "{field}". Valid fields: {fields}.',
  rowNoName: 'no name',
  rowUnknownStatus: 'unknown status "{value}"',
  noSigningKey: "This machine does not hold the event's signing key, so it cannot make new codes. Do this on the organiser's machine (where \"innsjekk init\" ran).",
  registrantNotFound: 'No registrant with id "{id}".',
  badRequest: 'Invalid request: {detail}',
  unauthorized: 'Missing or wrong event key.',
};

const catalogue: Record<Language, Record<MessageKey, string>> = { nb, en };

/** A text in the given language, with {placeholders} filled in. */
export function message(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, language: Language = 'nb'): string {
  return catalogue[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** How a failure is classed: bad input from the user, or something else. */
export type FailureKind = 'input' | 'internal';

/** An error with a message a person can act on. */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly kind: FailureKind;

  constructor(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, kind: FailureKind = 'input') {
    super(message(key, params));
    this.name = 'UserError';
    this.key = key;
    this.params = params;
    this.kind = kind;
  }

  /** The message in another language. */
  inLanguage(language: Language): string {
    return message(this.key, this.params, language);
  }
}
