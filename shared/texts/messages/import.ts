/**
 * Messages from reading in the attendee list: the file, the registration system's address, columns and rows.
 */
import type { Texts } from '../bilingual.js';

/** Messages from the import, each in bokmål and English. */
export const importMessages = {
  fileMissing: {
    nb: 'Finner ikke filen «{file}». Sjekk navnet og mappen.',
    en: 'Cannot find the file "{file}". Check the name and folder.',
  },
  fileEmpty: {
    nb: 'Filen er tom. Eksporter deltakerlisten på nytt fra påmeldingssystemet.',
    en: 'The file is empty. Export the attendee list again from the registration system.',
  },
  fileTooLarge: {
    nb: 'Filen er for stor ({size} MB; grensen er {limit} MB). En deltakerliste er sjelden over noen få MB – sjekk at det er riktig fil.',
    en: 'The file is too large ({size} MB; the limit is {limit} MB). An attendee list is rarely more than a few MB: check that this is the right file.',
  },
  fileNotTable: {
    nb: 'Filen ser ikke ut som en deltakerliste (CSV eller Excel). Lagre listen som CSV eller XLSX og prøv igjen.',
    en: 'The file does not look like an attendee list (CSV or Excel). Save the list as CSV or XLSX and try again.',
  },
  xlsxUnreadable: {
    nb: 'Excel-filen kan ikke leses (den er skadet eller ufullstendig). Lagre den på nytt fra Excel og prøv igjen.',
    en: 'The Excel file cannot be read (it is damaged or incomplete). Save it again from Excel and try again.',
  },
  xlsxTooLarge: {
    nb: 'Excel-filen pakker seg ut til {size} MB, mer enn grensen på {limit} MB. En deltakerliste er sjelden over noen få MB – sjekk at det er riktig fil, eller lagre listen som CSV og prøv igjen.',
    en: 'The Excel file unpacks to {size} MB, more than the limit of {limit} MB. An attendee list is rarely more than a few MB – check that it is the right file, or save the list as CSV and try again.',
  },
  xlsxSizeMismatch: {
    nb: 'Excel-filen oppgir feil størrelse på innholdet sitt, så den er skadet (eller laget for å lure). Lagre listen på nytt fra Excel, eller som CSV, og prøv igjen.',
    en: 'The Excel file states wrong sizes for its contents, so it is damaged (or made to deceive). Save the list again from Excel, or as CSV, and try again.',
  },
  headerOnly: {
    nb: 'Filen har overskrifter, men ingen deltakere. Eksporter listen på nytt.',
    en: 'The file has headers but no attendees. Export the list again.',
  },
  jsonUnreadable: {
    nb: 'Listen ser ut som JSON, men kan ikke leses (den er ufullstendig eller har en feil). Hent den på nytt, eller lagre listen som CSV eller XLSX.',
    en: 'The list looks like JSON but cannot be read (it is incomplete or has an error). Fetch it again, or save the list as CSV or XLSX.',
  },
  jsonNotList: {
    nb: 'Listen er JSON, men ikke en liste over deltakere. Den må være en liste med ett objekt per deltaker, eventuelt under «attendees», «registrants» eller «data».',
    en: 'The list is JSON but not a list of attendees. It must be a list with one object per attendee, possibly under "attendees", "registrants" or "data".',
  },
  badListUrl: {
    nb: 'Adressen «{value}» er ikke gyldig. Skriv hele adressen til listen med http:// eller https://, for eksempel https://pamelding.example.no/deltakere.csv.',
    en: 'The address "{value}" is not valid. Write the full address of the list with http:// or https://, for example https://registration.example.com/attendees.csv.',
  },
  listUnreachable: {
    nb: 'Får ikke kontakt med påmeldingssystemet på {host} ({detail}). Sjekk adressen og at maskinen er på nett. Deltakerlisten i Innsjekk er ikke endret.',
    en: 'Cannot reach the registration system at {host} ({detail}). Check the address and that this machine is online. The attendee list in Innsjekk is unchanged.',
  },
  listTimeout: {
    nb: 'Påmeldingssystemet på {host} svarte ikke innen {seconds} sekunder. Deltakerlisten i Innsjekk er ikke endret; prøv igjen senere.',
    en: 'The registration system at {host} did not answer within {seconds} seconds. The attendee list in Innsjekk is unchanged; try again later.',
  },
  listAccessDenied: {
    nb: 'Tilgang nektet: påmeldingssystemet på {host} godtok ikke tilgangsnøkkelen (HTTP {status}). Sjekk nøkkelen i --token eller INNSJEKK_LIST_TOKEN. Deltakerlisten i Innsjekk er ikke endret.',
    en: 'Access denied: the registration system at {host} did not accept the access token (HTTP {status}). Check the token in --token or INNSJEKK_LIST_TOKEN. The attendee list in Innsjekk is unchanged.',
  },
  listNotFound: {
    nb: 'Fant ingen liste på {url} (HTTP {status}). Sjekk adressen i påmeldingssystemet. Deltakerlisten i Innsjekk er ikke endret.',
    en: 'There is no list at {url} (HTTP {status}). Check the address in the registration system. The attendee list in Innsjekk is unchanged.',
  },
  listServerError: {
    nb: 'Påmeldingssystemet på {host} svarte med en feil (HTTP {status}). Deltakerlisten i Innsjekk er ikke endret; prøv igjen senere, eller sjekk påmeldingssystemet.',
    en: 'The registration system at {host} answered with an error (HTTP {status}). The attendee list in Innsjekk is unchanged; try again later, or check the registration system.',
  },
  listTooLarge: {
    nb: 'Listen på {host} er større enn grensen på {limit} MB og ble ikke hentet. Sjekk at adressen peker på deltakerlisten. Deltakerlisten i Innsjekk er ikke endret.',
    en: 'The list at {host} is larger than the limit of {limit} MB and was not fetched. Check that the address points to the attendee list. The attendee list in Innsjekk is unchanged.',
  },
  listImportFailed: {
    nb: 'Listen fra påmeldingssystemet kunne ikke leses inn: {reason} Deltakerlisten i Innsjekk er ikke endret.',
    en: 'The list from the registration system could not be imported: {reason} The attendee list in Innsjekk is unchanged.',
  },
  listCheckFailed: {
    nb: 'Noe gikk galt da listen ble hentet ({detail}). Deltakerlisten i Innsjekk er ikke endret; prøv igjen.',
    en: 'Something went wrong while fetching the list ({detail}). The attendee list in Innsjekk is unchanged; try again.',
  },
  noNameColumn: {
    nb: 'Fant ingen kolonne med navn (for eksempel «Navn», «Fornavn»/«Etternavn» eller «Name»). Kolonnene er: {columns}. Angi riktig kolonne med --map name=Kolonnenavn.',
    en: 'No name column found (such as "Name", "First name"/"Last name" or "Navn"). The columns are: {columns}. Name the right one with --map name=Column.',
  },
  unknownMappingColumn: {
    nb: 'Kolonnen «{column}» finnes ikke i filen. Kolonnene er: {columns}.',
    en: 'The file has no column "{column}". The columns are: {columns}.',
  },
  unknownMappingField: {
    nb: 'Feltet «{field}» finnes ikke. Gyldige felt: {fields}.',
    en: 'There is no field "{field}". Valid fields: {fields}.',
  },
  rowNoName: { nb: 'mangler navn', en: 'no name' },
  rowUnknownStatus: { nb: 'ukjent status «{value}»', en: 'unknown status "{value}"' },
  listWouldCancelMany: {
    nb: 'Den nye listen mangler {count} av {total} påmeldte ({arrived} av dem har allerede kommet), så Innsjekk tar den ikke inn automatisk. Sjekk eksporten; stemmer den, importer filen manuelt og bekreft avmeldingene.',
    en: 'The new list is missing {count} of {total} registrants ({arrived} of them have already arrived), so Innsjekk does not take it in automatically. Check the export; if it is right, import the file by hand and confirm the cancellations.',
  },
} as const satisfies Texts;
