/**
 * The organiser screens' texts about personal data: the retention date, the
 * purge, the files to delete by hand, and one person's data.
 */
import type { Texts } from './bilingual.js';

/** The privacy texts, each in bokmål and English. */
export const privacyTexts = {
  settingRetainUntil: { nb: 'Slettedato for persondata', en: 'Deletion date for personal data' },
  privacyTitle: { nb: 'Persondata', en: 'Personal data' },
  privacyIntro: {
    nb: 'Navn, e-post, organisasjon, rolle, kostbehov, notater og koder slettes fra alle kiosker på slettedatoen. Den anonyme rapporten og tallene blir igjen.',
    en: 'Names, emails, organisations, roles, dietary needs, notes and codes are deleted from every kiosk on the deletion date. The anonymous report and the counts remain.',
  },
  privacyRetainDate: { nb: 'Persondata slettes {date}.', en: 'Personal data is deleted on {date}.' },
  privacyRetainHint: {
    nb: 'La feltet stå tomt for 30 dager etter arrangementet. Datoen gjelder alle kiosker som synkroniserer med denne.',
    en: 'Leave the field empty for 30 days after the event. The date applies to every kiosk that syncs with this one.',
  },
  purgeTitle: { nb: 'Slett persondata', en: 'Delete personal data' },
  purgeStart: { nb: 'Slett persondata nå', en: 'Delete personal data now' },
  purgeConfirmTitle: { nb: 'Sletter persondata om {count} personer fra denne maskinen', en: 'Deletes personal data about {count} people from this machine' },
  purgeConfirmText: {
    nb: 'Den anonyme rapporten lagres først og blir igjen, med tallene. Kioskene som er koblet til denne, sletter sine kopier ved neste synkronisering. Dette kan ikke angres.',
    en: 'The anonymous report is stored first and remains, with the counts. The kiosks joined to this one delete their copies at their next sync. This cannot be undone.',
  },
  purgeConfirmButton: { nb: 'Slett persondata om {count} personer', en: 'Delete personal data about {count} people' },
  purgeCancel: { nb: 'Avbryt', en: 'Cancel' },
  purgeCancelled: { nb: 'Ingenting er slettet.', en: 'Nothing was deleted.' },
  purgeBusy: { nb: 'Sletter persondata …', en: 'Deleting personal data …' },
  purgeDone: {
    nb: 'Persondata om {people} personer ble slettet {at} på {kiosk} ({action}).',
    en: 'Personal data about {people} people was deleted {at} on {kiosk} ({action}).',
  },
  purgeActionCommand: { nb: 'med innsjekk purge', en: 'with innsjekk purge' },
  purgeActionScreens: { nb: 'fra arrangørsidene', en: 'from the organiser screens' },
  purgeActionRetention: { nb: 'slettedatoen var nådd', en: 'the deletion date had come' },
  purgeActionHub: { nb: 'slettet på arrangørens kiosk', en: "deleted on the organiser's kiosk" },
  writtenFilesTitle: { nb: 'Filer utenfor datamappen som du må slette selv', en: 'Files outside the data folder that you must delete yourself' },
  writtenFilesNone: {
    nb: 'Innsjekk har ikke skrevet filer med persondata utenfor datamappen på denne maskinen.',
    en: 'Innsjekk has not written files with personal data outside the data folder on this machine.',
  },
  writtenFileReport: { nb: 'Rapport', en: 'Report' },
  writtenFileCodes: { nb: 'QR-koder', en: 'QR codes' },
  writtenFileSyncFile: { nb: 'Synkroniseringsfil', en: 'Sync file' },
  writtenFileEml: { nb: 'E-postfiler (.eml)', en: 'Email files (.eml)' },
  writtenFileFromScreens: { nb: 'lagret fra arrangørsidene, der nettleseren la den', en: 'saved from the organiser screens, where the browser put it' },
  personShow: { nb: 'Alt om {name}', en: 'All about {name}' },
  // Short, so a row's actions fit beside the name at 1280 px; personShow, which begins with it, names whose.
  personOpen: { nb: 'Alt om', en: 'All about' },
  personTitle: { nb: 'Alt som er lagret om {name}', en: 'Everything stored about {name}' },
  personForgottenName: { nb: '(slettet)', en: '(deleted)' },
  personFields: { nb: 'Opplysninger', en: 'Details' },
  personId: { nb: 'ID i Innsjekk', en: 'ID in Innsjekk' },
  personRole: { nb: 'Rolle', en: 'Role' },
  personDietary: { nb: 'Kostbehov', en: 'Dietary needs' },
  personRef: { nb: 'Påmeldingsnummer', en: 'Registration number' },
  personBarcode: { nb: 'Strekkode', en: 'Barcode' },
  personCode: { nb: 'QR-kode', en: 'QR code' },
  personNote: { nb: 'Merknad', en: 'Note' },
  personEvents: { nb: 'Hendelser', en: 'Events' },
  personNoEvents: { nb: 'Ingen hendelser.', en: 'No events.' },
  personMails: { nb: 'E-poster', en: 'Emails' },
  personNoMails: { nb: 'Ingen e-poster.', en: 'No emails.' },
  personClose: { nb: 'Lukk', en: 'Close' },
  personForget: { nb: 'Slett persondata om personen på alle kiosker', en: "Delete this person's personal data on every kiosk" },
  personForgetConfirm: {
    nb: 'Slett persondata om {name}? Tallene (oppmøte, lunsj, garderobe) står. Dette kan ikke angres.',
    en: "Delete {name}'s personal data? The counts (attendance, lunch, cloakroom) remain. This cannot be undone.",
  },
  personForgetYes: { nb: 'Ja, slett', en: 'Yes, delete' },
  personForgotten: { nb: 'Persondata om personen er slettet. Kioskene sletter sine kopier ved neste synkronisering.', en: "The person's personal data is deleted. The kiosks delete their copies at their next sync." },
} as const satisfies Texts;
