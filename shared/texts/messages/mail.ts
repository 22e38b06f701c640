/**
 * Messages from sending email: the sender, the mail server, and why one email was not sent.
 */
import type { Texts } from '../bilingual.js';

/** Messages from sending email, each in bokmål and English. */
export const mailMessages = {
  badFromAddress: {
    nb: 'Avsenderadressen «{value}» er ikke gyldig. Skriv den som navn@domene.no eller «Navn <navn@domene.no>».',
    en: 'The sender address "{value}" is not valid. Write it as name@domain.no or "Name <name@domain.no>".',
  },
  badSmtpUrl: {
    nb: 'SMTP-adressen er ikke gyldig. Skriv den som smtp://bruker@vert:587 (STARTTLS) eller smtps://bruker@vert:465 (TLS); passordet kan stå i INNSJEKK_SMTP_PASSWORD.',
    en: 'The SMTP address is not valid. Write it as smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS); the password may be in INNSJEKK_SMTP_PASSWORD.',
  },
  badMailRate: {
    nb: '«{value}» er ikke en gyldig hastighet. Oppgi antall e-poster per sekund som et tall større enn 0, for eksempel 5.',
    en: '"{value}" is not a valid rate. Give emails per second as a number above 0, for example 5.',
  },
  mailRunning: {
    nb: 'E-postene sendes allerede. Følg med på fremdriften og vent til sendingen er ferdig.',
    en: 'The emails are already being sent. Follow the progress and wait until sending has finished.',
  },
  mailCancelledRegistrant: {
    nb: 'Deltakeren {id} er avmeldt og får ingen e-post.',
    en: 'Registrant {id} has cancelled and gets no email.',
  },
  mailUnreachable: {
    nb: 'Får ikke kontakt med e-postserveren. Sjekk vertsnavn og port i SMTP-adressen og at maskinen er på nett. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten – ingen får samme e-post to ganger.',
    en: 'Cannot reach the mail server. Check the host name and port in the SMTP address and that this machine is online. {sent} emails are sent; run sending again to send the rest: nobody gets the same email twice.',
  },
  mailAuthFailed: {
    nb: 'E-postserveren godtok ikke innloggingen. Sjekk brukernavnet i SMTP-adressen og passordet (eller INNSJEKK_SMTP_PASSWORD). {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
    en: 'The mail server did not accept the login. Check the user name in the SMTP address and the password (or INNSJEKK_SMTP_PASSWORD). {sent} emails are sent; run sending again to send the rest.',
  },
  mailTlsFailed: {
    nb: 'Den krypterte forbindelsen til e-postserveren feilet. Bruk smtps:// med port 465 eller smtp:// med port 587, slik e-postleverandøren oppgir. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
    en: 'The encrypted connection to the mail server failed. Use smtps:// with port 465 or smtp:// with port 587, as your mail provider says. {sent} emails are sent; run sending again to send the rest.',
  },
  mailConnectionLost: {
    nb: 'E-postserveren brøt forbindelsen midt i sendingen. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten – ingen får samme e-post to ganger.',
    en: 'The mail server dropped the connection while sending. {sent} emails are sent; run sending again to send the rest: nobody gets the same email twice.',
  },
  mailWriteFailed: {
    nb: 'Kunne ikke skrive e-postfilen i mappen. Sjekk at mappen finnes, at du kan skrive i den og at disken ikke er full. {sent} e-poster er skrevet; kjør igjen for å skrive resten.',
    en: 'Could not write the email file to the folder. Check that the folder exists, that you can write to it and that the disk is not full. {sent} emails are written; run again to write the rest.',
  },
  mailSenderRejected: {
    nb: 'E-postserveren godtok ikke avsenderadressen ({response}). Bruk en avsender kontoen din har lov til å sende fra. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
    en: 'The mail server did not accept the sender address ({response}). Use a sender your account may send from. {sent} emails are sent; run sending again to send the rest.',
  },
  mailInterrupted: {
    nb: 'Sendingen ble avbrutt. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
    en: 'Sending was interrupted. {sent} emails are sent; run sending again to send the rest.',
  },
  mailFailedUnexpectedly: {
    nb: 'Noe gikk galt under sendingen. Det som er sendt, er lagret; prøv igjen for å sende resten.',
    en: 'Something went wrong while sending. What was sent is recorded; try again to send the rest.',
  },
  mailReasonNoEmail: { nb: 'mangler e-postadresse', en: 'no email address' },
  mailReasonBadEmail: { nb: 'ugyldig e-postadresse', en: 'invalid email address' },
  mailReasonRejected: { nb: 'e-postserveren avviste e-posten: {response}', en: 'the mail server rejected the email: {response}' },
  mailReasonConnection: { nb: 'forbindelsen til e-postserveren brøt', en: 'the connection to the mail server broke' },
  mailReasonLogin: { nb: 'e-postserveren godtok ikke innloggingen', en: 'the mail server did not accept the login' },
  mailReasonSender: {
    nb: 'e-postserveren godtok ikke avsenderen: {response}',
    en: 'the mail server did not accept the sender: {response}',
  },
  mailReasonWriteFailed: { nb: 'kunne ikke skrive e-postfilen', en: 'could not write the email file' },
  mailReasonUnexpected: { nb: 'uventet feil under sendingen', en: 'unexpected error while sending' },
} as const satisfies Texts;
