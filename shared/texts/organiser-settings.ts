/**
 * The organiser's settings: the event, the email texts, this kiosk and the PIN.
 */
import type { Texts } from './bilingual.js';

/** The settings screen's texts, each in bokmål and English. */
export const organiserSettingsTexts = {
  capacityFormat: {
    nb: 'Kapasiteten må være et helt tall, for eksempel 550. La feltet stå tomt hvis det ikke er noen grense.',
    en: 'The capacity must be a whole number, for example 550. Leave the field empty if there is no limit.',
  },
  settingsTitle: { nb: 'Innstillinger', en: 'Settings' },
  settingsEventTitle: { nb: 'Arrangementet', en: 'The event' },
  settingsMailTitle: { nb: 'E-posttekster', en: 'Email texts' },
  settingsMailIntro: {
    nb: 'Tekstene i bekreftelsen og i meldingen om venteliste. Du kan bruke {name}, {event}, {date}, {starts}, {ends}, {registrationOpens} og {venue}; de fylles ut for hver deltaker.',
    en: 'The texts of the confirmation and of the waiting-list message. You can use {name}, {event}, {date}, {starts}, {ends}, {registrationOpens} and {venue}; they are filled in for each attendee.',
  },
  settingsKioskTitle: { nb: 'Denne kiosken', en: 'This kiosk' },
  settingsPinTitle: { nb: 'PIN-kode', en: 'PIN' },
  settingsPinIntro: { nb: 'Bytt PIN-koden for arrangørsidene.', en: 'Change the PIN for the organiser screens.' },
  settingsPinSubmit: { nb: 'Bytt PIN-koden', en: 'Change the PIN' },
  settingsPinChanged: {
    nb: 'PIN-koden er byttet. Bruk den nye koden neste gang.',
    en: 'The PIN is changed. Use the new PIN next time.',
  },
  settingsSave: { nb: 'Lagre', en: 'Save' },
  settingsSaved: { nb: 'Lagret.', en: 'Saved.' },
  settingName: { nb: 'Navn på arrangementet', en: 'Event name' },
  settingDate: { nb: 'Dato', en: 'Date' },
  settingCapacity: { nb: 'Kapasitet (antall plasser)', en: 'Capacity (number of places)' },
  settingCapacityHint: {
    nb: 'La feltet stå tomt hvis det ikke er noen grense.',
    en: 'Leave the field empty if there is no limit.',
  },
  settingRegistrationOpens: { nb: 'Registreringen åpner', en: 'Registration opens' },
  settingStarts: { nb: 'Konferansen starter', en: 'The conference starts' },
  settingEnds: { nb: 'Konferansen slutter', en: 'The conference ends' },
  settingVenue: { nb: 'Sted', en: 'Venue' },
  settingCloakTags: { nb: 'Garderobemerker (første–siste)', en: 'Cloakroom tags (first–last)' },
  settingEntrance: { nb: 'Inngang (norsk)', en: 'Entrance (Norwegian)' },
  settingEntranceEn: { nb: 'Inngang (engelsk)', en: 'Entrance (English)' },
  settingPractical: { nb: 'Praktisk informasjon (norsk)', en: 'Practical information (Norwegian)' },
  settingPracticalEn: { nb: 'Praktisk informasjon (engelsk)', en: 'Practical information (English)' },
  settingMailSubject: { nb: 'Emne for bekreftelsen', en: 'Subject of the confirmation' },
  settingMailIntro: { nb: 'Innledning i bekreftelsen (norsk)', en: 'Opening of the confirmation (Norwegian)' },
  settingMailIntroEn: { nb: 'Innledning i bekreftelsen (engelsk)', en: 'Opening of the confirmation (English)' },
  settingWaitlistSubject: { nb: 'Emne for meldingen om venteliste', en: 'Subject of the waiting-list message' },
  settingWaitlistIntro: {
    nb: 'Innledning i meldingen om venteliste (norsk)',
    en: 'Opening of the waiting-list message (Norwegian)',
  },
  settingWaitlistIntroEn: {
    nb: 'Innledning i meldingen om venteliste (engelsk)',
    en: 'Opening of the waiting-list message (English)',
  },
  settingMailSignature: { nb: 'Hilsen nederst i e-posten (norsk)', en: 'Sign-off at the end of the email (Norwegian)' },
  settingMailSignatureEn: { nb: 'Hilsen nederst i e-posten (engelsk)', en: 'Sign-off at the end of the email (English)' },
  settingKioskName: { nb: 'Kioskens navn', en: 'Kiosk name' },
  settingKioskNameHint: {
    nb: 'Står i oppmøterapporten ved hver innsjekking, for eksempel «Inngang 1».',
    en: 'Shown in the attendance report with each check-in, for example "Entrance 1".',
  },
  settingLanguage: { nb: 'Språket kiosken starter med', en: 'Language the kiosk starts in' },
  leaveTitle: { nb: 'Forlat arrangementet', en: 'Leave the event' },
  leaveIntro: {
    nb: 'Sletter arrangementet fra denne kiosken: deltakerlisten, innsjekkingene og PIN-koden. Gjør det når arrangementet er over, eller før kiosken skal brukes til noe annet. De andre kioskene beholder sitt.',
    en: 'Deletes the event from this kiosk: the attendee list, the check-ins and the PIN. Do it when the event is over, or before the kiosk is used for something else. The other kiosks keep theirs.',
  },
  leaveStart: { nb: 'Forlat arrangementet …', en: 'Leave the event …' },
  leaveConfirmTitle: { nb: 'Forlate «{event}»?', en: 'Leave "{event}"?' },
  leaveConfirmText: {
    nb: 'Alt om «{event}» blir slettet fra denne kiosken, og det kan ikke angres. Etterpå starter kiosken på nytt uten arrangement.',
    en: 'Everything about "{event}" is deleted from this kiosk, and it cannot be undone. Afterwards the kiosk starts again without an event.',
  },
  leaveConfirm: { nb: 'Ja, forlat «{event}»', en: 'Yes, leave "{event}"' },
  leaveCancel: { nb: 'Avbryt, bli i arrangementet', en: 'Cancel, stay in the event' },
  leaveBusy: { nb: 'Forlater arrangementet …', en: 'Leaving the event …' },
  leaveLossTitleOne: { nb: '1 innsjekking går tapt', en: '1 check-in will be lost' },
  leaveLossTitleMany: { nb: '{count} innsjekkinger går tapt', en: '{count} check-ins will be lost' },
  leaveLossText: {
    nb: 'Kiosken vet ikke om noen annen kiosk har dem, så de kan bli borte for godt hvis du forlater arrangementet nå. Vil du ta vare på dem, så lagre hendelsene i en fil først og les den inn på en annen kiosk (under Kiosker). En kiosk som er koblet til arrangørkiosken, kan også vente til «Venter på å bli sendt» er 0.',
    en: "The kiosk cannot tell whether any other kiosk has them, so they may be gone for good if you leave the event now. To keep them, save the events to a file first and read it in on another kiosk (under Kiosks). A kiosk joined to the organiser's kiosk can also wait until \"Waiting to be sent\" is 0.",
  },
  leaveLossConfirmOne: { nb: 'Forlat likevel, og slett 1 innsjekking', en: 'Leave anyway, and delete 1 check-in' },
  leaveLossConfirmMany: { nb: 'Forlat likevel, og slett {count} innsjekkinger', en: 'Leave anyway, and delete {count} check-ins' },
  leaveCancelled: { nb: 'Kiosken er fortsatt i arrangementet.', en: 'The kiosk is still in the event.' },
} as const satisfies Texts;
