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

/** SQL: the waitlisted who were scanned at the door and have not been let in, `w` joined with `r`. */
// CROSS JOIN: from the few in the queue to their registrants, not from every registrant.
const IN_QUEUE = `door_wait w CROSS JOIN registrant r ON r.id = w.registrant_id
  WHERE r.status = 'waitlisted' AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = w.registrant_id)`;

/**
 * Brings the door's derived tables up to date with events new to this kiosk:
 * a walk-in becomes a registrant, a waitlisted registrant's refused scan puts
 * them in the queue (their first such scan gives their place), a note
 * replaces the registrant's note when it is the latest. Call inside the
 * operation's transaction, with the events already in the log.
 */
export function refreshDoorDaySync(core: Core, events: readonly LogEvent[]): void {
  const wait = statement(
    core,
    `INSERT INTO door_wait (registrant_id, since) VALUES (?, ?)
     ON CONFLICT (registrant_id) DO UPDATE SET since = excluded.since WHERE excluded.since < door_wait.since`,
  );
  const noted = new Set<string>();
  for (const e of events) {
    if (e.kind === 'walk_in' && e.registrantId !== null) putWalkInSync(core, e.registrantId, e.details, e.id, e.at);
    else if (e.kind === 'scan' && e.details.verdict === 'waitlisted' && e.registrantId !== null) wait.run(e.registrantId, e.at);
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

/** The running head counts. */
export function doorTallySync(core: Core): DoorTally {
  return statement(
    core,
    `SELECT total, confirmed, waitlisted, cancelled, walk_ins AS walkIns, arrived, inside, exits, reentries,
       waitlist_admitted AS waitlistAdmitted, forced FROM door_tally`,
  ).get() as DoorTally;
}

/** How many are inside now. */
export function insideCountSync(core: Core): number {
  return statement(core, 'SELECT inside FROM door_tally').pluck().get() as number;
}

/** How many wait in the queue at the door. */
export function waitingCountSync(core: Core): number {
  return statement(core, `SELECT COUNT(*) FROM ${IN_QUEUE}`).pluck().get() as number;
}

/** The queue at the door, the longest waiting first. */
export function doorQueueSync(core: Core): QueueRow[] {
  return statement(core, `SELECT r.id, r.name, r.organisation, w.since FROM ${IN_QUEUE} ORDER BY w.since, r.id`).all() as QueueRow[];
}

/** When the earliest release of the waitlist by hand was; null when there was none. */
export function waitlistReleasedByHandSync(core: Core): string | null {
  return statement(core, "SELECT MIN(at) FROM log WHERE kind = 'waitlist_release'").pluck().get() as string | null;
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
