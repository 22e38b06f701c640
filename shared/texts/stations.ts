/**
 * What the station screens share: the stations' names, the header, the
 * station switch behind the PIN, undo.
 */
import type { Texts } from './bilingual.js';

/** The stations' shared texts, each in bokmål and English. */
export const stationTexts = {
  stationInngang: { nb: 'Inngang', en: 'Entrance' },
  stationGarderobe: { nb: 'Garderobe', en: 'Cloakroom' },
  stationLunsj: { nb: 'Lunsj', en: 'Lunch' },
  stationHeader: { nb: 'Stasjon: {station}', en: 'Station: {station}' },
  stationSwitchTitle: { nb: 'Kioskens stasjon', en: "This kiosk's station" },
  stationSwitchIntro: {
    nb: 'Kiosken jobber én stasjon om gangen, og stasjonen står på alt den registrerer. Bytt når kiosken flyttes.',
    en: 'The kiosk works one station at a time, and every record it makes names the station. Change it when the kiosk moves.',
  },
  stationSwitchLabel: { nb: 'Stasjon', en: 'Station' },
  stationSwitchSubmit: { nb: 'Bytt stasjon', en: 'Change station' },
  stationSwitchDone: { nb: 'Kiosken står nå på stasjonen {station}.', en: 'The kiosk now works the station {station}.' },
  stationUndoLast: { nb: 'Angre siste', en: 'Undo the last one' },
  stationUndoReason: { nb: 'feil registrering', en: 'wrong record' },
  stationUndone: { nb: 'Angret.', en: 'Undone.' },
  stationNothingToUndo: { nb: 'Ingenting å angre på denne kiosken.', en: 'Nothing to undo on this kiosk.' },
  stationScanOrType: { nb: 'Skann koden med håndskanneren eller kameraet.', en: 'Scan the code with the handheld scanner or the camera.' },
} as const satisfies Texts;
