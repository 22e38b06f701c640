/**
 * The organiser's attendee list, one attendee's QR code, and all codes for download.
 */
import type { Texts } from './bilingual.js';

/** The attendee list's texts, each in bokmål and English. */
export const organiserRegistrantsTexts = {
  registrantsTitle: { nb: 'Deltakere', en: 'Attendees' },
  registrantsSearch: { nb: 'Søk på navn, virksomhet eller e-post', en: 'Search by name, organisation or email' },
  registrantsStatus: { nb: 'Påmeldingsstatus', en: 'Registration status' },
  statusAll: { nb: 'Alle', en: 'All' },
  registrantsShowing: { nb: 'Viser {from}–{to} av {total} deltakere.', en: 'Showing {from}–{to} of {total} attendees.' },
  registrantsNone: {
    nb: 'Ingen deltakere passer med søket. Prøv en annen stavemåte, eller velg «Alle».',
    en: 'No attendees match the search. Try another spelling, or choose "All".',
  },
  registrantsCaption: { nb: 'Deltakerne, sortert etter navn', en: 'The attendees, sorted by name' },
  registrantsNotArrived: { nb: 'Ikke ennå', en: 'Not yet' },
  registrantsShowCode: { nb: 'Vis kode', en: 'Show code' },
  registrantsShowCodeFor: { nb: 'Vis kode for {name}', en: 'Show code for {name}' },
  registrantsPages: { nb: 'Sider i deltakerlisten', en: 'Pages of the attendee list' },
  columnName: { nb: 'Navn', en: 'Name' },
  columnOrganisation: { nb: 'Virksomhet', en: 'Organisation' },
  columnEmail: { nb: 'E-post', en: 'Email' },
  columnStatus: { nb: 'Status', en: 'Status' },
  columnArrived: { nb: 'Kommet', en: 'Arrived' },
  pagePrevious: { nb: 'Forrige side', en: 'Previous page' },
  pageNext: { nb: 'Neste side', en: 'Next page' },
  codeTitle: { nb: 'QR-koden til {name}', en: 'QR code of {name}' },
  codeAlt: { nb: 'QR-kode for {name}', en: 'QR code for {name}' },
  codePrint: { nb: 'Skriv ut koden', en: 'Print the code' },
  codeClose: { nb: 'Lukk koden', en: 'Close the code' },
  codeWaitlistedNote: {
    nb: 'Personen står på venteliste. Koden gir ikke adgang før plassen er bekreftet: ved inngangen blir personen sendt til informasjonsdisken.',
    en: 'This person is on the waiting list. The code gives no entry until the place is confirmed: at the entrance they are sent to the information desk.',
  },
  codeCancelledNote: {
    nb: 'Personen er avmeldt. Koden gir ikke adgang: ved inngangen blir personen sendt til informasjonsdisken.',
    en: 'This person has cancelled. The code gives no entry: at the entrance they are sent to the information desk.',
  },
  exportTitle: { nb: 'Alle QR-koder', en: 'All QR codes' },
  exportIntro: {
    nb: 'Last ned én zip-fil med en PNG- og en SVG-fil for hver deltaker som ikke er avmeldt, og codes.csv med navn, e-post og kode, til navneskilt eller utsending.',
    en: 'Download one zip file with a PNG and an SVG file for every attendee who has not cancelled, and codes.csv with name, email and code, for badges or mailings.',
  },
  exportButton: { nb: 'Last ned alle QR-koder', en: 'Download all QR codes' },
  exportBusy: { nb: 'Lager koder …', en: 'Making the codes …' },
  exportDone: { nb: 'Lastet ned {count} koder i filen «{fileName}».', en: 'Downloaded {count} codes in the file "{fileName}".' },
} as const satisfies Texts;
