/**
 * The welcome screen: a kiosk without an event, setting one up, or joining another kiosk.
 */
import type { Texts } from './bilingual.js';

/** The welcome screen's texts, each in bokmål and English. */
export const welcomeTexts = {
  welcomeTitle: { nb: 'Velkommen til Innsjekk', en: 'Welcome to Innsjekk' },
  welcomeIntro: {
    nb: 'Denne kiosken har ikke noe arrangement ennå. Velg hvordan du vil starte.',
    en: 'This kiosk has no event yet. Choose how to start.',
  },
  welcomeLeft: {
    nb: 'Kiosken har forlatt «{event}», og arrangementet er slettet herfra. Velg hva kiosken skal brukes til nå.',
    en: 'The kiosk has left "{event}", and the event is deleted from it. Choose what the kiosk is to be used for now.',
  },
  welcomeDemo: { nb: 'Prøv med demoarrangementet', en: 'Try the demo event' },
  welcomeDemoHelp: {
    nb: '600 oppdiktede deltakere – fint for å øve. PIN-koden til arrangørsidene i demoen er {pin}.',
    en: '600 fictitious attendees – good for practice. The PIN for the organiser screens in the demo is {pin}.',
  },
  welcomeImport: { nb: 'Sett opp et arrangement', en: 'Set up an event' },
  welcomeImportHelp: {
    nb: 'Fyll inn navn og dato, og velg en PIN-kode for arrangørsidene. Skriv den ned et trygt sted: du trenger den hver gang du åpner arrangørsidene. Deretter leser du inn deltakerlisten fra påmeldingssystemet.',
    en: 'Fill in the name and date, and choose a PIN for the organiser screens. Write it down somewhere safe: you need it every time you open the organiser screens. Then you import the attendee list from the registration system.',
  },
  welcomeJoin: { nb: 'Koble til en annen kiosk', en: 'Join another kiosk' },
  welcomeJoinHelp: {
    nb: 'Skann tilkoblingskoden på arrangørens kiosk med skanneren eller kameraet, eller lim den inn her.',
    en: "Scan the pairing code on the organiser's kiosk with the scanner or the camera, or paste it here.",
  },
  needKeyTitle: { nb: 'Kiosken trenger arrangementsnøkkelen', en: 'The kiosk needs the event key' },
  needKeyHelp: {
    nb: 'Åpne adressen som Innsjekk skrev ut da den startet (den slutter på #key=…).',
    en: 'Open the address Innsjekk printed when it started (it ends in #key=…).',
  },
  errorTitle: { nb: 'Noe gikk galt', en: 'Something went wrong' },
  tryAgain: { nb: 'Prøv igjen', en: 'Try again' },
  setupSubmit: { nb: 'Opprett arrangementet', en: 'Create the event' },
  setupBusy: { nb: 'Oppretter arrangementet …', en: 'Creating the event …' },
  setupNameMissing: {
    nb: 'Arrangementet trenger et navn. Skriv det i feltet «Navn på arrangementet».',
    en: 'The event needs a name. Type it in the field "Event name".',
  },
  setupDateMissing: {
    nb: 'Arrangementet trenger en dato. Velg den i feltet «Dato».',
    en: 'The event needs a date. Choose it in the field "Date".',
  },
  joinCode: { nb: 'Tilkoblingskode', en: 'Pairing code' },
  joinCodeHint: {
    nb: 'Koden står under QR-koden i arrangørsidene på arrangørens kiosk og begynner med IJPAIR:.',
    en: "The code is under the QR code in the organiser screens on the organiser's kiosk, and begins with IJPAIR:.",
  },
  joinKioskName: { nb: 'Navn på denne kiosken (valgfritt)', en: 'Name of this kiosk (optional)' },
  joinKioskNameHint: {
    nb: 'For eksempel «Inngang nord». Navnet vises ved hver innsjekk fra denne kiosken.',
    en: 'For example "North entrance". The name is shown with each check-in from this kiosk.',
  },
  joinSubmit: { nb: 'Koble til', en: 'Join' },
  joinBusy: { nb: 'Kobler til arrangørens kiosk …', en: "Joining the organiser's kiosk …" },
  joinCamera: { nb: 'Skann med kamera', en: 'Scan with the camera' },
  joinCameraHide: { nb: 'Skjul kameraet', en: 'Hide the camera' },
} as const satisfies Texts;
