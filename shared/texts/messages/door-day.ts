/**
 * Messages of the door on a full day: capacity, the waitlist at the door,
 * walk-ins, notes and the organiser PIN that overrides.
 */
import type { Texts } from '../bilingual.js';

/** The full day's messages at the door, each in bokmål and English. */
export const doorDayMessages = {
  badWaitlistRelease: {
    nb: 'Tidspunktet for å frigi ventelisten, «{value}», må skrives TT:MM, for eksempel 10:15 (eller stå tomt).',
    en: 'The time to release the waiting list, "{value}", must be written HH:MM, for example 10:15 (or left empty).',
  },
  doorFull: {
    nb: 'Salen er full ({inside} av {capacity} inne). Ingenting er registrert. Bare arrangørens PIN-kode slipper inn én til.',
    en: 'The hall is full ({inside} of {capacity} inside). Nothing was recorded. Only the organiser PIN lets one more in.',
  },
  waitlistNotReleased: {
    nb: 'Ventelisten er ikke frigitt ennå. Ingenting er registrert. Vent til den frigis, eller be arrangøren slippe personen inn med PIN-koden.',
    en: 'The waiting list is not released yet. Nothing was recorded. Wait for the release, or ask the organiser to let them in with the PIN.',
  },
  noOneWaiting: {
    nb: 'Ingen står i køen ved døren. Ingenting er registrert.',
    en: 'Nobody is in the queue at the door. Nothing was recorded.',
  },
  notWaitlisted: {
    nb: '{name} står ikke på ventelisten. Ingenting er registrert. Skann koden ved inngangen i stedet.',
    en: '{name} is not on the waiting list. Nothing was recorded. Scan their code at the entrance instead.',
  },
  alreadyAdmitted: {
    nb: '{name} er allerede sluppet inn. Ingenting er registrert. Skal personen inn igjen etter å ha gått ut, skann koden ved inngangen.',
    en: '{name} has already been let in. Nothing was recorded. If they are coming back in after going out, scan their code at the entrance.',
  },
  forceNotAllowed: {
    nb: '{name} kan ikke slippes inn med PIN-koden: påmeldingen er trukket. Send personen til informasjonsdisken. Ingenting er registrert.',
    en: '{name} cannot be let in with the PIN: the registration was withdrawn. Send them to the information desk. Nothing was recorded.',
  },
  overrideReasonMissing: {
    nb: 'Skriv hvem som slipper inn og hvorfor (høyst {max} tegn). Ingenting er registrert.',
    en: 'Write who lets them in and why (at most {max} characters). Nothing was recorded.',
  },
  walkInNameMissing: {
    nb: 'Skriv navnet på personen som skal registreres. Ingenting er registrert.',
    en: 'Write the name of the person to register. Nothing was recorded.',
  },
  walkInNameTooLong: {
    nb: 'Navnet er {length} tegn langt; høyst {max} er tillatt. Forkort det. Ingenting er registrert.',
    en: 'The name is {length} characters long; at most {max} are allowed. Shorten it. Nothing was recorded.',
  },
  walkInFieldTooLong: {
    nb: '{field} er {length} tegn lang; høyst {max} er tillatt. Forkort den. Ingenting er registrert.',
    en: '{field} is {length} characters long; at most {max} are allowed. Shorten it. Nothing was recorded.',
  },
  walkInBadEmail: {
    nb: '«{email}» er ikke en gyldig e-postadresse. Rett den, eller la feltet stå tomt. Ingenting er registrert.',
    en: '"{email}" is not a valid email address. Correct it, or leave the field empty. Nothing was recorded.',
  },
  noteTooLong: {
    nb: 'Merknaden er {length} tegn lang; høyst {max} er tillatt. Forkort den. Ingenting er registrert.',
    en: 'The note is {length} characters long; at most {max} are allowed. Shorten it. Nothing was recorded.',
  },
} as const satisfies Texts;
