/**
 * Messages about the event itself: setting it up, its keys and its registrants.
 */
import type { Texts } from '../bilingual.js';

/** Messages about the event, each in bokmål and English. */
export const eventMessages = {
  noEvent: {
    nb: 'Ingen arrangement er satt opp i denne datamappen. Kjør «innsjekk init --name NAVN --date ÅÅÅÅ-MM-DD --pin PIN» eller «innsjekk demo» først.',
    en: 'No event is set up in this data directory. Run "innsjekk init --name NAME --date YYYY-MM-DD --pin PIN" or "innsjekk demo" first.',
  },
  eventExists: {
    nb: 'Det finnes allerede et arrangement («{name}») i denne datamappen. Bruk en annen mappe med --data-dir, eller slett mappen hvis du vil begynne på nytt.',
    en: 'This data directory already holds an event ("{name}"). Use another directory with --data-dir, or delete it to start over.',
  },
  badDate: {
    nb: 'Datoen «{value}» er ikke gyldig. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-03-12.',
    en: 'The date "{value}" is not valid. Write it as YYYY-MM-DD, for example 2026-03-12.',
  },
  badCapacity: {
    nb: 'Kapasiteten «{value}» er ikke et gyldig antall. Skriv et helt tall større enn 0.',
    en: 'The capacity "{value}" is not a valid number. Give a whole number above 0.',
  },
  missingName: {
    nb: 'Arrangementet trenger et navn. Bruk --name "Navn på arrangementet".',
    en: 'The event needs a name. Use --name "Event name".',
  },
  noSigningKey: {
    nb: 'Denne maskinen har ikke arrangementets signeringsnøkkel, så den kan ikke lage nye koder. Gjør dette på arrangørens maskin (der «innsjekk init» ble kjørt).',
    en: "This machine does not hold the event's signing key, so it cannot make new codes. Do this on the organiser's machine (where \"innsjekk init\" ran).",
  },
  dataDirNotPrivate: {
    nb: 'Innsjekk kan ikke gjøre datamappen {dir} privat (bare lesbar for deg), fordi den eies av en annen bruker. Bruk en mappe du eier, med --data-dir.',
    en: 'Innsjekk cannot make the data directory {dir} private (readable only by you), because another user owns it. Use a folder you own, with --data-dir.',
  },
  registrantNotFound: { nb: 'Fant ingen deltaker med id «{id}».', en: 'No registrant with id "{id}".' },
} as const satisfies Texts;
