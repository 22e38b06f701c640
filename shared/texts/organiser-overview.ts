/**
 * The organiser's live overview of the day.
 */
import type { Texts } from './bilingual.js';

/** The overview's texts, each in bokmål and English. */
export const organiserOverviewTexts = {
  sectionOverview: { nb: 'Oversikt', en: 'Overview' },
  overviewTitle: { nb: 'Dagen så langt', en: 'The day so far' },
  overviewUpdated: { nb: 'Oppdateres av seg selv. Sist {when}.', en: 'Updates by itself. Last {when}.' },
  overviewConfirmed: { nb: 'Påmeldt', en: 'Registered' },
  overviewArrived: { nb: 'Kommet', en: 'Arrived' },
  overviewNotYet: { nb: 'Ikke kommet ennå', en: 'Not yet arrived' },
  overviewInside: { nb: 'Inne', en: 'Inside' },
  overviewOfCapacity: { nb: '{count} av {capacity}', en: '{count} of {capacity}' },
  overviewLastQuarter: { nb: 'Kommet siste 15 minutter', en: 'Arrived in the last 15 minutes' },
  overviewExpected: { nb: 'Ventes før start kl. {time}, i samme tempo', en: 'Expected before the start at {time}, at the same rate' },
  overviewNoEstimate: { nb: 'Ikke noe anslag', en: 'No estimate' },
  overviewAdmittedTwice: { nb: 'Sluppet inn mer enn én gang', en: 'Let in more than once' },
  overviewShowTwice: { nb: 'Vis hvem under Kiosker', en: 'Show who under Kiosks' },
  overviewWaiting: { nb: 'Venter ved døra', en: 'Waiting at the door' },
  overviewExits: { nb: 'Gått ut', en: 'Gone out' },
  overviewCloakHanging: { nb: 'Henger i garderoben', en: 'Hanging in the cloakroom' },
  overviewFlaggedTags: { nb: 'Garderobemerker delt ut to ganger', en: 'Cloakroom tags handed out twice' },
  overviewFlaggedTagsNote: { nb: 'Se listen i garderoben under «Mistet merke».', en: 'See the list at the cloakroom under "Lost tag".' },
  overviewLunchServed: { nb: 'Lunsj servert', en: 'Lunches served' },
  overviewOfExpected: { nb: '{count} av {expected} ventet', en: '{count} of {expected} expected' },
  overviewArrivalsTable: { nb: 'Ankomster per kvarter, som tabell', en: 'Arrivals per quarter of an hour, as a table' },
  overviewNoArrivals: { nb: 'Ingen har kommet ennå.', en: 'Nobody has arrived yet.' },
  overviewKiosksTitle: { nb: 'Kioskene', en: 'The kiosks' },
  overviewColumnLastScan: { nb: 'Siste skanning', en: 'Last scan' },
  overviewColumnSync: { nb: 'Forbindelse', en: 'Connection' },
  overviewSyncThis: { nb: 'Denne kiosken', en: 'This kiosk' },
  overviewSyncOnline: { nb: 'Tilkoblet', en: 'Connected' },
  overviewSyncOffline: { nb: 'Ikke hørt fra siden {when}', en: 'Not heard from since {when}' },
  overviewSyncUnknown: { nb: 'Kjent via en annen kiosk', en: 'Known by way of another kiosk' },
  overviewNoKiosks: { nb: 'Ingen skanninger ennå.', en: 'No scans yet.' },
} as const satisfies Texts;
