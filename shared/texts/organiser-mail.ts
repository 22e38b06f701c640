/**
 * The organiser's email screen: sending, progress, failures and the preview.
 */
import type { Texts } from './bilingual.js';

/** The email screen's texts, each in bokmål and English. */
export const organiserMailTexts = {
  mailTitle: { nb: 'E-post til deltakerne', en: 'Email to the attendees' },
  mailSendTitle: { nb: 'Send bekreftelsene', en: 'Send the confirmations' },
  mailSendIntro: {
    nb: 'Alle påmeldte får en bekreftelse med QR-koden sin, og de som står på venteliste, får beskjed om det. Den som allerede har fått e-posten sin, får den ikke en gang til, så du kan trygt sende igjen etter en ny import.',
    en: 'Everyone registered gets a confirmation with their QR code, and those on the waiting list are told so. Nobody gets the same email twice, so you can safely send again after a new import.',
  },
  mailSendSubmit: { nb: 'Send bekreftelser', en: 'Send confirmations' },
  mailFrom: { nb: 'Avsender', en: 'Sender' },
  mailFromHint: {
    nb: 'For eksempel «Lokaldemokratikonferansen <post@kdd.dep.no>». Bruk en adresse som e-postkontoen har lov til å sende fra.',
    en: 'For example "Lokaldemokratikonferansen <post@kdd.dep.no>". Use an address the email account may send from.',
  },
  mailSmtpUrl: { nb: 'Adressen til e-postserveren (SMTP)', en: 'Address of the mail server (SMTP)' },
  mailSmtpUrlHint: {
    nb: 'Den får du fra e-postleverandøren eller IT-avdelingen. Skriv smtp://brukernavn@server:587 (port 587, kryptert med STARTTLS) eller smtps://brukernavn@server:465 (port 465, kryptert hele veien). Passordet skriver du i feltet under, ikke i adressen.',
    en: 'You get it from your email provider or IT department. Write smtp://username@server:587 (port 587, encrypted with STARTTLS) or smtps://username@server:465 (port 465, encrypted all the way). Type the password in the field below, not in the address.',
  },
  mailPassword: { nb: 'Passord til e-postkontoen', en: 'Password of the email account' },
  mailPasswordHint: {
    nb: 'Passordet følger bare med denne ene sendingen og lagres ikke: skriv det hver gang du sender. La feltet stå tomt hvis e-postserveren ikke krever innlogging.',
    en: 'The password goes with this one sending only and is not stored: type it each time you send. Leave the field empty if the mail server needs no login.',
  },
  mailRate: { nb: 'Høyst antall e-poster per sekund (valgfritt)', en: 'Most emails per second (optional)' },
  mailRateHint: {
    nb: 'La feltet stå tomt for å sende så fort e-postserveren tar imot. Har leverandøren en grense, skriv den her, for eksempel 5.',
    en: 'Leave the field empty to send as fast as the mail server accepts. If your provider has a limit, write it here, for example 5.',
  },
  mailSmtpUrlFormat: {
    nb: 'Innsjekk kan ikke bruke adressen til e-postserveren. Skriv den som smtp://brukernavn@server:587 eller smtps://brukernavn@server:465, og skriv passordet i feltet «Passord til e-postkontoen».',
    en: 'Innsjekk cannot use the address of the mail server. Write it as smtp://username@server:587 or smtps://username@server:465, and type the password in the field "Password of the email account".',
  },
  mailSmtpUrlPassword: {
    nb: 'Adressen til e-postserveren inneholder et passord. Ta passordet ut av adressen (det som står mellom kolon og @), og skriv det i feltet «Passord til e-postkontoen», der det ikke vises.',
    en: 'The address of the mail server contains a password. Take the password out of the address (what stands between the colon and the @), and type it in the field "Password of the email account", where it is not shown.',
  },
  mailPasswordWithoutUser: {
    nb: 'Passordet hører til et brukernavn. Skriv brukernavnet i adressen, for eksempel smtp://brukernavn@server:587, eller tøm passordfeltet hvis e-postserveren ikke krever innlogging.',
    en: 'The password belongs to a username. Write the username in the address, for example smtp://username@server:587, or empty the password field if the mail server needs no login.',
  },
  mailRateFormat: {
    nb: 'Antall e-poster per sekund må være et tall større enn 0 og høyst 1000, for eksempel 5. La feltet stå tomt for å sende så fort e-postserveren tar imot.',
    en: 'Emails per second must be a number above 0 and at most 1000, for example 5. Leave the field empty to send as fast as the mail server accepts.',
  },
  mailSendingNow: {
    nb: 'Sender e-postene … Sendingen fortsetter selv om du går til en annen side.',
    en: 'Sending the emails … Sending goes on even if you go to another page.',
  },
  mailDone: {
    nb: 'Sendingen er ferdig. Til sammen er {sent} sendt og {failed} ikke sendt.',
    en: 'Sending has finished. In all, {sent} are sent and {failed} are not sent.',
  },
  mailProgressTitle: { nb: 'Status for e-postene', en: 'Where the emails stand' },
  mailProgress: { nb: '{sent} av {total} sendt', en: '{sent} of {total} sent' },
  mailQueued: { nb: 'Venter på å bli sendt: {count}', en: 'Waiting to be sent: {count}' },
  mailSent: { nb: 'Sendt: {count}', en: 'Sent: {count}' },
  mailFailed: { nb: 'Ikke sendt: {count}', en: 'Not sent: {count}' },
  mailFailedIntro: {
    nb: 'Disse har ikke fått e-posten. Rett det som står under «Årsak» (en e-postadresse retter du i påmeldingssystemet og importerer listen på nytt), og trykk så «Send på nytt». Passordet må stå i feltet over.',
    en: 'These have not had their email. Fix what the "Reason" says (an email address is fixed in the registration system, then import the list again), and press "Send again". The password must be in the field above.',
  },
  mailFailedCaption: { nb: 'E-poster som ikke ble sendt', en: 'Emails that were not sent' },
  mailResend: { nb: 'Send på nytt', en: 'Send again' },
  mailResendTo: { nb: 'Send på nytt til {name}', en: 'Send again to {name}' },
  mailKindConfirmation: { nb: 'Bekreftelse', en: 'Confirmation' },
  mailKindWaitlist: { nb: 'Melding om venteliste', en: 'Waiting-list message' },
  mailPreviewTitle: { nb: 'Forhåndsvisning', en: 'Preview' },
  mailPreviewIntro: {
    nb: 'Slik blir e-posten for en oppdiktet deltaker, med endringene du har skrevet, også før du lagrer. QR-koden i forhåndsvisningen gir ikke adgang.',
    en: 'This is the email for a fictitious attendee, with the changes you have typed, even before you save. The QR code in the preview gives no entry.',
  },
  mailPreviewKind: { nb: 'E-posten som vises', en: 'Email shown' },
  mailPreviewSubject: { nb: 'Emne:', en: 'Subject:' },
  mailPreviewFrame: { nb: 'Forhåndsvisning av e-posten: {kind}', en: 'Preview of the email: {kind}' },
  columnRegistrantId: { nb: 'Deltaker-id', en: 'Attendee id' },
  columnReason: { nb: 'Årsak', en: 'Reason' },
  columnResend: { nb: 'Handling', en: 'Action' },
} as const satisfies Texts;
