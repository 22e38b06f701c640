/**
 * Messages from deleting personal data: the purge, the retention date and
 * forgetting one person.
 */
import type { Texts } from '../bilingual.js';

/** Messages about personal data's deletion, each in bokmål and English. */
export const privacyMessages = {
  purgeConfirm: {
    nb: 'Sletter persondata om {count} personer fra denne maskinen. Bekreft med antallet: --confirm {count}.',
    en: 'Deletes personal data about {count} people from this machine. Confirm with the number: --confirm {count}.',
  },
  purgedAlready: {
    nb: 'Persondataene for dette arrangementet er slettet fra denne maskinen ({at}). Bare den anonyme rapporten og tallene er igjen, så dette kan ikke gjøres her lenger.',
    en: 'The personal data of this event has been deleted from this machine ({at}). Only the anonymous report and the counts remain, so this can no longer be done here.',
  },
  purgeLogBusy: {
    nb: 'Persondataene er slettet, men en annen Innsjekk-prosess leser databasen, så filene er ikke skrevet om ennå. Kjør kommandoen på nytt om litt.',
    en: 'The personal data is deleted, but another Innsjekk process is reading the database, so the files have not been rewritten yet. Run the command again shortly.',
  },
  personUnknown: {
    nb: 'Ingen påmeldt har ID {id}. Finn ID-en med «innsjekk search NAVN».',
    en: 'No registrant has ID {id}. Find the ID with "innsjekk search NAME".',
  },
  reportPurged: {
    nb: 'Persondataene er slettet, så bare den anonyme rapporten finnes. Lag den med --anonymous (på arrangørsidene: «Anonym»).',
    en: 'The personal data is deleted, so only the anonymous report exists. Make it with --anonymous (on the organiser screens: "Anonymous").',
  },
  badRetainUntil: {
    nb: 'Slettedatoen «{value}» må være en dato (ÅÅÅÅ-MM-DD) på eller etter arrangementets dato {date}, eller tom for 30 dager etter arrangementet.',
    en: 'The deletion date "{value}" must be a date (YYYY-MM-DD) on or after the event\'s date {date}, or empty for 30 days after the event.',
  },
} as const satisfies Texts;
