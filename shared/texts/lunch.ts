/**
 * The lunch counter's texts: its verdicts, for the screen and the command line.
 */
import type { Texts } from './bilingual.js';

/** The lunch counter's texts, each in bokmål and English. */
export const lunchTexts = {
  lunchServed: { nb: 'Lunsj til {name}', en: 'Lunch for {name}' },
  lunchServedAgain: { nb: 'Lunsj nummer to til {name}', en: 'Second lunch for {name}' },
  lunchAnonymous: { nb: 'Lunsj uten kode (+1)', en: 'Lunch without a code (+1)' },
  lunchDietary: { nb: 'Matbehov: {needs}', en: 'Dietary needs: {needs}' },
  lunchNoDietary: { nb: 'Ingen matbehov oppgitt', en: 'No dietary needs given' },
  lunchNotCheckedIn: { nb: 'Ikke sjekket inn ved inngangen', en: 'Not checked in at the entrance' },
  lunchSecond: {
    nb: 'Fikk lunsj {when} ved {kiosk}. Server likevel med «innsjekk lunch KODE --again» (eller knappen på skjermen).',
    en: 'Had lunch at {when} at {kiosk}. Serve anyway with "innsjekk lunch CODE --again" (or the button on the screen).',
  },
  lunchUnknownCode: {
    nb: 'Koden gjelder ingen på deltakerlisten. Finn gjesten på navn, eller trykk «+1 uten kode».',
    en: 'The code matches nobody on the list. Find the guest by name, or choose "+1 without a code".',
  },
  lunchWrongEvent: {
    nb: 'Koden gjelder et annet arrangement. Trykk «+1 uten kode» om gjesten skal ha lunsj.',
    en: 'The code is for another event. Choose "+1 without a code" if the guest is to have lunch.',
  },
  lunchUndone: { nb: 'Angret lunsjen kl. {when} ({who})', en: 'Undid the lunch at {when} ({who})' },
  lunchNothingToUndo: { nb: 'Ingen lunsj å angre på denne kiosken.', en: 'No lunch to undo on this kiosk.' },
  lunchPrompt: {
    nb: 'Skann gjestens kode, søk opp navnet, eller trykk «+1 uten kode».',
    en: 'Scan the guest\'s code, search their name, or choose "+1 without a code".',
  },
  lunchSearchHelp: {
    nb: 'Skriv noen bokstaver. Velg gjesten med piltastene og Enter, eller trykk på gjesten, for å gi lunsj.',
    en: 'Type a few letters. Choose the guest with the arrow keys and Enter, or tap them, to serve lunch.',
  },
  lunchAnonymousButton: { nb: '+1 uten kode', en: '+1 without a code' },
  lunchServeAgainButton: { nb: 'Server likevel', en: 'Serve anyway' },
  lunchSecondWarning: { nb: 'Fikk lunsj {when} ved {kiosk}', en: 'Had lunch at {when} at {kiosk}' },
  lunchCountsLine: { nb: '{served} servert · {left} av {expected} har ikke spist', en: '{served} served · {left} of {expected} have not eaten' },
  lunchKitchenHeading: { nb: 'Kjøkkenet: matbehov blant dem som er inne eller har spist', en: 'Kitchen: dietary needs among those inside or fed' },
  lunchKitchenLine: { nb: '{need}: {served} av {expected} har spist', en: '{need}: {served} of {expected} have eaten' },
} as const satisfies Texts;
