/**
 * The verdict after a scan or a pick from the search, on the volunteer screen and in the CLI.
 */
import type { Texts } from './bilingual.js';

/** The verdicts in words, each in bokmål and English. */
export const verdictTexts = {
  verdictRegion: { nb: 'Resultat av siste skanning', en: 'Result of the last scan' },
  verdictWelcome: { nb: 'Velkommen', en: 'Welcome' },
  verdictWelcomeNext: {
    nb: 'Sammenlign navnet med legitimasjonen, og slipp personen inn.',
    en: 'Compare the name with their ID, and let them in.',
  },
  verdictAlready: { nb: 'Allerede sjekket inn', en: 'Already checked in' },
  verdictAlreadyDetail: { nb: 'Kom kl. {time} ved {kiosk}.', en: 'Arrived at {time} at {kiosk}.' },
  verdictAlreadyNext: {
    nb: 'Sjekk legitimasjonen. Stemmer noe ikke, send personen til informasjonsdisken.',
    en: 'Check their ID. If something does not add up, send them to the information desk.',
  },
  verdictWaitlisted: { nb: 'På venteliste', en: 'On the waiting list' },
  verdictWaitlistedNext: {
    nb: 'Personen har ikke fått plass ennå. Send til informasjonsdisken.',
    en: 'They have no place yet. Send them to the information desk.',
  },
  verdictCancelled: { nb: 'Avmeldt', en: 'Cancelled' },
  verdictCancelledNext: {
    nb: 'Påmeldingen er trukket. Send til informasjonsdisken.',
    en: 'This registration was withdrawn. Send them to the information desk.',
  },
  verdictInvalid: { nb: 'Ukjent kode', en: 'Unknown code' },
  verdictInvalidNext: {
    nb: 'Ukjent kode — søk på navn eller send til informasjonsdisken.',
    en: 'Unknown code — search by name or send them to the information desk.',
  },
  verdictWrongEvent: { nb: 'Kode for et annet arrangement', en: 'Code for another event' },
  verdictWrongEventNext: {
    nb: 'Koden gjelder ikke {event}. Søk på navn eller send til informasjonsdisken.',
    en: 'This code is not for {event}. Search by name or send them to the information desk.',
  },
  verdictError: { nb: 'Fikk ikke sjekket inn', en: 'Could not check in' },
  verdictErrorNext: { nb: '{message} Skann på nytt, eller søk på navn.', en: '{message} Scan again, or search by name.' },
  // The verdict and what to do in one line, as `innsjekk scan` prints it; welcome and already need no more than their titles.
  verdictWaitlistedLine: {
    nb: 'Står på venteliste – send til informasjonsdisken',
    en: 'On the waiting list – send them to the information desk',
  },
  verdictCancelledLine: { nb: 'Avmeldt – send til informasjonsdisken', en: 'Cancelled – send them to the information desk' },
  verdictInvalidLine: {
    nb: 'Ukjent kode – søk på navn eller send til informasjonsdisken',
    en: 'Unknown code – search by name or send them to the information desk',
  },
  verdictWrongEventLine: {
    nb: 'Koden gjelder et annet arrangement – send til informasjonsdisken',
    en: 'The code is for another event – send them to the information desk',
  },
} as const satisfies Texts;
