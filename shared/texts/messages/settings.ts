/**
 * Messages about the event's settings: unknown ones, times, lengths and placeholders.
 */
import type { Texts } from '../bilingual.js';

/** Messages about the settings, each in bokmål and English. */
export const settingsMessages = {
  unknownSetting: {
    nb: 'Innstillingen «{key}» finnes ikke. Gyldige innstillinger: {keys}.',
    en: 'There is no setting "{key}". Valid settings: {keys}.',
  },
  badTime: {
    nb: '«{value}» er ikke et gyldig klokkeslett for {key}. Skriv det som TT:MM, for eksempel 09:30.',
    en: '"{value}" is not a valid time for {key}. Write it as HH:MM, for example 09:30.',
  },
  badTimeOrder: {
    nb: 'Tidene henger ikke sammen: registreringen åpner {registrationOpens}, konferansen starter {starts} og slutter {ends}. Registreringen kan ikke åpne etter start, og slutt må være etter start.',
    en: 'The times do not fit together: registration opens {registrationOpens}, the conference starts {starts} and ends {ends}. Registration cannot open after the start, and the end must be after the start.',
  },
  emptySetting: { nb: '{key} kan ikke være tom. Skriv inn en verdi.', en: '{key} cannot be empty. Enter a value.' },
  settingTooLong: {
    nb: 'Teksten for {key} er for lang ({length} tegn; grensen er {limit}). Kort den ned.',
    en: 'The text for {key} is too long ({length} characters; the limit is {limit}). Shorten it.',
  },
  unknownPlaceholder: {
    nb: 'Teksten for {key} inneholder «{placeholder}», som ikke kan fylles ut. Du kan bruke: {placeholders}.',
    en: 'The text for {key} contains "{placeholder}", which cannot be filled in. You can use: {placeholders}.',
  },
} as const satisfies Texts;
