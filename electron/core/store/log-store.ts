/**
 * The tables `log` (every kiosk's events, append-only) and `attendance` (who
 * has arrived, derived from the log): the only module with SQL for them. Its
 * reads join `registrant` (the registrants store's) where an event is shown
 * with its registrant's name; it writes no other table.
 */
import type { Statement } from 'better-sqlite3';
import type { DoorChanges, DoorList } from '../../../shared/contract.js';
import { admissionsInForce, deriveAttendance, eventId, UNCOUNTED_KINDS, type EventKind, type LogEvent, type LogEventOf } from '../../../shared/event-log.js';
import type { KioskScans } from '../../../shared/report/build-report.js';
import type { VersionVector, WireEvent } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { statement } from './connection.js';
import { clearDoorDaySync, refreshDoorDaySync, refreshQueueSync } from './door-day-store.js';
import { applyCorrectionsSync } from './registrants-store.js';
import { refreshStationsSync } from './station-store.js';

/** A row of the log table. */
export interface LogRow {
  id: string;
  kiosk_id: string;
  seq: number;
  at: string;
  kiosk_name: string;
  station: string;
  kind: EventKind;
  registrant_id: string | null;
  details: string;
}

/** A log event from its stored row. */
export function eventFromRow(row: LogRow): LogEvent {
  return {
    id: row.id,
    kioskId: row.kiosk_id,
    seq: row.seq,
    at: row.at,
    kioskName: row.kiosk_name,
    station: row.station,
    kind: row.kind,
    registrantId: row.registrant_id,
    details: JSON.parse(row.details) as LogEvent['details'],
  } as LogEvent;
}

/** A registrant's events, oldest first. */
export function registrantEventsSync(core: Core, registrantId: string): LogEvent[] {
  const rows = statement(core, 'SELECT * FROM log WHERE registrant_id = ? ORDER BY at, kiosk_id, seq').all(registrantId) as LogRow[];
  return rows.map(eventFromRow);
}

/** The highest sequence number of this kiosk's own events (0 before its first); it grows by one with each event it stores. */
export function ownTopSeqSync(core: Core): number {
  return (statement(core, 'SELECT COALESCE(MAX(seq), 0) AS seq FROM log WHERE kiosk_id = ?').get(core.kioskId) as { seq: number }).seq;
}

/** What a new event of this kiosk carries besides its id and sequence. */
export type NewEvent<K extends EventKind> = Omit<LogEventOf<K>, 'id' | 'kioskId' | 'seq'>;

/**
 * Appends an event of this kiosk to the log and brings the registrant's
 * attendance up to date. Call inside the operation's transaction.
 */
export function appendEventSync<K extends EventKind>(core: Core, event: NewEvent<K>): LogEventOf<K> {
  const seq = ownTopSeqSync(core) + 1;
  const stored = { ...event, id: eventId(core.kioskId, seq), kioskId: core.kioskId, seq } as LogEventOf<K>;
  storeNewEventsSync(core, [stored as unknown as LogEvent]);
  return stored;
}

/**
 * Stores events new to this kiosk, of its own or from others, and brings
 * their registrants' attendance up to date; returns how many were stored.
 * Call inside the operation's transaction.
 */
export function storeNewEventsSync(core: Core, events: readonly LogEvent[]): number {
  const insert = statement(
    core,
    `INSERT OR IGNORE INTO log (id, kiosk_id, seq, at, kiosk_name, station, kind, registrant_id, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fresh: LogEvent[] = [];
  for (const e of events) {
    if (insert.run(e.id, e.kioskId, e.seq, e.at, e.kioskName, e.station, e.kind, e.registrantId, JSON.stringify(e.details)).changes > 0) fresh.push(e);
  }
  // Admissions, exits and undos change who has arrived and who is inside; a refused scan or a station's event does not.
  const touched = new Set<string>();
  for (const e of events) if (MOVES.includes(e.kind) && e.registrantId !== null) touched.add(e.registrantId);
  refreshDoorDaySync(core, fresh);
  refreshAttendanceSync(core, [...touched]);
  // Who waits at the door: a waitlisted scan puts them in the queue, an admission (or its undo) moves them.
  for (const e of events) if (e.kind === 'scan' && e.details.verdict === 'waitlisted' && e.registrantId !== null) touched.add(e.registrantId);
  refreshQueueSync(core, [...touched]);
  refreshStationsSync(core, fresh);
  // A walk-in's registrant, written just now, takes any correction of theirs that came first.
  const corrected = fresh.filter((e) => e.kind === 'correction' || e.kind === 'walk_in').map((e) => e.registrantId!);
  if (corrected.length > 0) applyCorrectionsSync(core, corrected);
  return fresh.length;
}

/** The kinds of event that move someone in or out, or take such a move back (a kiosk's undo, or the desk's). */
const MOVES: readonly EventKind[] = ['checkin', 'exit', 'undo', 'desk_undo'];

/**
 * Recomputes the registrants' rows of the attendance table from the log by
 * deriveAttendance (shared/event-log.ts): the earliest admission in force is
 * the arrival, an admission while inside a duplicate, and exits and
 * re-entries follow the events' order. One read for any number of
 * registrants, so a sync round's thousands cost little more than one; the
 * rows are replaced, never updated (the door's running figures count them so).
 */
function refreshAttendanceSync(core: Core, registrantIds: readonly string[]): void {
  if (registrantIds.length === 0) return;
  const ids = JSON.stringify(registrantIds);
  // +kind: by the registrants' index, not by kind's, which would read every admission of the day.
  const rows = statement(
    core,
    `SELECT * FROM log WHERE registrant_id IN (SELECT value FROM json_each(?)) AND +kind IN (SELECT value FROM json_each(?))`,
  ).all(ids, JSON.stringify(MOVES)) as LogRow[];
  const byRegistrant = new Map<string, LogEvent[]>();
  for (const row of rows) {
    const list = byRegistrant.get(row.registrant_id!) ?? [];
    list.push(eventFromRow(row));
    byRegistrant.set(row.registrant_id!, list);
  }
  statement(core, 'DELETE FROM attendance WHERE registrant_id IN (SELECT value FROM json_each(?))').run(ids);
  const insert = statement(
    core,
    `INSERT INTO attendance (registrant_id, arrived_at, kiosk_id, kiosk_name, checkin_id, duplicates, inside, exits, reentries, from_waitlist, forced)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [registrantId, events] of byRegistrant) {
    const a = deriveAttendance(events);
    if (a.arrival === null) continue;
    insert.run(
      registrantId, a.arrival.at, a.arrival.kioskId, a.arrival.kioskName, a.arrival.eventId, a.duplicates.length,
      a.inside ? 1 : 0, a.exits, a.reentries, a.fromWaitlist ? 1 : 0, a.forced,
    );
  }
}

/** The ids of a registrant's admissions still in force (admissionsInForce), at any kiosk, in compareEvents' order. */
export function admissionsInForceSync(core: Core, registrantId: string): string[] {
  return admissionsInForce(registrantEventsSync(core, registrantId)).map((e) => e.id);
}

/** Whose latest event `latestEventInForceSync` looks for. */
export interface LatestEventQuery {
  readonly kioskId: string;
  readonly kioskName: string;
  readonly kinds: readonly EventKind[];
  /** Only this registrant's events; all of the kinds when absent. */
  readonly registrantId?: string;
}

/**
 * The latest event of these kinds that a kiosk wrote under a name (of one
 * registrant, when named) and that no undo of the same registrant names;
 * undefined when there is none.
 */
export function latestEventInForceSync(core: Core, query: LatestEventQuery): LogEvent | undefined {
  const inForce = `l.kiosk_id = @kiosk AND l.kiosk_name = @name AND l.kind IN (SELECT value FROM json_each(@kinds))
    AND NOT EXISTS (SELECT 1 FROM log u WHERE u.kind = 'undo' AND u.registrant_id IS l.registrant_id AND u.details ->> '$.target' = l.id)
    AND NOT EXISTS (SELECT 1 FROM log d WHERE d.kind = 'desk_undo' AND d.registrant_id IS l.registrant_id AND d.details ->> '$.target' = l.id)`;
  const params = { kiosk: query.kioskId, name: query.kioskName, kinds: JSON.stringify(query.kinds) };
  // Two statements rather than an OR, so that one person's events are read by the registrant's index.
  const row = (
    query.registrantId === undefined
      ? statement(core, `SELECT * FROM log l WHERE ${inForce} ORDER BY l.seq DESC LIMIT 1`).get(params)
      : statement(core, `SELECT * FROM log l WHERE l.registrant_id = @registrant AND ${inForce} ORDER BY l.seq DESC LIMIT 1`).get({ ...params, registrant: query.registrantId })
  ) as LogRow | undefined;
  return row && eventFromRow(row);
}

/**
 * The arrival and the duplicate admissions (not the re-entries after an
 * exit) of everyone let in more than once, by the registrant's name, then in
 * the order of the events.
 */
export function duplicateAdmissionsSync(core: Core): { id: string; name: string; kiosk: string; at: string }[] {
  const people = statement(
    core,
    `SELECT r.id, r.name FROM attendance a JOIN registrant r ON r.id = a.registrant_id
     WHERE a.duplicates > 0 ORDER BY r.name COLLATE NOCASE, r.id`,
  ).all() as { id: string; name: string }[];
  return people.flatMap(({ id, name }) => {
    const { arrival, duplicates } = deriveAttendance(registrantEventsSync(core, id));
    return (arrival ? [arrival, ...duplicates] : []).map((a) => ({ id, name, kiosk: a.kioskName, at: a.at }));
  });
}

/**
 * Each kiosk's scans (everything it recorded but undos and the desk's
 * corrections, UNCOUNTED_KINDS: admissions, codes shown again, hand-ins,
 * collections, lunches) and arrivals, per station; a
 * kiosk's name is the one at its latest scan there.
 */
export function kioskScansSync(core: Core): KioskScans[] {
  // SQLite takes the bare columns of a MAX() query from the row holding the maximum.
  return statement(
    core,
    `WITH scans AS (
       SELECT kiosk_id, station, kiosk_name, MAX(at), COUNT(*) AS scans
       FROM log WHERE kind NOT IN (SELECT value FROM json_each(?)) GROUP BY kiosk_id, station
     ),
     arrivals AS (
       SELECT l.kiosk_id, l.station, COUNT(*) AS arrivals
       FROM attendance a JOIN log l ON l.id = a.checkin_id GROUP BY l.kiosk_id, l.station
     )
     SELECT s.kiosk_id AS kioskId, s.kiosk_name AS kiosk, s.station, s.scans, COALESCE(a.arrivals, 0) AS arrivals
     FROM scans s LEFT JOIN arrivals a ON a.kiosk_id = s.kiosk_id AND a.station = s.station`,
  ).all(JSON.stringify(UNCOUNTED_KINDS)) as KioskScans[];
}

/** A row of the log, as a reader following it sees it. */
export interface LogTailRow {
  readonly rowid: number;
  readonly kioskId: string;
  readonly kiosk: string;
  readonly station: string;
  readonly kind: EventKind;
  readonly registrantId: string | null;
  readonly at: string;
}

/** The log's rows stored after the cursor (logCursorSync), in the order they were stored. */
export function logAfterSync(core: Core, cursor: number): LogTailRow[] {
  return statement(
    core,
    `SELECT rowid, kiosk_id AS kioskId, kiosk_name AS kiosk, station, kind, registrant_id AS registrantId, at
     FROM log WHERE rowid > ? ORDER BY rowid`,
  ).all(cursor) as LogTailRow[];
}

/** How many corrections the information desk made, on any kiosk: each changes a name or an organisation on the list. */
export function correctionCountSync(core: Core): number {
  return (statement(core, "SELECT COUNT(*) AS n FROM log WHERE kind = 'correction'").get() as { n: number }).n;
}

/** How many people were let in more than once. */
export function duplicateCountSync(core: Core): number {
  return (statement(core, 'SELECT COUNT(*) AS n FROM attendance WHERE duplicates > 0').get() as { n: number }).n;
}

/** When each of these registrants arrived, for those who have. */
export function arrivalTimesSync(core: Core, registrantIds: readonly string[]): Map<string, string> {
  const rows = statement(core, 'SELECT registrant_id, arrived_at FROM attendance WHERE registrant_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(registrantIds),
  ) as { registrant_id: string; arrived_at: string }[];
  return new Map(rows.map((a) => [a.registrant_id, a.arrived_at]));
}

/** Everyone who has arrived, and where and when. */
export function arrivalsSync(core: Core): DoorList['arrivals'] {
  return statement(
    core,
    'SELECT registrant_id AS registrantId, arrived_at AS at, kiosk_id AS kioskId, kiosk_name AS kioskName, inside FROM attendance',
  ).all().map((row) => ({ ...(row as DoorList['arrivals'][number]), inside: (row as { inside: number }).inside === 1 }));
}

/**
 * Where a reader of the log stands: the log only grows (an undo is an event
 * too) and its rowids follow the order of the writes, so the highest rowid tells.
 */
export function logCursorSync(core: Core): number {
  return (statement(core, 'SELECT COALESCE(MAX(rowid), 0) AS cursor FROM log').get() as { cursor: number }).cursor;
}

/**
 * The arrivals of everyone whose admissions, exits or undos came into the
 * log after the cursor (null: no longer arrived).
 */
export function arrivalChangesSync(core: Core, cursor: number): DoorChanges['arrivals'] {
  const rows = statement(
    core,
    `SELECT DISTINCT l.registrant_id AS registrantId, a.arrived_at AS at, a.kiosk_id AS kioskId, a.kiosk_name AS kioskName, a.inside
     FROM log l LEFT JOIN attendance a ON a.registrant_id = l.registrant_id
     WHERE l.rowid > ? AND l.kind IN (SELECT value FROM json_each(?)) AND l.registrant_id IS NOT NULL`,
  ).all(cursor, JSON.stringify(MOVES)) as { registrantId: string; at: string | null; kioskId: string; kioskName: string; inside: number }[];
  return rows.map(({ registrantId, at, kioskId, kioskName, inside }) => ({
    registrantId,
    arrival: at === null ? null : { at, kioskId, kioskName, inside: inside === 1 },
  }));
}

/** Each kiosk's highest sequence number held, in kiosk order. */
function kioskTopsSync(core: Core): { kiosk_id: string; seq: number }[] {
  // Hops along the (kiosk_id, seq) index from one kiosk to the next: a few
  // lookups per kiosk, where GROUP BY would read the whole log every round.
  return statement(
    core,
    `WITH RECURSIVE kiosk (id) AS (
       SELECT MIN(kiosk_id) FROM log
       UNION ALL
       SELECT (SELECT MIN(kiosk_id) FROM log WHERE kiosk_id > kiosk.id) FROM kiosk WHERE kiosk.id IS NOT NULL
     )
     SELECT id AS kiosk_id, (SELECT MAX(seq) FROM log WHERE kiosk_id = kiosk.id) AS seq FROM kiosk WHERE id IS NOT NULL`,
  ).all() as { kiosk_id: string; seq: number }[];
}

/** The highest sequence number held of each kiosk's events. */
export function versionVectorSync(core: Core): Record<string, number> {
  return Object.fromEntries(kioskTopsSync(core).map((r) => [r.kiosk_id, r.seq]));
}

/** How many events this kiosk holds, its own and others'. */
export function eventCountSync(core: Core): number {
  return (statement(core, 'SELECT COUNT(*) AS n FROM log').get() as { n: number }).n;
}

/** The log's columns in a WireEvent's order, all but the details, which each reader writes its own way. */
const WIRE_COLUMNS = 'kiosk_id, seq, at, kiosk_name, station, kind, registrant_id';

/**
 * The rows `above` reads for the events above a vector, in sequence order per
 * kiosk: at most `limit`, and whether more wait. `above` takes a kiosk, the
 * sequence held of it and how many rows to read.
 */
function rowsAboveSync(core: Core, above: Statement, vector: VersionVector, limit: number): { rows: unknown[]; more: boolean } {
  // One index range per kiosk that has events above the vector, rather than a filter on every row of the log.
  let rows: unknown[] = [];
  for (const { kiosk_id: kiosk, seq: top } of kioskTopsSync(core)) {
    const held = vector[kiosk] ?? 0;
    if (top > held) rows = rows.concat(above.all(kiosk, held, limit + 1 - rows.length));
    if (rows.length > limit) break;
  }
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** The events above a vector, in sequence order per kiosk, at most `limit` of them, as they travel. */
export function eventsAboveSync(core: Core, vector: VersionVector, limit: number): { events: WireEvent[]; more: boolean } {
  // Rows come as arrays in the wire order: a round carries thousands, and no object per row is made.
  const above = statement(core, `SELECT ${WIRE_COLUMNS}, details FROM log WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?`).raw(true);
  const { rows, more } = rowsAboveSync(core, above, vector, limit);
  const events = (rows as unknown[][]).map((row) => {
    row[7] = JSON.parse(row[7] as string);
    return row as unknown as WireEvent;
  });
  return { events, more };
}

/**
 * The events above a vector as eventsAboveSync has them, written as a JSON
 * array by SQLite: the hub's answer to a kiosk. A walk-in's email is left
 * out (null), as a joined kiosk never receives emails; it stays with the
 * kiosk that registered them and the hub.
 */
export function eventsAboveJsonSync(core: Core, vector: VersionVector, limit: number): { json: string; count: number; more: boolean } {
  const details = "CASE kind WHEN 'walk_in' THEN json_set(details, '$.email', NULL) ELSE json(details) END";
  const above = statement(core, `SELECT json_array(${WIRE_COLUMNS}, ${details}) FROM log WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?`).pluck();
  const { rows, more } = rowsAboveSync(core, above, vector, limit);
  return { json: `[${rows.join(',')}]`, count: rows.length, more };
}

/** Removes the log and the attendance derived from it. */
export function clearLogSync(core: Core): void {
  clearDoorDaySync(core);
  statement(core, 'DELETE FROM attendance').run();
  statement(core, 'DELETE FROM log').run();
}

/** Everyone with an exit in the log (undone or not): those whose comings and goings the report follows. */
export function exitedRegistrantIdsSync(core: Core): string[] {
  return statement(core, "SELECT DISTINCT registrant_id FROM log WHERE kind = 'exit' AND registrant_id IS NOT NULL").pluck().all() as string[];
}

/** The events of these kinds, everyone's or one registrant's (`registrantId`), in no order. */
export function eventsOfKindsSync(core: Core, kinds: readonly EventKind[], registrantId: string | null): LogEvent[] {
  const rows = statement(
    core,
    `SELECT * FROM log WHERE kind IN (SELECT value FROM json_each(@kinds)) AND (@registrant IS NULL OR registrant_id = @registrant)`,
  ).all({ kinds: JSON.stringify(kinds), registrant: registrantId }) as LogRow[];
  return rows.map(eventFromRow);
}

/** Stores new details for events the log holds (their personal fields blanked); nothing else of them changes. */
export function replaceEventDetailsSync(core: Core, events: readonly LogEvent[]): void {
  const update = statement(core, 'UPDATE log SET details = ? WHERE id = ?');
  for (const e of events) update.run(JSON.stringify(e.details), e.id);
}

/** Everyone a `forget` in the log names. */
export function forgottenRegistrantIdsSync(core: Core): string[] {
  return statement(core, "SELECT DISTINCT registrant_id FROM log WHERE kind = 'forget' AND registrant_id IS NOT NULL").pluck().all() as string[];
}

/** True when the log holds an event of this kind. */
export function holdsEventOfKindSync(core: Core, kind: EventKind): boolean {
  return statement(core, 'SELECT 1 FROM log WHERE kind = ? LIMIT 1').get(kind) !== undefined;
}
