/**
 * The organiser screens' frame: the menu, its sections and the PIN that locks them.
 */
import type { Texts } from './bilingual.js';

/** The organiser frame's texts, each in bokmål and English. */
export const organiserShellTexts = {
  organiserTitle: { nb: 'Arrangørsidene', en: 'Organiser screens' },
  organiserNav: { nb: 'Arrangørmeny', en: 'Organiser menu' },
  organiserLeave: { nb: 'Tilbake til innsjekking', en: 'Back to check-in' },
  sectionRegistrants: { nb: 'Deltakere', en: 'Attendees' },
  sectionImport: { nb: 'Importer deltakerliste', en: 'Import attendee list' },
  sectionSettings: { nb: 'Innstillinger', en: 'Settings' },
  pinTitle: { nb: 'Arrangørsidene er låst', en: 'The organiser screens are locked' },
  pinIntro: {
    nb: 'Skriv inn PIN-koden for å åpne arrangørsidene. Frivillige ved inngangen trenger ikke disse sidene.',
    en: 'Enter the PIN to open the organiser screens. Volunteers at the entrance do not need them.',
  },
  pinMissingTitle: { nb: 'Arrangørsidene har ingen PIN-kode på denne kiosken', en: 'The organiser screens have no PIN on this kiosk' },
  pinMissingIntro: {
    nb: 'Arrangøren setter en PIN-kode på denne maskinen med kommandoen «innsjekk pin NY-PIN» (6 til 12 sifre). Til da brukes arrangørsidene på arrangørens kiosk.',
    en: 'The organiser sets a PIN on this machine with the command "innsjekk pin NEW-PIN" (6 to 12 digits). Until then, use the organiser screens on the organiser\'s kiosk.',
  },
  pinLabel: { nb: 'PIN-kode', en: 'PIN' },
  pinNew: { nb: 'Ny PIN-kode', en: 'New PIN' },
  pinRepeat: { nb: 'Skriv den samme PIN-koden én gang til', en: 'Type the same PIN once more' },
  pinRule: { nb: '6 til 12 sifre.', en: '6 to 12 digits.' },
  pinSubmit: { nb: 'Åpne arrangørsidene', en: 'Open the organiser screens' },
  pinFormat: {
    nb: 'PIN-koden må være 6 til 12 sifre, bare tall. Skriv den på nytt.',
    en: 'The PIN must be 6 to 12 digits, numbers only. Type it again.',
  },
  pinMismatch: {
    nb: 'De to PIN-kodene er ikke like. Skriv den samme koden i begge feltene.',
    en: 'The two PINs differ. Type the same PIN in both fields.',
  },
  sectionMail: { nb: 'E-post', en: 'Email' },
  sectionKiosks: { nb: 'Kiosker', en: 'Kiosks' },
} as const satisfies Texts;
