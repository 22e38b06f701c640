/**
 * The volunteer's check-in screen: the header, undo, search by name, the camera and the sync line.
 */
import type { Texts } from './bilingual.js';

/** The check-in screen's texts, each in bokmål and English. */
export const volunteerTexts = {
  volunteerKiosk: { nb: 'Kiosk: {name}', en: 'Kiosk: {name}' },
  volunteerCounts: { nb: '{arrived} av {expected} har kommet', en: '{arrived} of {expected} have arrived' },
  volunteerNoRegistrants: {
    nb: 'Ingen påmeldte er lastet inn – be arrangøren lese inn påmeldingslisten',
    en: 'No registrants are loaded – ask the organiser to import the registration list',
  },
  volunteerOrganiser: { nb: 'Arrangør', en: 'Organiser' },
  volunteerIdleTitle: { nb: 'Skann QR-koden', en: 'Scan the QR code' },
  volunteerIdleHelp: {
    nb: 'Hold koden mot skanneren eller kameraet. Har personen ingen kode, søk på navn.',
    en: 'Hold the code to the scanner or the camera. If they have no code, search by name.',
  },
  undoLast: { nb: 'Siste innsjekking: {name}, kl. {time}.', en: 'Last check-in: {name}, at {time}.' },
  undoWrongPerson: { nb: 'Angre – feil person', en: 'Undo – wrong person' },
  undoMistake: { nb: 'Angre – skannet ved en feil', en: 'Undo – scanned by mistake' },
  undoReasonWrongPerson: { nb: 'feil person', en: 'wrong person' },
  undoReasonMistake: { nb: 'skannet ved en feil', en: 'scanned by mistake' },
  undoDone: {
    nb: 'Angret innsjekkingen av {name} ({reason}). Personen står ikke lenger som kommet.',
    en: 'Undid the check-in of {name} ({reason}). They no longer count as arrived.',
  },
  undoNothing: { nb: 'Det er ingen innsjekking å angre på denne kiosken.', en: 'There is no check-in to undo on this kiosk.' },
  undoFailed: { nb: 'Fikk ikke angret: {message}', en: 'Could not undo: {message}' },
  searchHeading: { nb: 'Søk på navn', en: 'Search by name' },
  searchLabel: { nb: 'Navn eller organisasjon', en: 'Name or organisation' },
  searchHelp: {
    nb: 'Skriv noen bokstaver. Velg med piltastene og Enter, eller trykk på personen for å sjekke inn.',
    en: 'Type a few letters. Choose with the arrow keys and Enter, or tap the person to check them in.',
  },
  searchResults: { nb: 'Treff', en: 'Matches' },
  searchCount: { nb: '{count} treff', en: '{count} matches' },
  searchCountShown: {
    nb: '{total} treff – viser de {shown} første. Skriv mer av navnet for å finne personen.',
    en: '{total} matches – showing the first {shown}. Type more of the name to find them.',
  },
  searchCountMore: {
    nb: 'Flere enn {shown} treff – viser de {shown} første. Skriv mer av navnet for å finne personen.',
    en: 'More than {shown} matches – showing the first {shown}. Type more of the name to find them.',
  },
  searchNone: {
    nb: 'Ingen treff. Prøv en annen stavemåte, eller send personen til informasjonsdisken.',
    en: 'No matches. Try another spelling, or send them to the information desk.',
  },
  searchFailed: { nb: 'Søket virket ikke: {message}', en: 'The search did not work: {message}' },
  searchArrived: { nb: 'Kom kl. {time}', en: 'Arrived at {time}' },
  searchNotArrived: { nb: 'Ikke kommet', en: 'Not arrived' },
  cameraHeading: { nb: 'Kamera', en: 'Camera' },
  cameraChoose: { nb: 'Kamera som brukes', en: 'Camera in use' },
  cameraNumber: { nb: 'Kamera {number}', en: 'Camera {number}' },
  cameraStart: { nb: 'Start kamera', en: 'Start camera' },
  cameraStarting: { nb: 'Starter kamera …', en: 'Starting the camera …' },
  cameraStop: { nb: 'Stopp kamera', en: 'Stop camera' },
  cameraHelp: { nb: 'Hold QR-koden foran kameraet.', en: 'Hold the QR code in front of the camera.' },
  cameraNone: {
    nb: 'Fant ikke noe kamera. Koble til et kamera, eller bruk skanneren eller søket.',
    en: 'No camera found. Connect a camera, or use the scanner or the search.',
  },
  cameraNotAllowed: {
    nb: 'Kiosken har ikke lov til å bruke kameraet. Gi tillatelse til kameraet i nettleseren eller i systeminnstillingene, eller bruk skanneren eller søket.',
    en: 'The kiosk may not use the camera. Allow the camera in the browser or in the system settings, or use the scanner or the search.',
  },
  cameraBusy: {
    nb: 'Kameraet kan ikke startes. Lukk andre programmer som bruker det, og prøv igjen – eller bruk skanneren eller søket.',
    en: 'The camera cannot be started. Close other programs that use it, and try again – or use the scanner or the search.',
  },
  cameraUnsupported: {
    nb: 'Denne nettleseren gir ikke kiosken tilgang til kamera. Bruk skanneren eller søket.',
    en: 'This browser gives the kiosk no access to a camera. Use the scanner or the search.',
  },
  cameraFailed: {
    nb: 'Kameraet kan ikke brukes. Sjekk at ikke et annet program bruker det, og at kiosken har lov til å bruke kameraet – eller bruk skanneren eller søket.',
    en: 'The camera cannot be used. Check that no other program is using it, and that the kiosk may use the camera – or use the scanner or the search.',
  },
  syncLineOnline: { nb: 'Tilkoblet', en: 'Connected' },
  syncLineOffline: { nb: 'Frakoblet', en: 'Disconnected' },
  syncLineNever: { nb: 'ikke synkronisert ennå', en: 'not synced yet' },
  syncLineAgoSeconds: { nb: 'synkronisert for {seconds} s siden', en: 'synced {seconds} s ago' },
  syncLineAgoMinutes: { nb: 'synkronisert for {minutes} min siden', en: 'synced {minutes} min ago' },
  syncLinePending: { nb: '{count} venter på å bli sendt', en: '{count} waiting to be sent' },
  syncLineList: { nb: 'liste v{revision}', en: 'list v{revision}' },
  syncLineOfflineNext: {
    nb: 'Fortsett å skanne – innsjekkene sendes når forbindelsen er tilbake.',
    en: 'Keep scanning – the check-ins are sent when the connection is back.',
  },
  syncLineIsHub: { nb: 'Arrangørkiosk', en: "Organiser's kiosk" },
  syncLineConflictOne: {
    nb: '1 person er sluppet inn to ganger – si fra til arrangøren.',
    en: '1 person has been let in twice – tell the organiser.',
  },
  syncLineConflictMany: {
    nb: '{count} personer er sluppet inn to ganger – si fra til arrangøren.',
    en: '{count} people have been let in twice – tell the organiser.',
  },
  syncLineConflictDismiss: { nb: 'Skjul meldingen', en: 'Hide the message' },
} as const satisfies Texts;
