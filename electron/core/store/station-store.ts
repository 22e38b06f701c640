/**
 * The tables `cloak_hand_in` (every hand-in not undone, and its collection)
 * and `lunch_serving` (every lunch not undone), derived from the log as the
 * stations' rules (shared/cloakroom.ts, shared/lunch.ts) have it, and the
 * running totals the counts read (`lunch_guest`, and `dietary_total` that
 * its triggers keep): the only module with SQL for them. It also reads the
 * stations' events from the log (the log store's, which alone writes it),
 * the arrivals, and the registrants' dietary needs.
 */
import { deriveCloakroom } from '../../../shared/cloakroom.js';
import type { StationCounts } from '../../../shared/contract.js';
import type { EventKind, LogEvent } from '../../../shared/event-log.js';
import type { Core } from '../core.js';
import { statement } from './connection.js';
import { eventFromRow, type LogRow } from './log-store.js';

/** The cloakroom's events under one tag, and the undos naming them, in any order. */
export function tagEventsSync(core: Core, tag: number): LogEvent[] {
  const rows = statement(
    core,
    `SELECT * FROM log WHERE kind IN ('cloak_in', 'cloak_out') AND details ->> '$.tag' = @tag
     UNION ALL
     SELECT u.* FROM log u JOIN log t ON t.id = u.details ->> '$.target'
     WHERE t.kind IN ('cloak_in', 'cloak_out') AND t.details ->> '$.tag' = @tag AND u.kind = 'undo'`,
  ).all({ tag }) as LogRow[];
  return rows.map(eventFromRow);
}

/** One registrant's cloakroom events (their hand-ins, and the collections and undos of them), in any order. */
export function registrantCloakEventsSync(core: Core, registrantId: string): LogEvent[] {
  const rows = statement(
    core,
    `SELECT * FROM log WHERE registrant_id = @id AND kind IN ('cloak_in', 'cloak_out')
     UNION ALL
     SELECT u.* FROM log u JOIN log t ON t.id = u.details ->> '$.target'
     WHERE u.registrant_id = @id AND u.kind = 'undo' AND t.kind IN ('cloak_in', 'cloak_out')`,
  ).all({ id: registrantId }) as LogRow[];
  return rows.map(eventFromRow);
}

/** One registrant's lunch events and the undos naming them, in the order of the log. */
export function registrantLunchEventsSync(core: Core, registrantId: string): LogEvent[] {
  const rows = statement(
    core,
    `SELECT * FROM log WHERE registrant_id = ? AND kind = 'lunch'
     UNION ALL
     SELECT u.* FROM log u JOIN log t ON t.id = u.details ->> '$.target'
     WHERE u.kind = 'undo' AND u.registrant_id = ? AND t.kind = 'lunch'
     ORDER BY at, kiosk_id, seq`,
  ).all(registrantId, registrantId) as LogRow[];
  return rows.map(eventFromRow);
}

/** Every registrant's dietary column that is not empty. */
export function dietaryColumnsSync(core: Core): { registrantId: string; dietary: string }[] {
  return statement(core, "SELECT id AS registrantId, dietary FROM registrant WHERE dietary IS NOT NULL AND dietary != ''").all() as { registrantId: string; dietary: string }[];
}

/** Every lunch served by name and not undone, with when and where, in the order of the log. */
export function namedServingsSync(core: Core): { registrantId: string; at: string; kiosk: string }[] {
  return statement(
    core,
    `SELECT s.registrant_id AS registrantId, l.at, l.kiosk_name AS kiosk
     FROM lunch_serving s JOIN log l ON l.id = s.id
     WHERE s.registrant_id IS NOT NULL ORDER BY l.at, l.kiosk_id, l.seq`,
  ).all() as { registrantId: string; at: string; kiosk: string }[];
}

/** A registrant's dietary column; null when empty or not on the list. */
export function dietaryOfSync(core: Core, registrantId: string): string | null {
  const row = statement(core, 'SELECT dietary FROM registrant WHERE id = ?').get(registrantId) as { dietary: string | null } | undefined;
  return row?.dietary ?? null;
}

/** The kinds of event that make or unmake a lunch guest, or change whether they are expected: an arrival, an exit, a lunch, and their undos. */
const LUNCH_GUEST_KINDS: readonly EventKind[] = ['checkin', 'exit', 'lunch', 'undo', 'desk_undo'];

/**
 * Brings the derived tables up to date with events just stored: the hand-ins
 * under every tag the events touch are derived again from that tag's events
 * (a collection may arrive before the hand-in it names, from another kiosk);
 * a lunch is added, and removed by its undo, which always comes after it
 * from the same kiosk; the lunch guests are counted again for every
 * registrant an arrival, an exit, a lunch or an undo (a kiosk's, or the
 * desk's of an arrival) names. Call inside the transaction that stored the events, after
 * the attendance.
 */
export function refreshStationsSync(core: Core, events: readonly LogEvent[]): void {
  refreshCloakAndLunchSync(core, events);
  const guests = new Set<string>();
  for (const e of events) if (LUNCH_GUEST_KINDS.includes(e.kind) && e.registrantId !== null) guests.add(e.registrantId);
  refreshLunchGuestsSync(core, [...guests]);
}

function refreshCloakAndLunchSync(core: Core, events: readonly LogEvent[]): void {
  const tags = new Set<number>();
  const addServing = statement(core, 'INSERT OR IGNORE INTO lunch_serving (id, registrant_id, again) VALUES (?, ?, ?)');
  const removeServing = statement(core, 'DELETE FROM lunch_serving WHERE id = ?');
  const targetTag = statement(core, "SELECT details ->> '$.tag' FROM log WHERE id = ? AND kind IN ('cloak_in', 'cloak_out')").pluck();
  for (const e of events) {
    if (e.kind === 'cloak_in' || e.kind === 'cloak_out') tags.add(e.details.tag);
    else if (e.kind === 'lunch') addServing.run(e.id, e.registrantId, e.details.again ? 1 : 0);
    else if (e.kind === 'undo') {
      removeServing.run(e.details.target);
      const tag = targetTag.get(e.details.target) as number | undefined;
      if (tag !== undefined) tags.add(tag);
    }
  }
  const clear = statement(core, 'DELETE FROM cloak_hand_in WHERE tag = ?');
  const add = statement(core, 'INSERT INTO cloak_hand_in (id, tag, registrant_id, at, kiosk_name, collected_id, collected_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const clearHanging = statement(core, 'DELETE FROM cloak_uncollected WHERE tag = ?');
  const addHanging = statement(
    core,
    `INSERT INTO cloak_uncollected (tag, at, id, kiosk_name, registrant_id, owner_id, name, organisation)
     SELECT @tag, @at, @id, @kiosk, @registrant, r.id, r.name, r.organisation FROM (SELECT 1) LEFT JOIN registrant r ON r.id = @registrant`,
  );
  for (const tag of tags) {
    clear.run(tag);
    clearHanging.run(tag);
    for (const h of deriveCloakroom(tagEventsSync(core, tag)).handIns) {
      add.run(h.eventId, h.tag, h.registrantId, h.at, h.kioskName, h.collected?.eventId ?? null, h.collected?.at ?? null);
      if (!h.collected) addHanging.run({ tag: h.tag, at: h.at, id: h.eventId, kiosk: h.kioskName, registrant: h.registrantId });
    }
  }
}

/**
 * Counts these registrants again as lunch guests: whether they are expected
 * at lunch (the column `arrived`, named before exits came) and have eaten,
 * with their dietary column; one who is neither is no guest. Expected: let
 * in (the attendance, kept first) and inside now, or let in and fed already.
 * The kitchen needs those it still has to feed: a guest who went out without
 * lunch is not, and one out for a smoke is not only while out (their
 * re-entry makes them expected again); a guest who has eaten stays, so
 * "served of expected" and the dietary summary never lose a lunch served.
 * The triggers on lunch_guest carry each change into dietary_total.
 */
function refreshLunchGuestsSync(core: Core, registrantIds: readonly string[]): void {
  if (registrantIds.length === 0) return;
  const ids = JSON.stringify(registrantIds);
  statement(core, 'DELETE FROM lunch_guest WHERE registrant_id IN (SELECT value FROM json_each(?))').run(ids);
  statement(
    core,
    `INSERT INTO lunch_guest (registrant_id, dietary, arrived, eaten)
     SELECT id, dietary, arrived AND (inside OR eaten), eaten FROM (
       SELECT g.value AS id, COALESCE(r.dietary, '') AS dietary,
         EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = g.value) AS arrived,
         EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = g.value AND a.inside = 1) AS inside,
         EXISTS (SELECT 1 FROM lunch_serving s WHERE s.registrant_id = g.value) AS eaten
       FROM json_each(?) g LEFT JOIN registrant r ON r.id = g.value
     ) WHERE (arrived AND inside) OR eaten`,
  ).run(ids);
}

/** A hand-in with its owner's name where there is one, and when it was collected. */
export interface HandInRow {
  readonly tag: number;
  readonly at: string;
  readonly kiosk: string;
  readonly collectedAt: string | null;
  readonly id: string | null;
  readonly name: string | null;
  readonly organisation: string | null;
}

/** A tag still hanging, with its owner where the list has them. */
export type UncollectedTag = StationCounts['cloak']['uncollected'][number];

/**
 * What still hangs, by tag and time: read in the order of its table, its
 * owners' names kept with it and whether they have left from their
 * attendance (one lookup by key a tag), each row made into its answer at
 * once (the counts carry it after every change, hundreds of tags by the
 * afternoon).
 */
export function uncollectedTagsSync(core: Core): UncollectedTag[] {
  const rows = statement(
    core,
    `SELECT u.tag, u.at, u.kiosk_name, u.owner_id, u.name, u.organisation, a.inside = 0
     FROM cloak_uncollected u LEFT JOIN attendance a ON a.registrant_id = u.owner_id ORDER BY u.tag, u.at`,
  )
    .raw()
    .all() as [number, string, string, string | null, string | null, string | null, 0 | 1 | null][];
  return rows.map(([tag, at, kiosk, id, name, organisation, gone]) =>
    id === null
      ? { tag, registrant: null, at, kiosk, ownerLeft: null }
      : { tag, registrant: { id, name: name!, organisation }, at, kiosk, ownerLeft: gone === 1 },
  );
}

/** Every hand-in, by tag and time. */
export function handInRowsSync(core: Core): HandInRow[] {
  return statement(
    core,
    `SELECT h.tag, h.at, h.kiosk_name AS kiosk, h.collected_at AS collectedAt, r.id, r.name, r.organisation
     FROM cloak_hand_in h LEFT JOIN registrant r ON r.id = h.registrant_id ORDER BY h.tag, h.at`,
  ).all() as HandInRow[];
}

/** How many hand-ins there were (counted from the table's b-tree, not its rows). */
export function handInCountSync(core: Core): number {
  return statement(core, 'SELECT COUNT(*) FROM cloak_hand_in').pluck().get() as number;
}

/**
 * The lunch counter's totals: lunches, without a code (from their index),
 * second servings (from theirs); people served, of them those who arrived,
 * and those expected (from the guests' totals: refreshLunchGuestsSync).
 */
export function lunchTotalsSync(core: Core): { served: number; anonymous: number; secondServings: number; people: number; peopleArrived: number; expected: number } {
  return statement(
    core,
    `SELECT (SELECT COUNT(*) FROM lunch_serving) AS served,
       (SELECT COUNT(*) FROM lunch_serving WHERE registrant_id IS NULL) AS anonymous,
       (SELECT COUNT(*) FROM lunch_serving WHERE again = 1) AS secondServings,
       COALESCE(SUM(eaten_arrived + eaten_not_arrived), 0) AS people,
       COALESCE(SUM(eaten_arrived), 0) AS peopleArrived,
       COALESCE(SUM(arrived), 0) AS expected
     FROM dietary_total`,
  ).get() as { served: number; anonymous: number; secondServings: number; people: number; peopleArrived: number; expected: number };
}

/** How many are expected at lunch (refreshLunchGuestsSync), from the guests' totals: a row for each dietary column. */
export function lunchExpectedSync(core: Core): number {
  return statement(core, 'SELECT COALESCE(SUM(arrived), 0) FROM dietary_total').pluck().get() as number;
}

/** Each dietary column among those expected at lunch: how many have it, and how many of them have had lunch. */
export function expectedDietaryTotalsSync(core: Core): { dietary: string; expected: number; served: number }[] {
  return statement(core, "SELECT dietary, arrived AS expected, eaten_arrived AS served FROM dietary_total WHERE dietary != '' AND arrived > 0").all() as {
    dietary: string;
    expected: number;
    served: number;
  }[];
}

/** Removes the derived tables' rows, with the log they come from. */
export function clearStationsSync(core: Core): void {
  statement(core, 'DELETE FROM cloak_hand_in').run();
  statement(core, 'DELETE FROM lunch_serving').run();
  statement(core, 'DELETE FROM cloak_uncollected').run();
  statement(core, 'DELETE FROM lunch_guest').run();
  statement(core, 'DELETE FROM dietary_total').run();
}

/** Forgets whose the hand-ins were, everyone's or one registrant's (`registrantId`); the tags and the counts stay. */
export function clearCloakOwnersSync(core: Core, registrantId: string | null): void {
  statement(core, 'UPDATE cloak_hand_in SET registrant_id = NULL WHERE @registrant IS NULL OR registrant_id = @registrant').run({ registrant: registrantId });
}

/**
 * A key that changes whenever the database may have changed: a write of
 * this connection (total_changes counts those of triggers too) or a commit
 * of another process (data_version). Equal keys: the same data, so counts
 * derived from it may be given again without reading it.
 */
export function changeKeySync(core: Core): string {
  return statement(core, "SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version())").pluck().get() as string;
}
