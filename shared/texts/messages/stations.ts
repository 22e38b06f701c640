/**
 * Messages about the stations: choosing a kiosk's station, the cloakroom's tag range, undoing at a station.
 */
import type { Texts } from '../bilingual.js';

/** Messages about the stations, each in bokmål and English. */
export const stationMessages = {
  unknownStation: {
    nb: 'Stasjonen «{station}» finnes ikke. Velg en av disse: {stations}.',
    en: 'There is no station "{station}". Choose one of: {stations}.',
  },
  wrongStation: {
    nb: 'Denne kiosken står på stasjonen «{station}», ikke «{needed}». Be arrangøren bytte stasjon (med PIN-koden), eller bruk --station {needed} på kommandolinjen.',
    en: 'This kiosk works the station "{station}", not "{needed}". Ask the organiser to change the station (with the PIN), or use --station {needed} on the command line.',
  },
  badTagRange: {
    nb: 'Merkenumrene «{value}» er ikke et gyldig område. Skriv første og siste nummer med bindestrek, for eksempel 1-800 (høyst {max}).',
    en: 'The tag numbers "{value}" are not a valid range. Write the first and last number with a hyphen, for example 1-800 (at most {max}).',
  },
  undoNoCheckinOfPerson: {
    nb: 'Denne kiosken har ingen innsjekking av {name} som kan angres: den er angret allerede, eller gjort ved en annen kiosk. Send personen til informasjonsdisken hvis noe er feil.',
    en: 'This kiosk has no check-in of {name} to undo: it was undone already, or made at another kiosk. Send the person to the information desk if something is wrong.',
  },
} as const satisfies Texts;
