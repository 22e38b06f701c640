/**
 * Messages from joining the organiser's kiosk and syncing with it.
 */
import type { Texts } from '../bilingual.js';

/** Messages from joining and syncing, each in bokmål and English. */
export const syncMessages = {
  alreadyConfigured: { nb: 'Denne kiosken har allerede et arrangement.', en: 'This kiosk already has an event.' },
  syncOtherEvent: {
    nb: 'Kiosken hører til et annet arrangement. Koble den til på nytt med riktig tilkoblingskode.',
    en: 'The kiosk belongs to another event. Join again with the right pairing code.',
  },
  pairingCodeInvalid: {
    nb: 'Tilkoblingskoden kan ikke leses. Skann den på nytt, eller lim inn hele teksten (den begynner med IJPAIR:).',
    en: 'The pairing code cannot be read. Scan it again, or paste the whole text (it starts with IJPAIR:).',
  },
  joinWrongCertificate: {
    nb: 'Sertifikatet til arrangørens kiosk stemmer ikke med tilkoblingskoden. Ikke koble til: be arrangøren vise tilkoblingskoden på nytt.',
    en: "The organiser's kiosk certificate does not match the pairing code. Do not join: ask the organiser to show the pairing code again.",
  },
  joinWrongKey: {
    nb: 'Arrangørens kiosk godtar ikke arrangementsnøkkelen. Be arrangøren vise tilkoblingskoden på nytt.',
    en: "The organiser's kiosk does not accept the event key. Ask the organiser to show the pairing code again.",
  },
  hubUnreachable: {
    nb: 'Får ikke kontakt med arrangørens kiosk. Sjekk nettverket; kiosken fortsetter å sjekke inn og sender når forbindelsen er tilbake.',
    en: "Cannot reach the organiser's kiosk. Check the network; this kiosk keeps checking people in and sends when the connection is back.",
  },
  hubRefused: {
    nb: 'Arrangørens kiosk avviste synkroniseringen: {detail}',
    en: "The organiser's kiosk refused the sync: {detail}",
  },
  notJoined: {
    nb: 'Denne kiosken er ikke koblet til noen arrangørkiosk. Bruk «innsjekk join KODE».',
    en: 'This kiosk has not joined an organiser kiosk. Use "innsjekk join CODE".',
  },
  joinedCannotServe: {
    nb: 'Denne kiosken er koblet til arrangørens kiosk, og bare arrangørens kiosk deler arrangementet med de andre. Vis tilkoblingskoden på arrangørens kiosk.',
    en: "This kiosk is joined to the organiser's kiosk, and only the organiser's kiosk shares the event with the others. Show the pairing code on the organiser's kiosk.",
  },
  hubPortInUse: {
    nb: 'Porten {port} er allerede i bruk på denne maskinen, så kiosken kan ikke dele arrangementet der. Lukk programmet som bruker den, eller start Innsjekk på nytt.',
    en: 'Port {port} is already in use on this machine, so the kiosk cannot share the event there. Close the program using it, or restart Innsjekk.',
  },
  notServingHub: {
    nb: 'Denne datamappen deler ikke arrangementet ennå. Start «innsjekk serve --hub» først, eller oppgi adressen med --url.',
    en: 'This data directory does not share the event yet. Start "innsjekk serve --hub" first, or give the address with --url.',
  },
  syncFileUnreadable: {
    nb: 'Filen «{file}» er ikke en synkroniseringsfil fra Innsjekk, eller den er skadet. Lagre filen på nytt på kiosken den kom fra, og prøv igjen.',
    en: 'The file "{file}" is not an Innsjekk sync file, or it is damaged. Save the file again on the kiosk it came from, and try again.',
  },
  leaveWouldLose: {
    nb: '{count} innsjekkinger på denne kiosken er ikke sendt til arrangøren og går tapt. Synkroniser først, eller bekreft med --confirm-loss {count}.',
    en: '{count} check-ins on this kiosk have not been sent to the organiser and would be lost. Sync first, or confirm with --confirm-loss {count}.',
  },
  syncGap: {
    nb: 'Synkroniseringen mangler hendelser fra kiosk {kiosk} (ventet nr. {expected}, fikk {got}). Ingenting ble lagret; neste runde henter resten.',
    en: 'The sync is missing events from kiosk {kiosk} (expected no. {expected}, got {got}). Nothing was stored; the next round fetches the rest.',
  },
} as const satisfies Texts;
