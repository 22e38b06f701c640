/**
 * Messages from the information desk and from confirming an import's
 * cancellations: why a hand check-in, an undo or a correction was not done,
 * and what to do instead.
 */
import type { Texts } from '../bilingual.js';

/** The desk's messages, each in bokmål and English. */
export const deskMessages = {
  importNeedsCancelConfirmation: {
    nb: 'Listen mangler {count} av {total} påmeldte, og de blir avmeldt hvis den leses inn ({arrived} av dem har allerede kommet; oppmøtet deres beholdes). Sjekk at filen er hele listen. Stemmer den, bekreft at {count} skal avmeldes.',
    en: 'The list is missing {count} of {total} registrants, and they are cancelled if it is imported ({arrived} of them have already arrived; their arrival is kept). Check that the file is the whole list. If it is right, confirm that {count} are to be cancelled.',
  },
  importAllowCancelHint: {
    nb: 'Ingenting er lagret. Er listen riktig, kjør samme kommando med --allow-cancel {count}.',
    en: 'Nothing was saved. If the list is right, run the same command with --allow-cancel {count}.',
  },
  deskReasonMissing: {
    nb: 'Skriv hvorfor (for eksempel «glemt QR-kode, sjekket legitimasjon»), så vet de andre arrangørene det senere.',
    en: 'Say why (for example "forgot the QR code, checked ID"), so the other organisers know later.',
  },
  deskAlreadyArrived: {
    nb: '{name} kom allerede kl. {time} ved {kiosk}. Ingenting er endret.',
    en: '{name} already arrived at {time} at {kiosk}. Nothing was changed.',
  },
  deskNotConfirmed: {
    nb: '{name} er ikke påmeldt (står på venteliste eller er avmeldt), og sjekkes ikke inn her. Slipp dem inn fra ventelisten eller som uanmeldt når det er plass.',
    en: '{name} is not confirmed (waitlisted or cancelled), and is not checked in here. Admit them from the waitlist or as a walk-in when there is room.',
  },
  deskNotArrived: {
    nb: '{name} er ikke registrert som kommet, så det er ingen ankomst å angre.',
    en: '{name} is not recorded as arrived, so there is no arrival to undo.',
  },
  deskNothingToCorrect: {
    nb: 'Skriv det riktige navnet eller den riktige virksomheten; de er like som før, så ingenting er endret.',
    en: 'Type the right name or organisation; they are the same as before, so nothing was changed.',
  },
  deskNameEmpty: {
    nb: 'Navnet kan ikke være tomt. Skriv det slik det står på legitimasjonen.',
    en: 'The name cannot be empty. Type it as it is on the ID.',
  },
  dateDoesNotExist: {
    nb: 'Datoen «{value}» er ikke gyldig: den dagen finnes ikke, for måned {month} i {year} har {days} dager. Sjekk datoen og skriv den som ÅÅÅÅ-MM-DD.',
    en: 'The date "{value}" is not valid: that day does not exist, as month {month} of {year} has {days} days. Check the date and write it as YYYY-MM-DD.',
  },
  monthDoesNotExist: {
    nb: 'Datoen «{value}» er ikke gyldig: måned {month} finnes ikke (månedene er 01 til 12). Skriv datoen som ÅÅÅÅ-MM-DD.',
    en: 'The date "{value}" is not valid: there is no month {month} (the months are 01 to 12). Write the date as YYYY-MM-DD.',
  },
  pastEventDate: {
    nb: 'Datoen {date} er allerede passert (i dag er det {today}).',
    en: 'The date {date} has already passed (today is {today}).',
  },
} as const satisfies Texts;
