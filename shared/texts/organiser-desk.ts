/**
 * The organiser's information desk (checking in and undoing by hand,
 * correcting names, the list's filters) and the import's review: the
 * cancellations to confirm and the flags to look at before importing.
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
} as const satisfies Texts;
