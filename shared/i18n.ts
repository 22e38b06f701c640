/**
 * Texts people read, in Norwegian bokmål first and English second.
 *
 * Every error says what went wrong in plain words and what to do next.
 */

export type Language = 'nb' | 'en';

const nb = {
  noEvent: 'Ingen arrangement er satt opp i denne datamappen. Kjør «innsjekk init --name NAVN --date ÅÅÅÅ-MM-DD» eller «innsjekk demo» først.',
  eventExists: 'Det finnes allerede et arrangement («{name}») i denne datamappen. Bruk en annen mappe med --data-dir, eller slett mappen hvis du vil begynne på nytt.',
  badDate: 'Datoen «{value}» er ikke gyldig. Skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-03-12.',
  badCapacity: 'Kapasiteten «{value}» er ikke et gyldig antall. Skriv et helt tall større enn 0.',
  missingName: 'Arrangementet trenger et navn. Bruk --name "Navn på arrangementet".',
  fileMissing: 'Finner ikke filen «{file}». Sjekk navnet og mappen.',
  fileEmpty: 'Filen er tom. Eksporter deltakerlisten på nytt fra påmeldingssystemet.',
  fileTooLarge: 'Filen er for stor ({size} MB; grensen er {limit} MB). En deltakerliste er sjelden over noen få MB – sjekk at det er riktig fil.',
  fileNotTable: 'Filen ser ikke ut som en deltakerliste (CSV eller Excel). Lagre listen som CSV eller XLSX og prøv igjen.',
  xlsxUnreadable: 'Excel-filen kan ikke leses (den er skadet eller ufullstendig). Lagre den på nytt fra Excel og prøv igjen.',
  headerOnly: 'Filen har overskrifter, men ingen deltakere. Eksporter listen på nytt.',
  jsonUnreadable: 'Listen ser ut som JSON, men kan ikke leses (den er ufullstendig eller har en feil). Hent den på nytt, eller lagre listen som CSV eller XLSX.',
  jsonNotList: 'Listen er JSON, men ikke en liste over deltakere. Den må være en liste med ett objekt per deltaker, eventuelt under «attendees», «registrants» eller «data».',
  badListUrl: 'Adressen «{value}» er ikke gyldig. Skriv hele adressen til listen med http:// eller https://, for eksempel https://pamelding.example.no/deltakere.csv.',
  listUnreachable: 'Får ikke kontakt med påmeldingssystemet på {host} ({detail}). Sjekk adressen og at maskinen er på nett. Deltakerlisten i Innsjekk er ikke endret.',
  listTimeout: 'Påmeldingssystemet på {host} svarte ikke innen {seconds} sekunder. Deltakerlisten i Innsjekk er ikke endret; prøv igjen senere.',
  listAccessDenied: 'Tilgang nektet: påmeldingssystemet på {host} godtok ikke tilgangsnøkkelen (HTTP {status}). Sjekk nøkkelen i --token eller INNSJEKK_LIST_TOKEN. Deltakerlisten i Innsjekk er ikke endret.',
  listNotFound: 'Fant ingen liste på {url} (HTTP {status}). Sjekk adressen i påmeldingssystemet. Deltakerlisten i Innsjekk er ikke endret.',
  listServerError: 'Påmeldingssystemet på {host} svarte med en feil (HTTP {status}). Deltakerlisten i Innsjekk er ikke endret; prøv igjen senere, eller sjekk påmeldingssystemet.',
  listTooLarge: 'Listen på {host} er større enn grensen på {limit} MB og ble ikke hentet. Sjekk at adressen peker på deltakerlisten. Deltakerlisten i Innsjekk er ikke endret.',
  listImportFailed: 'Listen fra påmeldingssystemet kunne ikke leses inn: {reason} Deltakerlisten i Innsjekk er ikke endret.',
  listCheckFailed: 'Noe gikk galt da listen ble hentet ({detail}). Deltakerlisten i Innsjekk er ikke endret; prøv igjen.',
  noNameColumn: 'Fant ingen kolonne med navn (for eksempel «Navn», «Fornavn»/«Etternavn» eller «Name»). Kolonnene er: {columns}. Angi riktig kolonne med --map name=Kolonnenavn.',
  unknownMappingColumn: 'Kolonnen «{column}» finnes ikke i filen. Kolonnene er: {columns}.',
  unknownMappingField: 'Feltet «{field}» finnes ikke. Gyldige felt: {fields}.',
  rowNoName: 'mangler navn',
  rowUnknownStatus: 'ukjent status «{value}»',
  noSigningKey: 'Denne maskinen har ikke arrangementets signeringsnøkkel, så den kan ikke lage nye koder. Gjør dette på arrangørens maskin (der «innsjekk init» ble kjørt).',
  registrantNotFound: 'Fant ingen deltaker med id «{id}».',
  badRequest: 'Ugyldig forespørsel: {detail}',
  unauthorized: 'Mangler eller feil arrangementsnøkkel.',
  wrongPin: 'Feil PIN. Prøv igjen, eller spør arrangøren.',
  tooManyPinAttempts: 'For mange feil forsøk. Vent {seconds} sekunder og prøv igjen.',
  organiserLocked: 'Arrangørsidene er låst. Skriv inn PIN-koden på nytt.',
  alreadyConfigured: 'Denne kiosken har allerede et arrangement.',
  syncOtherEvent: 'Kiosken hører til et annet arrangement. Koble den til på nytt med riktig paringskode.',
  pairingCodeInvalid: 'Paringskoden kan ikke leses. Skann den på nytt, eller lim inn hele teksten (den begynner med IJPAIR:).',
  joinWrongCertificate: 'Sertifikatet til arrangørens kiosk stemmer ikke med paringskoden. Ikke koble til: be arrangøren vise paringskoden på nytt.',
  joinWrongKey: 'Arrangørens kiosk godtar ikke arrangementsnøkkelen. Be arrangøren vise paringskoden på nytt.',
  hubUnreachable: 'Får ikke kontakt med arrangørens kiosk. Sjekk nettverket; kiosken fortsetter å sjekke inn og sender når forbindelsen er tilbake.',
  hubRefused: 'Arrangørens kiosk avviste synkroniseringen: {detail}',
  notJoined: 'Denne kiosken er ikke koblet til noen arrangørkiosk. Bruk «innsjekk join KODE».',
  joinedCannotServe: 'Denne kiosken er koblet til arrangørens kiosk, og bare arrangørens kiosk deler arrangementet med de andre. Vis paringskoden på arrangørens kiosk.',
  hubPortInUse: 'Porten {port} er allerede i bruk på denne maskinen, så kiosken kan ikke dele arrangementet der. Lukk programmet som bruker den, eller start Innsjekk på nytt.',
  kioskUnreachable: 'Kiosken svarer ikke. Sjekk at Innsjekk kjører, og prøv igjen.',
  internal: 'Noe gikk galt. Prøv igjen.',
  notServingHub: 'Denne datamappen deler ikke arrangementet ennå. Start «innsjekk serve --hub» først, eller oppgi adressen med --url.',
  syncFileUnreadable: 'Filen «{file}» er ikke en synkroniseringsfil fra Innsjekk, eller den er skadet. Lag den på nytt med «innsjekk sync-export».',
  leaveWouldLose: '{count} innsjekkinger på denne kiosken er ikke sendt til arrangøren og går tapt. Synkroniser først, eller bekreft med --confirm-loss {count}.',
  listWouldCancelMany: 'Den nye listen mangler {count} av {total} påmeldte, så Innsjekk tar den ikke inn automatisk. Sjekk eksporten; stemmer den, importer filen manuelt.',
  syncGap: 'Synkroniseringen mangler hendelser fra kiosk {kiosk} (ventet nr. {expected}, fikk {got}). Ingenting ble lagret; neste runde henter resten.',
  unknownSetting: 'Innstillingen «{key}» finnes ikke. Gyldige innstillinger: {keys}.',
  badTime: '«{value}» er ikke et gyldig klokkeslett for {key}. Skriv det som TT:MM, for eksempel 09:30.',
  badTimeOrder: 'Tidene henger ikke sammen: registreringen åpner {registrationOpens}, konferansen starter {starts} og slutter {ends}. Registreringen kan ikke åpne etter start, og slutt må være etter start.',
  emptySetting: '{key} kan ikke være tom. Skriv inn en verdi.',
  settingTooLong: 'Teksten for {key} er for lang ({length} tegn; grensen er {limit}). Kort den ned.',
  unknownPlaceholder: 'Teksten for {key} inneholder «{placeholder}», som ikke kan fylles ut. Du kan bruke: {placeholders}.',
  badFromAddress: 'Avsenderadressen «{value}» er ikke gyldig. Skriv den som navn@domene.no eller «Navn <navn@domene.no>».',
  badSmtpUrl: 'SMTP-adressen er ikke gyldig. Skriv den som smtp://bruker@vert:587 (STARTTLS) eller smtps://bruker@vert:465 (TLS); passordet kan stå i INNSJEKK_SMTP_PASSWORD.',
  badMailRate: '«{value}» er ikke en gyldig hastighet. Oppgi antall e-poster per sekund som et tall større enn 0, for eksempel 5.',
  mailRunning: 'E-postene sendes allerede. Følg med på fremdriften og vent til sendingen er ferdig.',
  mailCancelledRegistrant: 'Deltakeren {id} er avmeldt og får ingen e-post.',
  mailUnreachable: 'Får ikke kontakt med e-postserveren. Sjekk vertsnavn og port i SMTP-adressen og at maskinen er på nett. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten – ingen får samme e-post to ganger.',
  mailAuthFailed: 'E-postserveren godtok ikke innloggingen. Sjekk brukernavnet i SMTP-adressen og passordet (eller INNSJEKK_SMTP_PASSWORD). {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
  mailTlsFailed: 'Den krypterte forbindelsen til e-postserveren feilet. Bruk smtps:// med port 465 eller smtp:// med port 587, slik e-postleverandøren oppgir. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
  mailConnectionLost: 'E-postserveren brøt forbindelsen midt i sendingen. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten – ingen får samme e-post to ganger.',
  mailWriteFailed: 'Kunne ikke skrive e-postfilen i mappen. Sjekk at mappen finnes, at du kan skrive i den og at disken ikke er full. {sent} e-poster er skrevet; kjør igjen for å skrive resten.',
  mailSenderRejected: 'E-postserveren godtok ikke avsenderadressen ({response}). Bruk en avsender kontoen din har lov til å sende fra. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
  mailInterrupted: 'Sendingen ble avbrutt. {sent} e-poster er sendt; kjør sendingen igjen for å sende resten.',
  mailFailedUnexpectedly: 'Noe gikk galt under sendingen. Det som er sendt, er lagret; prøv igjen for å sende resten.',
  mailReasonNoEmail: 'mangler e-postadresse',
  mailReasonBadEmail: 'ugyldig e-postadresse',
  mailReasonRejected: 'e-postserveren avviste e-posten: {response}',
  mailReasonConnection: 'forbindelsen til e-postserveren brøt',
  mailReasonLogin: 'e-postserveren godtok ikke innloggingen',
  mailReasonSender: 'e-postserveren godtok ikke avsenderen: {response}',
  mailReasonWriteFailed: 'kunne ikke skrive e-postfilen',
  mailReasonUnexpected: 'uventet feil under sendingen',
} as const;

export type MessageKey = keyof typeof nb;

const en: Record<MessageKey, string> = {
  noEvent: 'No event is set up in this data directory. Run "innsjekk init --name NAME --date YYYY-MM-DD" or "innsjekk demo" first.',
  eventExists: 'This data directory already holds an event ("{name}"). Use another directory with --data-dir, or delete it to start over.',
  badDate: 'The date "{value}" is not valid. Write it as YYYY-MM-DD, for example 2026-03-12.',
  badCapacity: 'The capacity "{value}" is not a valid number. Give a whole number above 0.',
  missingName: 'The event needs a name. Use --name "Event name".',
  fileMissing: 'Cannot find the file "{file}". Check the name and folder.',
  fileEmpty: 'The file is empty. Export the attendee list again from the registration system.',
  fileTooLarge: 'The file is too large ({size} MB; the limit is {limit} MB). An attendee list is rarely more than a few MB: check that this is the right file.',
  fileNotTable: 'The file does not look like an attendee list (CSV or Excel). Save the list as CSV or XLSX and try again.',
  xlsxUnreadable: 'The Excel file cannot be read (it is damaged or incomplete). Save it again from Excel and try again.',
  headerOnly: 'The file has headers but no attendees. Export the list again.',
  jsonUnreadable: 'The list looks like JSON but cannot be read (it is incomplete or has an error). Fetch it again, or save the list as CSV or XLSX.',
  jsonNotList: 'The list is JSON but not a list of attendees. It must be a list with one object per attendee, possibly under "attendees", "registrants" or "data".',
  badListUrl: 'The address "{value}" is not valid. Write the full address of the list with http:// or https://, for example https://registration.example.com/attendees.csv.',
  listUnreachable: 'Cannot reach the registration system at {host} ({detail}). Check the address and that this machine is online. The attendee list in Innsjekk is unchanged.',
  listTimeout: 'The registration system at {host} did not answer within {seconds} seconds. The attendee list in Innsjekk is unchanged; try again later.',
  listAccessDenied: 'Access denied: the registration system at {host} did not accept the access token (HTTP {status}). Check the token in --token or INNSJEKK_LIST_TOKEN. The attendee list in Innsjekk is unchanged.',
  listNotFound: 'There is no list at {url} (HTTP {status}). Check the address in the registration system. The attendee list in Innsjekk is unchanged.',
  listServerError: 'The registration system at {host} answered with an error (HTTP {status}). The attendee list in Innsjekk is unchanged; try again later, or check the registration system.',
  listTooLarge: 'The list at {host} is larger than the limit of {limit} MB and was not fetched. Check that the address points to the attendee list. The attendee list in Innsjekk is unchanged.',
  listImportFailed: 'The list from the registration system could not be imported: {reason} The attendee list in Innsjekk is unchanged.',
  listCheckFailed: 'Something went wrong while fetching the list ({detail}). The attendee list in Innsjekk is unchanged; try again.',
  noNameColumn: 'No name column found (such as "Name", "First name"/"Last name" or "Navn"). The columns are: {columns}. Name the right one with --map name=Column.',
  unknownMappingColumn: 'The file has no column "{column}". The columns are: {columns}.',
  unknownMappingField: 'There is no field "{field}". Valid fields: {fields}.',
  rowNoName: 'no name',
  rowUnknownStatus: 'unknown status "{value}"',
  noSigningKey: "This machine does not hold the event's signing key, so it cannot make new codes. Do this on the organiser's machine (where \"innsjekk init\" ran).",
  registrantNotFound: 'No registrant with id "{id}".',
  badRequest: 'Invalid request: {detail}',
  unauthorized: 'Missing or wrong event key.',
  wrongPin: 'Wrong PIN. Try again, or ask the organiser.',
  tooManyPinAttempts: 'Too many wrong attempts. Wait {seconds} seconds and try again.',
  organiserLocked: 'The organiser screens are locked. Enter the PIN again.',
  alreadyConfigured: 'This kiosk already has an event.',
  syncOtherEvent: 'The kiosk belongs to another event. Join again with the right pairing code.',
  pairingCodeInvalid: 'The pairing code cannot be read. Scan it again, or paste the whole text (it starts with IJPAIR:).',
  joinWrongCertificate: "The organiser's kiosk certificate does not match the pairing code. Do not join: ask the organiser to show the pairing code again.",
  joinWrongKey: "The organiser's kiosk does not accept the event key. Ask the organiser to show the pairing code again.",
  hubUnreachable: "Cannot reach the organiser's kiosk. Check the network; this kiosk keeps checking people in and sends when the connection is back.",
  hubRefused: "The organiser's kiosk refused the sync: {detail}",
  notJoined: 'This kiosk has not joined an organiser kiosk. Use "innsjekk join CODE".',
  joinedCannotServe: 'This kiosk is joined to the organiser\'s kiosk, and only the organiser\'s kiosk shares the event with the others. Show the pairing code on the organiser\'s kiosk.',
  hubPortInUse: 'Port {port} is already in use on this machine, so the kiosk cannot share the event there. Close the program using it, or restart Innsjekk.',
  kioskUnreachable: 'The kiosk does not answer. Check that Innsjekk is running, and try again.',
  internal: 'Something went wrong. Try again.',
  notServingHub: 'This data directory does not share the event yet. Start "innsjekk serve --hub" first, or give the address with --url.',
  syncFileUnreadable: 'The file "{file}" is not an Innsjekk sync file, or it is damaged. Make it again with "innsjekk sync-export".',
  leaveWouldLose: '{count} check-ins on this kiosk have not been sent to the organiser and would be lost. Sync first, or confirm with --confirm-loss {count}.',
  listWouldCancelMany: 'The new list is missing {count} of {total} registrants, so Innsjekk does not take it in automatically. Check the export; if it is right, import the file by hand.',
  syncGap: 'The sync is missing events from kiosk {kiosk} (expected no. {expected}, got {got}). Nothing was stored; the next round fetches the rest.',
  unknownSetting: 'There is no setting "{key}". Valid settings: {keys}.',
  badTime: '"{value}" is not a valid time for {key}. Write it as HH:MM, for example 09:30.',
  badTimeOrder: 'The times do not fit together: registration opens {registrationOpens}, the conference starts {starts} and ends {ends}. Registration cannot open after the start, and the end must be after the start.',
  emptySetting: '{key} cannot be empty. Enter a value.',
  settingTooLong: 'The text for {key} is too long ({length} characters; the limit is {limit}). Shorten it.',
  unknownPlaceholder: 'The text for {key} contains "{placeholder}", which cannot be filled in. You can use: {placeholders}.',
  badFromAddress: 'The sender address "{value}" is not valid. Write it as name@domain.no or "Name <name@domain.no>".',
  badSmtpUrl: 'The SMTP address is not valid. Write it as smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS); the password may be in INNSJEKK_SMTP_PASSWORD.',
  badMailRate: '"{value}" is not a valid rate. Give emails per second as a number above 0, for example 5.',
  mailRunning: 'The emails are already being sent. Follow the progress and wait until sending has finished.',
  mailCancelledRegistrant: 'Registrant {id} has cancelled and gets no email.',
  mailUnreachable: 'Cannot reach the mail server. Check the host name and port in the SMTP address and that this machine is online. {sent} emails are sent; run sending again to send the rest: nobody gets the same email twice.',
  mailAuthFailed: 'The mail server did not accept the login. Check the user name in the SMTP address and the password (or INNSJEKK_SMTP_PASSWORD). {sent} emails are sent; run sending again to send the rest.',
  mailTlsFailed: 'The encrypted connection to the mail server failed. Use smtps:// with port 465 or smtp:// with port 587, as your mail provider says. {sent} emails are sent; run sending again to send the rest.',
  mailConnectionLost: 'The mail server dropped the connection while sending. {sent} emails are sent; run sending again to send the rest: nobody gets the same email twice.',
  mailWriteFailed: 'Could not write the email file to the folder. Check that the folder exists, that you can write to it and that the disk is not full. {sent} emails are written; run again to write the rest.',
  mailSenderRejected: 'The mail server did not accept the sender address ({response}). Use a sender your account may send from. {sent} emails are sent; run sending again to send the rest.',
  mailInterrupted: 'Sending was interrupted. {sent} emails are sent; run sending again to send the rest.',
  mailFailedUnexpectedly: 'Something went wrong while sending. What was sent is recorded; try again to send the rest.',
  mailReasonNoEmail: 'no email address',
  mailReasonBadEmail: 'invalid email address',
  mailReasonRejected: 'the mail server rejected the email: {response}',
  mailReasonConnection: 'the connection to the mail server broke',
  mailReasonLogin: 'the mail server did not accept the login',
  mailReasonSender: 'the mail server did not accept the sender: {response}',
  mailReasonWriteFailed: 'could not write the email file',
  mailReasonUnexpected: 'unexpected error while sending',
};

const catalogue: Record<Language, Record<MessageKey, string>> = { nb, en };

/** Fills {placeholders} in a template; unknown ones stay as they are. */
export function fillPlaceholders(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A text in the given language, with {placeholders} filled in. */
export function message(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, language: Language = 'nb'): string {
  return fillPlaceholders(catalogue[language][key], params);
}

/**
 * A text kept for later, such as why an email was not sent, in both languages
 * the screens speak: whoever reads it later may have the screens in English.
 */
export interface StoredText {
  readonly message: string;
  readonly messageEn: string;
}

/** A message of the catalogue, kept in both languages. */
export function storedText(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): StoredText {
  return { message: message(key, params, 'nb'), messageEn: message(key, params, 'en') };
}

/** A kept text in the given language. */
export function storedTextIn(text: StoredText, language: Language): string {
  return language === 'en' ? text.messageEn : text.message;
}

/** How a failure is classed: bad input from the user, or something else. */
export type FailureKind = 'input' | 'internal';

/** An error with a message a person can act on. */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly kind: FailureKind;

  constructor(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, kind: FailureKind = 'input') {
    super(message(key, params));
    this.name = 'UserError';
    this.key = key;
    this.params = params;
    this.kind = kind;
  }

  /** The message in another language. */
  inLanguage(language: Language): string {
    return message(this.key, this.params, language);
  }

  /** The message in both languages, to keep. */
  stored(): StoredText {
    return storedText(this.key, this.params);
  }
}
