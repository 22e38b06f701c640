/**
 * The cloakroom's texts: its verdicts, for the screen and the command line.
 */
import type { Texts } from './bilingual.js';

/** The cloakroom's texts, each in bokmål and English. */
export const cloakroomTexts = {
  cloakHandedIn: { nb: 'Merke {tag} – {owner}', en: 'Tag {tag} – {owner}' },
  cloakCollected: { nb: 'Merke {tag} levert tilbake – {owner}, levert inn {when} ved {kiosk}', en: 'Tag {tag} handed back – {owner}, handed in {when} at {kiosk}' },
  cloakNoCode: { nb: 'uten kode', en: 'without a code' },
  cloakTagInUse: {
    nb: 'Merke {tag} henger allerede ({owner}, {when}). Bruk et annet merke, eller lever ut det som henger først.',
    en: 'Tag {tag} is already in use ({owner}, {when}). Use another tag, or hand back what hangs there first.',
  },
  cloakNotHanging: {
    nb: 'Merke {tag} henger ikke i garderoben (aldri levert inn, eller allerede hentet). Sjekk nummeret, eller finn gjesten med koden eller navnet.',
    en: 'Tag {tag} is not hanging in the cloakroom (never handed in, or already collected). Check the number, or find the guest by code or name.',
  },
  cloakTagOutOfRange: {
    nb: 'Merke {tag} finnes ikke: garderoben har merkene {first}–{last}. Sjekk nummeret på merket. Ingenting er registrert.',
    en: 'There is no tag {tag}: the cloakroom has tags {first}–{last}. Check the number on the tag. Nothing was recorded.',
  },
  cloakBadTag: {
    nb: '«{input}» er ikke et merkenummer. Skriv eller skann tallet på merket ({first}–{last}). Ingenting er registrert.',
    en: '"{input}" is not a tag number. Type or scan the number on the tag ({first}–{last}). Nothing was recorded.',
  },
  cloakUnknownCode: {
    nb: 'Koden gjelder ingen på deltakerlisten. Trykk «uten kode» for å levere inn uten kode.',
    en: 'The code matches nobody on the list. Choose "without a code" to hand in without one.',
  },
  cloakWrongEvent: {
    nb: 'Koden gjelder et annet arrangement. Trykk «uten kode» for å levere inn uten kode.',
    en: 'The code is for another event. Choose "without a code" to hand in without one.',
  },
  cloakFlagged: { nb: 'Merke {tag} er delt ut to ganger: {owners}', en: 'Tag {tag} was handed out twice: {owners}' },
  cloakUndone: { nb: 'Angret: merke {tag} – {owner}', en: 'Undone: tag {tag} – {owner}' },
  cloakNothingToUndo: { nb: 'Ingenting å angre i garderoben på denne kiosken.', en: 'Nothing to undo at the cloakroom on this kiosk.' },
  cloakModes: { nb: 'Hva skal gjøres', en: 'What to do' },
  cloakModeIn: { nb: 'Lever inn', en: 'Hand in' },
  cloakModeOut: { nb: 'Lever ut', en: 'Hand back' },
  cloakModeFind: { nb: 'Mistet merke', en: 'Lost tag' },
  cloakGuestPrompt: {
    nb: 'Skann gjestens kode, søk opp navnet, eller velg «Uten kode».',
    en: 'Scan the guest\'s code, search their name, or choose "Without a code".',
  },
  cloakClosingHeading: { nb: 'Stengetid: {count} merker er ikke hentet', en: 'Closing time: {count} tags not collected' },
  cloakClosingOwnersHint: {
    nb: 'Eiere som har gått (skannet ut), er merket. Gi listen til arrangøren, som kan kontakte dem.',
    en: 'Owners who have left (scanned out) are marked. Give the list to the organiser, who can contact them.',
  },
  cloakClosingOwnerLeft: { nb: '{line} – eieren har gått', en: '{line} – the owner has left' },
  cloakSearchHelp: {
    nb: 'Skriv noen bokstaver. Velg gjesten med piltastene og Enter, eller trykk på gjesten, og skriv så merkenummeret.',
    en: 'Type a few letters. Choose the guest with the arrow keys and Enter, or tap them, then type the tag number.',
  },
  cloakFindSearchHelp: {
    nb: 'Skriv noen bokstaver, og velg gjesten for å se merkene deres. Eller skann koden deres.',
    en: 'Type a few letters, and choose the guest to see their tags. Or scan their code.',
  },
  cloakGuest: { nb: 'Gjest: {owner}', en: 'Guest: {owner}' },
  cloakWithoutCodeButton: { nb: 'Uten kode', en: 'Without a code' },
  cloakNextGuest: { nb: 'Neste gjest', en: 'Next guest' },
  cloakTagLabel: { nb: 'Merkenummer', en: 'Tag number' },
  cloakHandInButton: { nb: 'Lever inn', en: 'Hand in' },
  cloakLookupButton: { nb: 'Finn merket', en: 'Find the tag' },
  cloakConfirmOut: { nb: 'Bekreft: levert tilbake', en: 'Confirm: handed back' },
  cloakHangingLine: { nb: 'Merke {tag} – {owner}, levert inn {when} ved {kiosk}', en: 'Tag {tag} – {owner}, handed in at {when} at {kiosk}' },
  cloakFoundNone: { nb: 'Fant ingen med den koden eller det navnet.', en: 'Nobody found with that code or name.' },
  cloakGuestTags: { nb: '{owner}: {tags}', en: '{owner}: {tags}' },
  cloakGuestNoTags: { nb: '{owner}: ingen merker henger', en: '{owner}: no tags hanging' },
  cloakTagAt: { nb: 'merke {tag} ({when})', en: 'tag {tag} ({when})' },
  cloakWithoutCodeHeading: { nb: 'Levert inn uten kode', en: 'Handed in without a code' },
  cloakWithoutCodeNone: { nb: 'Ingen merker henger uten kode.', en: 'No tags hang without a code.' },
  cloakCountsLine: { nb: '{hanging} henger nå · {handedIn} levert inn · {collected} hentet', en: '{hanging} hanging now · {handedIn} handed in · {collected} collected' },
  cloakFlaggedHeading: { nb: 'Merker delt ut to ganger', en: 'Tags handed out twice' },
} as const satisfies Texts;
