/**
 * Messages when a request is refused: a bad request, a missing event key, the organiser PIN.
 */
import type { Texts } from '../bilingual.js';

/** Messages refusing a request, each in bokmål and English. */
export const accessMessages = {
  badRequest: { nb: 'Ugyldig forespørsel: {detail}', en: 'Invalid request: {detail}' },
  kioskUnreachable: { nb: 'Kiosken svarer ikke. Sjekk at Innsjekk kjører, og prøv igjen.', en: 'The kiosk does not answer. Check that Innsjekk is running, and try again.' },
  internal: { nb: 'Noe gikk galt. Prøv igjen.', en: 'Something went wrong. Try again.' },
  unauthorized: { nb: 'Mangler eller feil arrangementsnøkkel.', en: 'Missing or wrong event key.' },
  wrongPin: { nb: 'Feil PIN. Prøv igjen, eller spør arrangøren.', en: 'Wrong PIN. Try again, or ask the organiser.' },
  tooManyPinAttempts: {
    nb: 'For mange feil forsøk. Vent {seconds} sekunder og prøv igjen.',
    en: 'Too many wrong attempts. Wait {seconds} seconds and try again.',
  },
  organiserLocked: {
    nb: 'Arrangørsidene er låst. Skriv inn PIN-koden på nytt.',
    en: 'The organiser screens are locked. Enter the PIN again.',
  },
} as const satisfies Texts;
