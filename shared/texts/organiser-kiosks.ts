/**
 * The organiser's kiosk screen: this kiosk's sync, pairing a new one, the others, and people let in twice.
 */
import type { Texts } from './bilingual.js';

/** The kiosk screen's texts, each in bokmål and English. */
export const organiserKiosksTexts = {
  kiosksTitle: { nb: 'Kiosker', en: 'Kiosks' },
  syncThisKiosk: { nb: 'Denne kiosken', en: 'This kiosk' },
  syncOnline: {
    nb: 'Tilkoblet: kiosken er i kontakt med arrangørkiosken.',
    en: "Connected: this kiosk is in touch with the organiser's kiosk.",
  },
  syncOffline: {
    nb: 'Frakoblet: kiosken får ikke kontakt med arrangørkiosken. Innsjekkingen virker likevel, og det som venter, sendes når forbindelsen er tilbake. Sjekk nettverket.',
    en: "Disconnected: this kiosk cannot reach the organiser's kiosk. Check-in still works, and what waits is sent when the connection is back. Check the network.",
  },
  syncIsHub: {
    nb: 'Dette er arrangørkiosken: de andre kioskene sender innsjekkingene sine hit.',
    en: "This is the organiser's kiosk: the other kiosks send their check-ins here.",
  },
  syncAlone: { nb: 'Ikke koblet til andre kiosker.', en: 'Not connected to other kiosks.' },
  syncLastError: { nb: 'Siste feil: {error}', en: 'Last error: {error}' },
  syncKioskName: { nb: 'Kioskens navn', en: 'Kiosk name' },
  syncLastSync: { nb: 'Siste synkronisering', en: 'Last sync' },
  syncNever: { nb: 'Ikke ennå', en: 'Not yet' },
  syncPending: { nb: 'Venter på å bli sendt', en: 'Waiting to be sent' },
  syncEventCount: { nb: '{count} skanninger og angringer', en: '{count} scans and undos' },
  syncListRevision: { nb: 'Versjon av deltakerlisten', en: 'Version of the attendee list' },
  pairingTitle: { nb: 'Koble til en ny kiosk', en: 'Connect a new kiosk' },
  pairingIntro: {
    nb: 'På den nye kiosken: velg «Koble til en annen kiosk» og skann QR-koden, eller kopier koden under og lim den inn.',
    en: 'On the new kiosk: choose "Join another kiosk" and scan the QR code, or copy the code below and paste it.',
  },
  pairingAlt: { nb: 'Paringskoden som QR-kode', en: 'The pairing code as a QR code' },
  pairingTextTitle: { nb: 'Paringskoden som tekst', en: 'The pairing code as text' },
  pairingCopy: { nb: 'Kopier koden', en: 'Copy the code' },
  pairingCopied: {
    nb: 'Koden er kopiert. Lim den inn på den nye kiosken.',
    en: 'The code is copied. Paste it on the new kiosk.',
  },
  pairingCopyFailed: {
    nb: 'Fikk ikke kopiert koden. Merk teksten over og kopier den med Ctrl+C (Cmd+C på Mac).',
    en: 'Could not copy the code. Select the text above and copy it with Ctrl+C (Cmd+C on a Mac).',
  },
  pairingNotHub: {
    nb: 'Start arrangørkiosken med «innsjekk serve --hub» for å koble til flere kiosker.',
    en: 'Start the organiser\'s kiosk with "innsjekk serve --hub" to connect more kiosks.',
  },
  peersTitle: { nb: 'Kiosker som har synkronisert', en: 'Kiosks that have synced' },
  peersNone: {
    nb: 'Ingen andre kiosker har synkronisert med denne ennå. Koble til en ny kiosk med paringskoden.',
    en: 'No other kiosk has synced with this one yet. Connect a new kiosk with the pairing code.',
  },
  peersCaption: {
    nb: 'Kiosker som har synkronisert med denne, sist sett først',
    en: 'Kiosks that have synced with this one, most recently seen first',
  },
  peerConnected: { nb: 'tilkoblet', en: 'connected' },
  peerDisconnected: { nb: 'frakoblet', en: 'disconnected' },
  columnKiosk: { nb: 'Kiosk', en: 'Kiosk' },
  columnLastSeen: { nb: 'Sist sett', en: 'Last seen' },
  columnEvents: { nb: 'Skanninger og angringer', en: 'Scans and undos' },
  columnListRevision: { nb: 'Versjon av deltakerlisten', en: 'Version of the attendee list' },
  conflictsTitle: { nb: 'Sluppet inn to ganger', en: 'Let in twice' },
  conflictsNone: { nb: 'Ingen er sluppet inn to ganger.', en: 'Nobody has been let in twice.' },
  conflictsIntro: {
    nb: 'Disse ble sluppet inn ved mer enn én kiosk mens kioskene ikke hadde kontakt. Den første innsjekkingen regnes som ankomsten. Sjekk om noen kan ha brukt en annens QR-kode.',
    en: 'These were let in at more than one kiosk while the kiosks were out of touch. The first check-in counts as the arrival. Check whether someone may have used another person\'s QR code.',
  },
  conflictArrival: { nb: '{when} ved {kiosk} – regnes som ankomsten', en: '{when}, at {kiosk} – counts as the arrival' },
  conflictAgain: { nb: '{when} ved {kiosk} – sluppet inn igjen', en: '{when}, at {kiosk} – let in again' },
} as const satisfies Texts;
