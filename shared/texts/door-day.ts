/**
 * The door on a full day: the verdicts of exits, re-entries, a full room and
 * the waitlist at the door, walk-ins and notes, and the settings for them,
 * on the screens and in the command line.
 */
import type { Texts } from './bilingual.js';

/** The full day's texts at the door, each in bokmål and English. */
export const doorDayTexts = {
  verdictWelcomeBack: { nb: 'Velkommen tilbake', en: 'Welcome back' },
  verdictWelcomeBackNext: {
    nb: 'Personen var inne før og gikk ut. Slipp personen inn igjen.',
    en: 'They were in before and went out. Let them in again.',
  },
  verdictFull: { nb: 'Fullt — ingen ledige plasser', en: 'Full — no free places' },
  verdictFullNext: {
    nb: 'Salen er full ({inside} av {capacity} inne). Be personen vente, eller hent arrangøren: bare PIN-koden slipper inn én til.',
    en: 'The hall is full ({inside} of {capacity} inside). Ask them to wait, or fetch the organiser: only the PIN lets one more in.',
  },
  verdictAdmittedFromWaitlist: { nb: 'Sluppet inn fra ventelisten', en: 'Admitted from the waiting list' },
  verdictAdmittedFromWaitlistNext: {
    nb: 'Sammenlign navnet med legitimasjonen, og slipp personen inn.',
    en: 'Compare the name with their ID, and let them in.',
  },
  verdictGoodbye: { nb: 'Ha det bra', en: 'Goodbye' },
  verdictGoodbyeNext: { nb: 'Utgangen er registrert. Personen kan komme inn igjen senere.', en: 'The exit is recorded. They may come in again later.' },
  verdictNotInside: { nb: 'Ikke inne', en: 'Not inside' },
  verdictNotInsideNext: {
    nb: 'Personen er ikke registrert inne, så ingen utgang er registrert. Slipp personen ut.',
    en: 'They are not recorded as inside, so no exit was recorded. Let them out.',
  },
  // One line each, as `innsjekk scan`, `exit` and `admit` print them.
  verdictFullLine: {
    nb: 'Fullt – ingen ledige plasser ({inside} av {capacity} inne). Bare arrangøren kan slippe inn én til («innsjekk admit KODE --force --reason TEKST»)',
    en: 'Full – no free places ({inside} of {capacity} inside). Only the organiser can let one more in ("innsjekk admit CODE --force --reason TEXT")',
  },
  verdictWaitingLine: {
    nb: 'Står på venteliste – nummer {position} i køen ved døren (venter siden {since}); vent ved informasjonsdisken',
    en: 'On the waiting list – number {position} in the queue at the door (waiting since {since}); wait at the information desk',
  },
  verdictForced: { nb: 'sluppet inn med arrangørens PIN-kode', en: 'let in with the organiser PIN' },
  doorNote: { nb: 'Merknad: {note}', en: 'Note: {note}' },
  doorNoteAcknowledge: { nb: 'Sett – neste skanning', en: 'Seen – next scan' },
  doorInside: { nb: '{inside} av {capacity} inne', en: '{inside} of {capacity} inside' },
  doorInsideNoLimit: { nb: '{inside} inne', en: '{inside} inside' },
  doorNearlyFull: { nb: 'Nesten fullt: {free} ledige plasser', en: 'Nearly full: {free} places free' },
  doorOverCapacity: { nb: '{over} over kapasiteten', en: '{over} over capacity' },
  queueNext: { nb: 'Neste: {name}, venter siden {since}', en: 'Next: {name}, waiting since {since}' },
  queueEmpty: { nb: 'Ingen venter ved døren.', en: 'Nobody is waiting at the door.' },
  queueReleasedAt: { nb: 'Ledige plasser frigis kl. {time}', en: 'Free places are released at {time}' },
  queueReleased: { nb: 'Ventelisten er frigitt: {free} ledige plasser', en: 'The waiting list is released: {free} places free' },
  queueNotReleased: { nb: 'Ventelisten er ikke frigitt ennå: å slippe inn krever PIN-koden', en: 'The waiting list is not released yet: letting in needs the PIN' },
  walkInRegistered: { nb: 'Registrert ved døren: {name}', en: 'Registered at the door: {name}' },
  walkInCode: { nb: 'Koden: {code}', en: 'The code: {code}' },
  settingWaitlistRelease: { nb: 'Frigi ventelisten kl. (TT:MM; tomt: ikke satt)', en: 'Release the waiting list at (HH:MM; empty: not set)' },
  stationUtgang: { nb: 'Utgang', en: 'Exit' },
  fieldNote: { nb: 'Merknad til sikkerhetskontrollen', en: 'Note for the security check' },
} as const satisfies Texts;
