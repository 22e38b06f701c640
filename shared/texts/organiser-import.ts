/**
 * The organiser's import: the file, its columns and fields, and following the registration system's list.
 */
import type { Texts } from './bilingual.js';

/** The import screen's texts, each in bokmål and English. */
export const organiserImportTexts = {
  importTitle: { nb: 'Importer deltakerliste', en: 'Import attendee list' },
  importChooseTitle: { nb: 'Steg 1 av 3: Velg filen', en: 'Step 1 of 3: Choose the file' },
  importFileLabel: { nb: 'Deltakerliste (CSV eller Excel)', en: 'Attendee list (CSV or Excel)' },
  importFileHint: {
    nb: 'Eksporter listen fra påmeldingssystemet som CSV eller XLSX. Ingenting lagres før du har kontrollert listen og trykket «Importer deltakerlisten».',
    en: 'Export the list from the registration system as CSV or XLSX. Nothing is saved until you have checked the list and pressed "Import the attendee list".',
  },
  importReading: { nb: 'Leser filen …', en: 'Reading the file …' },
  importUnreadable: {
    nb: 'Filen kunne ikke leses. Sjekk at den ikke er åpen i et annet program, og velg den på nytt.',
    en: 'The file could not be read. Check that it is not open in another program, and choose it again.',
  },
  importNoNameHint: {
    nb: 'Gi kolonnen med navn overskriften «Navn» (eller «Fornavn» og «Etternavn») i regnearket, lagre filen og velg den på nytt.',
    en: 'Give the column with names the heading "Navn" or "Name" (or "First name" and "Last name") in the spreadsheet, save the file and choose it again.',
  },
  importReviewTitle: { nb: 'Steg 2 av 3: Kontroller kolonnene', en: 'Step 2 of 3: Check the columns' },
  importReviewIntro: {
    nb: 'Filen «{file}» har {columns} kolonner. Sjekk at hvert felt hentes fra riktig kolonne, og se hva importen vil gjøre.',
    en: 'The file "{file}" has {columns} columns. Check that each field comes from the right column, and see what the import will do.',
  },
  importPreviewCaption: {
    nb: 'De første {rows} radene i filen, og feltet hver kolonne blir lest som',
    en: 'The first {rows} rows of the file, and the field each column is read as',
  },
  importUnused: { nb: '(brukes ikke)', en: '(not used)' },
  importMappingLegend: { nb: 'Hvilken kolonne hører til hvert felt?', en: 'Which column belongs to each field?' },
  importMappingHint: {
    nb: 'Velg «(ingen)» for felt som ikke finnes i filen. Forhåndsvisningen oppdateres når du endrer et valg.',
    en: 'Choose "(none)" for fields the file does not have. The preview updates when you change a choice.',
  },
  importNoColumn: { nb: '(ingen)', en: '(none)' },
  importPreviewing: { nb: 'Oppdaterer forhåndsvisningen …', en: 'Updating the preview …' },
  importWillTitle: { nb: 'Dette skjer når du importerer', en: 'What the import will do' },
  importAdded: { nb: 'Nye deltakere: {count}', en: 'New attendees: {count}' },
  importUpdated: { nb: 'Endrede deltakere: {count}', en: 'Changed attendees: {count}' },
  importUnchanged: { nb: 'Uendrede deltakere: {count}', en: 'Unchanged attendees: {count}' },
  importCancelled: {
    nb: 'Avmeldt fordi de ikke lenger står i filen: {count}',
    en: 'Cancelled because they are no longer in the file: {count}',
  },
  importRejected: { nb: 'Rader som ikke kan leses inn: {count}', en: 'Rows that cannot be read: {count}' },
  importRejectedCaption: { nb: 'Rader som ikke blir lest inn, og hvorfor', en: 'Rows that are not read, and why' },
  importRow: { nb: 'Rad', en: 'Row' },
  importReason: { nb: 'Årsak', en: 'Reason' },
  importCommit: { nb: 'Importer deltakerlisten', en: 'Import the attendee list' },
  importOtherFile: { nb: 'Velg en annen fil', en: 'Choose another file' },
  importDoneTitle: { nb: 'Steg 3 av 3: Deltakerlisten er importert', en: 'Step 3 of 3: The attendee list is imported' },
  importDoneIntro: {
    nb: 'Listen fra «{file}» er lagret, og alle nye deltakere har fått en QR-kode.',
    en: 'The list from "{file}" is saved, and every new attendee has a QR code.',
  },
  importShowList: { nb: 'Se deltakerlisten', en: 'See the attendee list' },
  importAnother: { nb: 'Importer en ny fil', en: 'Import a new file' },
  fieldRef: { nb: 'Påmeldingsnummer', en: 'Registration number' },
  fieldBarcode: { nb: 'Strekkode eller billettkode', en: 'Barcode or ticket code' },
  fieldFirstName: { nb: 'Fornavn', en: 'First name' },
  fieldLastName: { nb: 'Etternavn', en: 'Last name' },
  fieldName: { nb: 'Fullt navn', en: 'Full name' },
  fieldEmail: { nb: 'E-post', en: 'Email' },
  fieldOrganisation: { nb: 'Virksomhet', en: 'Organisation' },
  fieldRole: { nb: 'Rolle eller stilling', en: 'Role or job title' },
  fieldStatus: { nb: 'Påmeldingsstatus', en: 'Registration status' },
  fieldDietary: { nb: 'Allergier og matbehov', en: 'Allergies and dietary needs' },
  followTitle: { nb: 'Deltakerliste fra påmeldingssystemet', en: 'Attendee list from the registration system' },
  followIntro: {
    nb: 'Innsjekk henter deltakerlisten fra påmeldingssystemet på adressen under og tar inn endringene.',
    en: 'Innsjekk fetches the attendee list from the registration system at the address below and takes in the changes.',
  },
  followUrl: { nb: 'Adresse', en: 'Address' },
  followLastChecked: { nb: 'Sist sjekket', en: 'Last checked' },
  followLastChanged: { nb: 'Sist endret', en: 'Last changed' },
  followNever: { nb: 'Ikke ennå', en: 'Not yet' },
  followFailed: {
    nb: 'Siste henting feilet {when}: {error} Innsjekk bruker fortsatt listen fra {listWhen}.',
    en: 'The last fetch failed {when}: {error} Innsjekk still uses the list fetched {listWhen}.',
  },
  followFailedNoList: {
    nb: 'Siste henting feilet {when}: {error} Innsjekk har ikke fått noen liste fra denne adressen ennå.',
    en: 'The last fetch failed {when}: {error} Innsjekk has not had a list from this address yet.',
  },
} as const satisfies Texts;
