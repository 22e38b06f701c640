/**
 * The organiser's information desk (checking in and undoing by hand,
 * correcting names, the list's filters), the import's review (the
 * cancellations to confirm and the flags to look at before importing), and
 * the kiosk's address shown once its event is set up or joined in a browser.
 */
import type { Texts } from './bilingual.js';

/** The desk's and the import review's texts, each in bokmål and English. */
export const organiserDeskTexts = {
  importFlagsTitle: { nb: 'Sjekk dette før du importerer', en: 'Check this before you import' },
  importSharedEmail: {
    nb: 'Samme e-postadresse for flere: {email} ({names}). De får hverandres e-poster.',
    en: 'One email address for several people: {email} ({names}). They get each other\'s emails.',
  },
  importInvalidEmail: {
    nb: 'Ugyldig e-postadresse på rad {row}: «{email}» ({name}). Denne personen får ingen e-post.',
    en: 'Invalid email address on row {row}: "{email}" ({name}). This person gets no email.',
  },
  importOverCapacity: {
    nb: 'Flere påmeldte ({confirmed}) enn plasser ({capacity}). Sjekk kapasiteten under Innstillinger, eller flytt noen til ventelisten i påmeldingssystemet.',
    en: 'More confirmed ({confirmed}) than places ({capacity}). Check the capacity under Settings, or move some to the waitlist in the registration system.',
  },
  importCancelArrived: {
    nb: '{count} av de avmeldte har allerede kommet. Oppmøtet deres står fortsatt i tallene og rapporten.',
    en: '{count} of those cancelled have already arrived. Their arrival stays in the counts and the report.',
  },
  importNext: { nb: 'Gå videre', en: 'Continue' },
  importConfirmTitle: { nb: 'Bekreft: {count} blir avmeldt', en: 'Confirm: {count} will be cancelled' },
  importConfirmIntro: {
    nb: 'Filen «{file}» mangler {count} som står på deltakerlisten nå. Importerer du den, blir alle {count} avmeldt.',
    en: 'The file "{file}" lacks {count} people now on the attendee list. If you import it, all {count} are cancelled.',
  },
  importConfirmArrived: {
    nb: '{arrived} av dem har allerede kommet. De blir stående som kommet i tellingen og rapporten, men som avmeldt på listen.',
    en: '{arrived} of them have already arrived. They stay arrived in the counts and the report, but cancelled on the list.',
  },
  importConfirmCheck: {
    nb: 'Er filen bare en del av listen – et filtrert utvalg, ett ark av flere? Gå tilbake og velg hele listen.',
    en: 'Is the file only part of the list – a filtered selection, one sheet of several? Go back and choose the whole list.',
  },
  importConfirmCommit: { nb: 'Avmeld {count} og importer', en: 'Cancel {count} and import' },
  importConfirmBack: { nb: 'Tilbake til kontrollen', en: 'Back to the check' },
  registrantsArrival: { nb: 'Oppmøte', en: 'Attendance' },
  arrivalAll: { nb: 'Alle', en: 'All' },
  arrivalArrived: { nb: 'Kommet', en: 'Arrived' },
  arrivalNotArrived: { nb: 'Ikke kommet', en: 'Not arrived' },
  columnActions: { nb: 'Handlinger', en: 'Actions' },
  deskOpen: { nb: 'Endre', en: 'Change' },
  deskOpenFor: { nb: 'Endre {name}', en: 'Change {name}' },
  deskTitle: { nb: '{name} ved informasjonsdisken', en: '{name} at the information desk' },
  deskArrivedAt: { nb: 'Kom kl. {time}.', en: 'Arrived at {time}.' },
  deskNotArrivedYet: { nb: 'Har ikke kommet.', en: 'Has not arrived.' },
  deskCheckInTitle: { nb: 'Sjekk inn for hånd', en: 'Check in by hand' },
  deskCheckInReason: { nb: 'Hvorfor (for eksempel «glemt QR-kode, sjekket legitimasjon»)', en: 'Why (for example "forgot the QR code, checked ID")' },
  deskCheckIn: { nb: 'Sjekk inn', en: 'Check in' },
  deskCheckedIn: { nb: '{name} er sjekket inn.', en: '{name} is checked in.' },
  deskUndoTitle: { nb: 'Angre ankomsten', en: 'Undo the arrival' },
  deskUndoReason: { nb: 'Hvorfor (for eksempel «feil person sjekket inn»)', en: 'Why (for example "wrong person checked in")' },
  deskUndo: { nb: 'Angre ankomsten', en: 'Undo the arrival' },
  deskUndone: { nb: 'Ankomsten til {name} er angret.', en: 'The arrival of {name} is undone.' },
  deskNotConfirmedNote: {
    nb: 'Er avmeldt, så de sjekkes ikke inn her. Står de på ventelisten igjen i påmeldingssystemet, importer listen på nytt.',
    en: 'Cancelled, so not checked in here. If they are back on the waitlist in the registration system, import the list again.',
  },
  deskWaitlistTitle: { nb: 'Slipp inn fra ventelisten', en: 'Admit from the waitlist' },
  deskWaitlistHint: {
    nb: 'Er ventelisten ikke sluppet ennå, eller er salen full, føres dette som slipp inn med arrangørens PIN, med hvem og hvorfor.',
    en: 'If the waitlist is not released yet, or the room is full, this is recorded as admitted with the organiser PIN, with who and why.',
  },
  deskWaitlistReason: { nb: 'Hvorfor (for eksempel «avtalt med arrangør»)', en: 'Why (for example "agreed with the organiser")' },
  deskWaitlistBy: { nb: 'Hvem slipper dem inn', en: 'Who admits them' },
  deskWaitlistAdmit: { nb: 'Slipp inn fra ventelisten', en: 'Admit from the waitlist' },
  deskWaitlistAdmitted: { nb: '{name} er sluppet inn fra ventelisten.', en: '{name} is admitted from the waitlist.' },
  deskWalkInTitle: { nb: 'Registrer uten påmelding', en: 'Register a walk-in' },
  deskWalkInIntro: {
    nb: 'For en som kommer uten å ha meldt seg på: de sjekkes inn med en gang og får en ny kode.',
    en: 'For someone who never signed up: they are checked in at once and get a new code.',
  },
  deskCorrectTitle: { nb: 'Rett navn eller virksomhet', en: 'Correct the name or organisation' },
  deskCorrectHint: {
    nb: 'Rettelsen gjelder på alle kioskene, og en ny import av listen tar den ikke bort.',
    en: 'The correction applies on every kiosk, and a new import of the list does not remove it.',
  },
  deskCorrect: { nb: 'Lagre rettelsen', en: 'Save the correction' },
  deskCorrected: { nb: 'Rettet: {name}.', en: 'Corrected: {name}.' },
  deskClose: { nb: 'Lukk', en: 'Close' },
  readyTitle: { nb: 'Kiosken er klar', en: 'The kiosk is ready' },
  readyIntro: {
    nb: 'Dette er kioskens adresse. Den står nå i adresselinjen: legg den til som bokmerke, eller åpne den i en ny fane, en annen nettleser eller på et nettbrett (skann QR-koden).',
    en: "This is the kiosk's address. It is now in the address bar: bookmark it, or open it in a new tab, another browser or on a tablet (scan the QR code).",
  },
  readyQrAlt: { nb: 'QR-kode med kioskens adresse', en: "QR code with the kiosk's address" },
  readySecret: {
    nb: 'Adressen er hemmelig: den inneholder arrangementsnøkkelen. Del den bare med dem som skal bruke kiosken. «innsjekk status» viser den igjen.',
    en: 'The address is secret: it holds the event key. Share it only with those who will use the kiosk. "innsjekk status" shows it again.',
  },
  readyContinue: { nb: 'Fortsett', en: 'Continue' },
} as const satisfies Texts;
