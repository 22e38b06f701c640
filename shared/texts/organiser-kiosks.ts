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
  pairingAlt: { nb: 'Tilkoblingskoden som QR-kode', en: 'The pairing code as a QR code' },
  pairingTextTitle: { nb: 'Tilkoblingskoden som tekst', en: 'The pairing code as text' },
  pairingCopy: { nb: 'Kopier koden', en: 'Copy the code' },
  pairingCopied: {
    nb: 'Koden er kopiert. Lim den inn på den nye kiosken.',
    en: 'The code is copied. Paste it on the new kiosk.',
  },
  pairingCopyFailed: {
    nb: 'Fikk ikke kopiert koden. Merk teksten over og kopier den med Ctrl+C (Cmd+C på Mac).',
    en: 'Could not copy the code. Select the text above and copy it with Ctrl+C (Cmd+C on a Mac).',
  },
  pairingJoined: {
    nb: 'Denne kiosken er koblet til arrangørkiosken. Nye kiosker kobles til med tilkoblingskoden som vises på arrangørkiosken.',
    en: "This kiosk is joined to the organiser's kiosk. New kiosks join with the pairing code shown on the organiser's kiosk.",
  },
  hubShareIntro: {
    nb: 'Skal flere kiosker sjekke inn ved inngangen? Gjør denne kiosken til arrangørkiosken: de andre kobler seg til den med en tilkoblingskode og sender innsjekkingene sine hit. Kioskene må være på samme nettverk.',
    en: "Will several kiosks check people in at the entrance? Make this kiosk the organiser's kiosk: the others join it with a pairing code and send their check-ins here. The kiosks must be on the same network.",
  },
  hubShareButton: { nb: 'Del arrangementet med andre kiosker', en: 'Share the event with other kiosks' },
  hubStarting: { nb: 'Gjør kiosken klar til å dele arrangementet …', en: 'Getting the kiosk ready to share the event …' },
  hubStarted: {
    nb: 'Kiosken deler nå arrangementet. Koble til de andre kioskene med tilkoblingskoden under.',
    en: 'This kiosk now shares the event. Connect the other kiosks with the pairing code below.',
  },
  peersTitle: { nb: 'Kiosker som har synkronisert', en: 'Kiosks that have synced' },
  peersNone: {
    nb: 'Ingen andre kiosker har synkronisert med denne ennå. Koble til en ny kiosk med tilkoblingskoden.',
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
  syncFileTitle: { nb: 'Flytt innsjekkinger med en fil', en: 'Move check-ins with a file' },
  syncFileIntro: {
    nb: 'Uten nettverk kan du flytte innsjekkingene mellom kiosker med en minnepinne: lagre hendelsene i en fil på én kiosk, og les inn filen på en annen. Det kiosken alt har, blir ikke lagt inn to ganger.',
    en: 'Without a network you can move the check-ins between kiosks on a USB stick: save the events to a file on one kiosk, and read the file in on another. What the kiosk already has is not added twice.',
  },
  syncExportButton: { nb: 'Lagre hendelsene i en fil', en: 'Save the events to a file' },
  syncExportBusy: { nb: 'Lager filen …', en: 'Making the file …' },
  syncExportDone: {
    nb: 'Lagret filen «{file}» med {count} hendelser (skanninger og angringer). Kopier den til en minnepinne, og les den inn på den andre kiosken.',
    en: 'Saved the file "{file}" with {count} events (scans and undos). Copy it to a USB stick, and read it in on the other kiosk.',
  },
  syncImportLabel: { nb: 'Les inn en fil fra en annen kiosk', en: 'Read in a file from another kiosk' },
  syncImportHint: {
    nb: 'En fil som en annen kiosk i dette arrangementet har lagret. Navnet begynner på «innsjekk-hendelser».',
    en: 'A file saved by another kiosk of this event. Its name starts with "innsjekk-hendelser".',
  },
  syncImportBusy: { nb: 'Leser inn «{file}» …', en: 'Reading in "{file}" …' },
  syncImportDoneOne: { nb: 'Tok inn 1 ny hendelse fra «{file}».', en: 'Took in 1 new event from "{file}".' },
  syncImportDoneMany: { nb: 'Tok inn {count} nye hendelser fra «{file}».', en: 'Took in {count} new events from "{file}".' },
  syncImportNothingNew: {
    nb: 'Ingen nye hendelser i «{file}»: denne kiosken hadde alle fra før.',
    en: 'No new events in "{file}": this kiosk already had them all.',
  },
  syncImportOtherEvent: {
    nb: 'Filen «{file}» er fra et annet arrangement. Velg en fil som er lagret på en kiosk i dette arrangementet.',
    en: 'The file "{file}" is from another event. Choose a file saved on a kiosk of this event.',
  },
} as const satisfies Texts;
