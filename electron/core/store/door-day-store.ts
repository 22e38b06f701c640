/**
 * The tables of the door on a full day (migration 9): `door_wait` (the
 * queue at the door: each waitlisted registrant's first scan), `registrant_note`
 * (the organiser's latest note on a registrant) and `door_tally` (the head
 * counts as running figures, kept by triggers on registrant and attendance),
 * with the walk-ins' registrants derived from the log. The only module with
 * SQL for them; its reads join `registrant` and `attendance`.
 */
import type { LogEvent } from '../../../shared/event-log.js';
import type { Core } from '../core.js';
import { statement } from './connection.js';
import { putWalkInSync } from './registrants-store.js';

/** The running head counts. */
export interface DoorTally {
  readonly total: number;
  readonly confirmed: number;
  readonly waitlisted: number;
  readonly cancelled: number;
  readonly walkIns: number;
  readonly arrived: number;
  readonly inside: number;
  readonly exits: number;
  readonly reentries: number;
  readonly waitlistAdmitted: number;
  readonly forced: number;
}

/** A waitlisted registrant in the queue at the door. */
export interface QueueRow {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly since: string;
}

/**
 * Brings the derived tables of the registrants the log makes or changes up to
 * date with events new to this kiosk: a walk-in becomes a registrant, a note
 * replaces the registrant's note when it is the latest. Call inside the
 * operation's transaction, with the events already in the log, before the
 * attendance is refreshed.
 */
export function refreshDoorDaySync(core: Core, events: readonly LogEvent[]): void {
  const noted = new Set<string>();
  for (const e of events) {
    if (e.kind === 'walk_in' && e.registrantId !== null) putWalkInSync(core, e.registrantId, e.details, e.id, e.at);
    else if (e.kind === 'note' && e.registrantId !== null) noted.add(e.registrantId);
  }
  // The latest note in the events' order, the same on every kiosk whatever order they came in.
  const latest = statement(
    core,
    `INSERT OR REPLACE INTO registrant_note (registrant_id, note, event_id)
     SELECT registrant_id, details ->> '$.note', id FROM log
     WHERE kind = 'note' AND registrant_id = ? ORDER BY at DESC, kiosk_id DESC, seq DESC LIMIT 1`,
  );
  for (const id of noted) latest.run(id);
}

/**
 * Puts the registrants back in the queue at the door, or takes them out, as
 * their events now say: the waitlisted who were scanned (at their first such
 * scan) and have not been let in. Call after their attendance is refreshed;
 * a status changed by an import moves them by the triggers of migration 9.
 */
export function refreshQueueSync(core: Core, registrantIds: readonly string[]): void {
  if (registrantIds.length === 0) return;
  const ids = JSON.stringify(registrantIds);
  statement(core, 'DELETE FROM door_wait WHERE registrant_id IN (SELECT value FROM json_each(?))').run(ids);
  statement(
    core,
    `INSERT INTO door_wait (registrant_id, since)
     SELECT l.registrant_id, MIN(l.at) FROM log l JOIN registrant r ON r.id = l.registrant_id
     WHERE l.registrant_id IN (SELECT value FROM json_each(?)) AND +l.kind = 'scan' AND l.details ->> '$.verdict' = 'waitlisted'
       AND r.status = 'waitlisted' AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = l.registrant_id)
     GROUP BY l.registrant_id`,
  ).run(ids);
}

/** The running head counts. */
export function doorTallySync(core: Core): DoorTally {
  return statement(
    core,
    `SELECT total, confirmed, waitlisted, cancelled, walk_ins AS walkIns, arrived, inside, exits, reentries,
       waitlist_admitted AS waitlistAdmitted, forced FROM door_tally`,
  ).get() as DoorTally;
}

/** What the door's state is made of, in one read: it is asked at every scan. */
export interface DoorFacts {
  readonly inside: number;
  readonly capacity: number | null;
  readonly date: string;
  /** The waitlistRelease setting; null when never set. */
  readonly releaseSetting: string | null;
  /** The earliest release by hand; null when there was none. */
  readonly releasedByHand: string | null;
}

/** How many are inside, the event's capacity and date, and the waitlist's release time set and by hand; undefined without an event. */
export function doorFactsSync(core: Core): DoorFacts | undefined {
  return statement(
    core,
    `SELECT (SELECT inside FROM door_tally) AS inside, e.capacity, e.date,
       (SELECT value FROM event_setting WHERE key = 'waitlistRelease') AS releaseSetting,
       (SELECT MIN(at) FROM log WHERE kind = 'waitlist_release') AS releasedByHand
     FROM event e`,
  ).get() as DoorFacts | undefined;
}

/** How many wait in the queue at the door. */
export function waitingCountSync(core: Core): number {
  return statement(core, 'SELECT COUNT(*) FROM door_wait').pluck().get() as number;
}

/** The queue at the door, the longest waiting first. */
export function doorQueueSync(core: Core): QueueRow[] {
  return statement(core, 'SELECT r.id, r.name, r.organisation, w.since FROM door_wait w JOIN registrant r ON r.id = w.registrant_id ORDER BY w.since, r.id').all() as QueueRow[];
}

/**
 * Where the registrants the log makes or changes stand (walk-ins, notes):
 * their latest event's place in the log, so the door's copy of the list is
 * read again when it grows.
 */
export function doorRegistrantsVersionSync(core: Core): number {
  return (statement(core, "SELECT MAX(rowid) FROM log WHERE kind IN ('walk_in', 'note')").pluck().get() as number | null) ?? 0;
}

/** The registrants the log made or changed after the cursor: walk-ins and notes. */
export function registrantsChangedAfterSync(core: Core, cursor: number): string[] {
  return statement(core, "SELECT DISTINCT registrant_id FROM log WHERE rowid > ? AND kind IN ('walk_in', 'note') AND registrant_id IS NOT NULL")
    .pluck()
    .all(cursor) as string[];
}

/** Removes what is derived from the log: the queue and the notes (the walk-ins go with the list). */
export function clearDoorDaySync(core: Core): void {
  statement(core, 'DELETE FROM door_wait').run();
  statement(core, 'DELETE FROM registrant_note').run();
}

/** Blanks the organiser's notes, everyone's or one registrant's (`registrantId`): a purge or a forget. */
export function blankNotesSync(core: Core, registrantId: string | null): void {
  statement(core, 'UPDATE registrant_note SET note = NULL WHERE @registrant IS NULL OR registrant_id = @registrant').run({ registrant: registrantId });
}
