/**
 * Deleting the event's personal data from this kiosk (a purge) and one
 * person's everywhere (forgetting them), keeping the counts: the registrants'
 * rows lose every personal field but keep their id and status, the log keeps
 * every event with its personal details blanked (PERSONAL_DETAIL_KINDS), and
 * the anonymous report is kept as it was just before.
 *
 * Each is one transaction, so a process killed during it leaves all the data
 * or none of it; the files are then rewritten (compactSync) so no deleted
 * byte remains. A kill between the two leaves that second step pending, and
 * the next purge, sync or start completes it.
 */
import { PERSONAL_DETAIL_KINDS, scrubbedEvent, type EventKind, type LogEvent, type PurgeAction } from '../../../shared/event-log.js';
import { UserError } from '../../../shared/i18n.js';
import { osloDay, osloTime } from '../../../shared/oslo-time.js';
import type { Core } from '../core.js';
import { attendanceReportSync } from '../report/report-file.js';
import { kioskStationSync } from '../stations/kiosk-station.js';
import { hubSync } from '../store/hub-store.js';
import { blankNotesSync } from '../store/door-day-store.js';
import { appendEventSync, eventsOfKindsSync, forgottenRegistrantIdsSync, replaceEventDetailsSync } from '../store/log-store.js';
import { deleteMetaValueSync } from '../store/meta-store.js';
import { clearMailOfSync, clearOutboxSync } from '../store/outbox-store.js';
import { blankAllRegistrantsSync, blankRegistrantSync, registrantRecordSync, registrantsWithPersonalDataSync } from '../store/registrants-store.js';
import { clearCloakOwnersSync } from '../store/station-store.js';
import {
  compactPendingSync,
  purgeRecordSync,
  recordPurgeSync,
  setCompactPendingSync,
  writtenFilesSync,
  type PurgeCause,
  type PurgeRecord,
  type WrittenFile,
} from './privacy-state.js';

/** The meta key of the registration list being followed (electron/core/import/follow-list.ts): its address may carry a token, and following it would bring the list back. */
const FOLLOWED_LIST_KEY = 'list_follow';

/** The kinds whose details hold personal fields, as a list. */
const PERSONAL_KINDS = Object.keys(PERSONAL_DETAIL_KINDS) as EventKind[];

/** What a purge did, and the files the organiser is to delete outside the data directory. */
export interface PurgeOutcome {
  readonly record: PurgeRecord;
  /** False when the purge was done before. */
  readonly purgedNow: boolean;
  readonly files: readonly WrittenFile[];
}

/** Where a purge is: deleting the data (one transaction), then rewriting the files. */
export type PurgeStep = 'deleting' | 'rewriting';

/** How many people's personal data a purge would delete here now. */
export function peopleToPurgeSync(core: Core): number {
  return registrantsWithPersonalDataSync(core);
}

/** True once this kiosk's personal data is deleted. */
export function isPurgedSync(core: Core): boolean {
  return purgeRecordSync(core) !== null;
}

/** Refuses what would bring personal data back, or needs it, once it is deleted. */
export function refuseWhenPurgedSync(core: Core): void {
  const record = purgeRecordSync(core);
  if (record) throw new UserError('purgedAlready', { at: `${osloDay(record.at).date}${osloDay(record.at).year} ${osloTime(record.at)}` });
}

/** Blanks the personal details of these events, of the kinds that have them; rewrites only those it changes (most admissions carry none). */
function scrubEventsSync(core: Core, events: readonly LogEvent[]): void {
  const changed = events.map(scrubbedEvent).filter((scrubbed, i) => JSON.stringify(scrubbed.details) !== JSON.stringify(events[i]!.details));
  replaceEventDetailsSync(core, changed);
}

/**
 * Deletes every personal field in the data directory's tables, keeping the
 * anonymous report and the purge record. The organiser's kiosk also records
 * the purge in the log, so every kiosk that syncs with it purges too. Call
 * inside a transaction; completeDeletionSync afterwards.
 */
function purgeTablesSync(core: Core, cause: PurgeCause): PurgeRecord {
  const people = peopleToPurgeSync(core);
  // Before anything is deleted: the report the organiser may publish stays exactly as it was.
  const keptReport = JSON.stringify(attendanceReportSync(core, true));
  blankAllRegistrantsSync(core);
  blankNotesSync(core, null);
  scrubEventsSync(core, eventsOfKindsSync(core, PERSONAL_KINDS, null));
  clearOutboxSync(core);
  clearCloakOwnersSync(core, null);
  deleteMetaValueSync(core, FOLLOWED_LIST_KEY);
  core.dropSigningKeySync();
  const settings = core.settingsSync();
  const record: PurgeRecord = { at: new Date().toISOString(), kioskId: core.kioskId, kioskName: settings.kioskName, people, action: cause };
  recordPurgeSync(core, record, keptReport);
  if (cause !== 'hub' && !hubSync(core)) {
    appendEventSync(core, { kind: 'purge', at: record.at, kioskName: settings.kioskName, station: kioskStationSync(core), registrantId: null, details: { people, action: cause } });
  }
  setCompactPendingSync(core, true);
  return record;
}

/**
 * Rewrites the files once personal data was deleted, so none of it remains in
 * their bytes (free pages, the write-ahead log), and clears the mark; nothing
 * when none is pending. False when a reader in another process kept the log
 * from being emptied: the mark then stays, for the next call.
 */
export function completeDeletionSync(core: Core): boolean {
  if (!compactPendingSync(core)) return true;
  if (!core.compactSync()) return false;
  setCompactPendingSync(core, false);
  // The mark's own removal went to the log: empty it again, or the next run redoes the work.
  core.emptyLogSync();
  return true;
}

/** completeDeletionSync, refused with a message to try again when another process kept the log from being emptied. */
function completeDeletionOrRefuseSync(core: Core): void {
  if (!completeDeletionSync(core)) throw new UserError('purgeLogBusy');
}

/** Refuses a purge unless `confirmPeople` names exactly how many people's data it deletes. */
export function checkPurgeSync(core: Core, confirmPeople: number | undefined): void {
  core.requireEventSync();
  const people = peopleToPurgeSync(core);
  if (!isPurgedSync(core) && confirmPeople !== people) throw new UserError('purgeConfirm', { count: people });
}

/**
 * Deletes the event's personal data from this kiosk, once the organiser has
 * confirmed how many people's (checkPurgeSync; a purge by the retention date
 * confirms nothing). A purge done before is completed (its files rewritten)
 * and reported, not done again.
 */
export function purgeSync(core: Core, action: PurgeAction, confirmPeople?: number, onStep: (step: PurgeStep) => void = () => {}): PurgeOutcome {
  if (action !== 'retention') checkPurgeSync(core, confirmPeople);
  const done = purgeRecordSync(core);
  if (!done) onStep('deleting');
  const record = done ?? core.transaction(() => purgeRecordSync(core) ?? purgeTablesSync(core, action));
  if (compactPendingSync(core)) onStep('rewriting');
  completeDeletionOrRefuseSync(core);
  return { record, purgedNow: done === null, files: writtenFilesSync(core) };
}

/** Blanks one registrant's personal fields and notes, their events' personal details (a walk-in's own event too), their emails' state and their cloakroom tags' owner. Call inside a transaction. */
function forgetInTablesSync(core: Core, registrantId: string): void {
  blankRegistrantSync(core, registrantId);
  blankNotesSync(core, registrantId);
  scrubEventsSync(core, eventsOfKindsSync(core, PERSONAL_KINDS, registrantId));
  clearMailOfSync(core, registrantId);
  clearCloakOwnersSync(core, registrantId);
  setCompactPendingSync(core, true);
}

/**
 * Deletes one person's personal data on this kiosk, and through the log on
 * every kiosk it syncs with; their anonymous counts (arrival, lunch, tags)
 * stay. Refused for an id no registrant has.
 */
export function forgetPersonSync(core: Core, registrantId: string): { readonly registrantId: string } {
  core.transaction(() => {
    core.requireEventSync();
    if (!registrantRecordSync(core, registrantId)) throw new UserError('personUnknown', { id: registrantId });
    appendEventSync(core, {
      kind: 'forget',
      at: new Date().toISOString(),
      kioskName: core.settingsSync().kioskName,
      station: kioskStationSync(core),
      registrantId,
      details: {},
    });
    forgetInTablesSync(core, registrantId);
  });
  completeDeletionOrRefuseSync(core);
  return { registrantId };
}

/**
 * What events from another kiosk mean for personal data, in the transaction
 * that stores them: once purged, their personal details are blanked before
 * they are stored; a forget deletes that person's data here, also when it
 * came before their other events; the organiser's kiosk's purge purges this
 * kiosk. completeDeletionSync afterwards.
 */
export function takeInEventsSync(core: Core, events: readonly LogEvent[], store: (events: readonly LogEvent[]) => number): number {
  const stored = store(isPurgedSync(core) ? events.map(scrubbedEvent) : events);
  // Whichever comes first, the forget or an event that names the person (a walk-in's own, which makes their row), they end forgotten.
  const named = new Set(events.map((e) => e.registrantId));
  for (const id of forgottenRegistrantIdsSync(core)) if (named.has(id)) forgetInTablesSync(core, id);
  if (!isPurgedSync(core) && events.some((e) => e.kind === 'purge')) purgeTablesSync(core, 'hub');
  return stored;
}
