/**
 * The door on a full day, on the screens: inside against capacity in every
 * kiosk's header, the exit, the PIN to let one more in, the waitlist's queue,
 * walk-ins, the note for the security check; and the organiser's capacity,
 * release time, notes and over-capacity.
 */
import type { Texts } from './bilingual.js';

/** The full day's screen texts, each in bokmål and English. */
export const doorDayScreenTexts = {
  capacityFull: { nb: 'Fullt', en: 'Full' },
  doorDirectionLabel: { nb: 'Skanning gjelder', en: 'Scans record' },
  doorDirectionIn: { nb: 'Inn', en: 'In' },
  doorDirectionOut: { nb: 'Ut', en: 'Out' },
  exitIdleTitle: { nb: 'Skann koden for å gå ut', en: 'Scan the code to leave' },
  exitIdleHelp: {
    nb: 'Hold koden mot skanneren eller kameraet. Personen kan komme inn igjen senere.',
    en: 'Hold the code to the scanner or the camera. They can come back in later.',
  },
  overrideHeading: { nb: 'Slippe inn likevel', en: 'Let them in anyway' },
  overrideIntro: {
    nb: 'Bare arrangøren kan slippe inn flere enn det er plass til. Skriv hvorfor, og arrangørens PIN-kode.',
    en: 'Only the organiser can let in more than there is room for. Write why, and the organiser PIN.',
  },
  overrideReason: { nb: 'Hvorfor', en: 'Why' },
  overrideBy: { nb: 'Arrangør som gir lov', en: 'Organiser who allows it' },
  overridePin: { nb: 'Arrangørens PIN-kode', en: 'Organiser PIN' },
  overrideNeedsBy: { nb: 'Skriv navnet til arrangøren som gir lov.', en: 'Write the name of the organiser who allows it.' },
  overrideNeedsPin: { nb: 'Skriv arrangørens PIN-kode.', en: 'Enter the organiser PIN.' },
  overrideSubmit: { nb: 'Slipp inn', en: 'Let in' },
  overrideCancel: { nb: 'Avbryt', en: 'Cancel' },
  overrideOpen: { nb: 'Slipp inn med PIN …', en: 'Let in with the PIN …' },
  overrideNeedsReason: { nb: 'Skriv hvorfor personen slippes inn.', en: 'Write why they are let in.' },
  queueHeading: { nb: 'Venteliste ved døren', en: 'Waitlist at the door' },
  queueLine: { nb: '{name}, venter siden {time}', en: '{name}, waiting since {time}' },
  queueAdmitNext: { nb: 'Slipp inn neste', en: 'Admit the next one' },
  queueAdmitThis: { nb: 'Slipp inn {name}', en: 'Admit {name}' },
  queueAdmitReason: { nb: 'Hvorfor denne før de andre', en: 'Why this one before the others' },
  queueNeedsReason: { nb: 'Skriv hvorfor denne slippes inn før de andre.', en: 'Write why this one is let in before the others.' },
  walkInOpen: { nb: 'Ny deltaker uten påmelding', en: 'New walk-in' },
  walkInHeading: { nb: 'Registrer deltaker uten påmelding', en: 'Register a walk-in' },
  walkInName: { nb: 'Navn', en: 'Name' },
  walkInOrganisation: { nb: 'Organisasjon eller kommune', en: 'Organisation or municipality' },
  walkInOrganisationHelp: { nb: 'Skriv noen bokstaver for forslag fra kommunelisten.', en: 'Type a few letters for suggestions from the municipalities.' },
  walkInEmail: { nb: 'E-post (valgfritt)', en: 'Email (optional)' },
  walkInSubmit: { nb: 'Registrer og slipp inn', en: 'Register and let in' },
  walkInCancel: { nb: 'Avbryt', en: 'Cancel' },
  walkInNeedsName: { nb: 'Skriv navnet til deltakeren.', en: "Write the walk-in's name." },
  walkInNoRoom: {
    nb: 'Det er fullt. Bare arrangøren kan registrere flere nå: skriv arrangørens PIN-kode.',
    en: 'It is full. Only the organiser can register more now: enter the organiser PIN.',
  },
  walkInDone: { nb: '{name} er registrert og sluppet inn.', en: '{name} is registered and let in.' },
  walkInCodeHelp: {
    nb: 'La deltakeren ta bilde av koden: den gjelder i garderoben og ved lunsjen.',
    en: 'Let them take a photo of the code: it works at the cloakroom and the lunch counter.',
  },
  walkInCodeAlt: { nb: 'QR-kode for {name}', en: 'QR code for {name}' },
  walkInClose: { nb: 'Ferdig', en: 'Done' },
  noteHeading: { nb: 'Merknad til sikkerhetskontrollen', en: 'Note for the security check' },
  noteWaiting: {
    nb: 'Bekreft merknaden før neste skanning.',
    en: 'Confirm the note before the next scan.',
  },
  noteEdit: { nb: 'Merknad', en: 'Note' },
  noteEditHelp: { nb: 'Vises ved døren når personen skannes, f.eks. «Må vise legitimasjon».', en: 'Shown at the door when they are scanned, e.g. «Must show ID».' },
  noteSave: { nb: 'Lagre merknad', en: 'Save note' },
  noteClear: { nb: 'Fjern merknad', en: 'Clear note' },
  noteSaved: { nb: 'Merknaden er lagret.', en: 'The note is saved.' },
  noteCleared: { nb: 'Merknaden er fjernet.', en: 'The note is cleared.' },
} as const satisfies Texts;
