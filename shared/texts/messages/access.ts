/**
 * Messages when a request is refused: a bad request, a missing event key, the
 * organiser PIN, a body too large or too slow, a foreign Host or Origin.
 */
import type { Texts } from '../bilingual.js';

/** Messages refusing a request, each in bokmål and English. */
export const accessMessages = {
  badRequest: { nb: 'Ugyldig forespørsel: {detail}', en: 'Invalid request: {detail}' },
  kioskUnreachable: { nb: 'Kiosken svarer ikke. Sjekk at Innsjekk kjører, og prøv igjen.', en: 'The kiosk does not answer. Check that Innsjekk is running, and try again.' },
  internal: { nb: 'Noe gikk galt. Prøv igjen.', en: 'Something went wrong. Try again.' },
  unauthorized: { nb: 'Mangler eller feil arrangementsnøkkel.', en: 'Missing or wrong event key.' },
  wrongPin: { nb: 'Feil PIN. Prøv igjen, eller spør arrangøren.', en: 'Wrong PIN. Try again, or ask the organiser.' },
  newPinFormat: { nb: 'En ny PIN-kode må være 6 til 12 sifre, bare tall.', en: 'A new PIN must be 6 to 12 digits, numbers only.' },
  noPinSet: {
    nb: 'Arrangørsidene har ingen PIN-kode på denne kiosken. Arrangøren setter en på denne maskinen med «innsjekk pin NY-PIN» (6 til 12 sifre); til da brukes arrangørsidene på arrangørens kiosk.',
    en: 'The organiser screens have no PIN on this kiosk. The organiser sets one on this machine with "innsjekk pin NEW-PIN" (6 to 12 digits); until then, use the organiser screens on the organiser\'s kiosk.',
  },
  tooManyPinAttempts: {
    nb: 'For mange feil forsøk. Vent {seconds} sekunder og prøv igjen.',
    en: 'Too many wrong attempts. Wait {seconds} seconds and try again.',
  },
  tooManyPinAttemptsMinutes: {
    nb: 'For mange feil forsøk. Vent {minutes} minutter og prøv igjen, eller sett en ny PIN-kode på denne maskinen med «innsjekk pin NY-PIN».',
    en: 'Too many wrong attempts. Wait {minutes} minutes and try again, or set a new PIN on this machine with "innsjekk pin NEW-PIN".',
  },
  organiserLocked: {
    nb: 'Arrangørsidene er låst. Skriv inn PIN-koden på nytt.',
    en: 'The organiser screens are locked. Enter the PIN again.',
  },
  requestTooLarge: {
    nb: 'Forespørselen er for stor (grensen er {limit} kB her). Sjekk at du sender det du mente å sende.',
    en: 'The request is too large (the limit here is {limit} kB). Check that you are sending what you meant to send.',
  },
  requestTooSlow: {
    nb: 'Forespørselen kom ikke fram innen {seconds} sekunder. Sjekk nettverket og prøv igjen.',
    en: 'The request did not arrive within {seconds} seconds. Check the network and try again.',
  },
  serverBusy: {
    nb: 'Kiosken tar imot for mye på en gang akkurat nå. Prøv igjen om litt.',
    en: 'The kiosk is receiving too much at once just now. Try again in a moment.',
  },
  requestWrongHost: {
    nb: 'Kiosken svarer bare på sin egen adresse. Åpne den fra adressen Innsjekk skrev ut, for eksempel http://127.0.0.1:4680.',
    en: 'The kiosk answers only on its own address. Open it from the address Innsjekk printed, for example http://127.0.0.1:4680.',
  },
  requestForeignOrigin: {
    nb: 'Kiosken tar bare imot forespørsler fra sine egne sider. Åpne den fra adressen Innsjekk skrev ut.',
    en: 'The kiosk takes requests only from its own pages. Open it from the address Innsjekk printed.',
  },
  requestNotJson: {
    nb: 'Kiosken tar bare imot forespørsler i JSON (Content-Type: application/json).',
    en: 'The kiosk takes requests only in JSON (Content-Type: application/json).',
  },
} as const satisfies Texts;
