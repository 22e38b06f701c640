/**
 * The tables `cloak_hand_in` (every hand-in not undone, and its collection)
 * and `lunch_serving` (every lunch not undone), derived from the log as the
 * stations' rules (shared/cloakroom.ts, shared/lunch.ts) have it: the only
 * module with SQL for them. It also reads the stations' events from the log
 * (the log store's, which alone writes it) and the registrants' dietary needs.
 */
import { deriveCloakroom } from '../../../shared/cloakroom.js';
import type { LogEvent } from '../../../shared/event-log.js';
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

/** The latest event of these kinds that this kiosk wrote under a name and that no undo names; undefined when there is none. */
export function latestOwnStationEventSync(core: Core, kinds: readonly string[], kioskName: string): LogEvent | undefined {
  const row = statement(
    core,
    `SELECT * FROM log l
     WHERE l.kiosk_id = @kiosk AND l.kiosk_name = @name AND l.kind IN (SELECT value FROM json_each(@kinds))
       AND NOT EXISTS (SELECT 1 FROM log u WHERE u.kind = 'undo' AND u.details ->> '$.target' = l.id)
     ORDER BY l.seq DESC LIMIT 1`,
  ).get({ kiosk: core.kioskId, name: kioskName, kinds: JSON.stringify(kinds) }) as LogRow | undefined;
  return row && eventFromRow(row);
}

/** A registrant's dietary column; null when empty or not on the list. */
export function dietaryOfSync(core: Core, registrantId: string): string | null {
  const row = statement(core, 'SELECT dietary FROM registrant WHERE id = ?').get(registrantId) as { dietary: string | null } | undefined;
  return row?.dietary ?? null;
}

/**
 * Brings the derived tables up to date with events just stored: the hand-ins
 * under every tag the events touch are derived again from that tag's events
 * (a collection may arrive before the hand-in it names, from another kiosk);
 * a lunch is added, and removed by its undo, which always comes after it
 * from the same kiosk. Call inside the transaction that stored the events.
 */
export function refreshStationsSync(core: Core, events: readonly LogEvent[]): void {
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
  for (const tag of tags) {
    clear.run(tag);
    for (const h of deriveCloakroom(tagEventsSync(core, tag)).handIns) add.run(h.eventId, h.tag, h.registrantId, h.at, h.kioskName, h.collected?.eventId ?? null, h.collected?.at ?? null);
  }
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

const HAND_IN_ROWS = `SELECT h.tag, h.at, h.kiosk_name AS kiosk, h.collected_at AS collectedAt, r.id, r.name, r.organisation
  FROM cloak_hand_in h LEFT JOIN registrant r ON r.id = h.registrant_id`;

/** What still hangs, by tag and time. */
export function hangingRowsSync(core: Core): HandInRow[] {
  return statement(core, `${HAND_IN_ROWS} WHERE h.collected_id IS NULL ORDER BY h.tag, h.at`).all() as HandInRow[];
}

/** Every hand-in, by tag and time. */
export function handInRowsSync(core: Core): HandInRow[] {
  return statement(core, `${HAND_IN_ROWS} ORDER BY h.tag, h.at`).all() as HandInRow[];
}

/** How many hand-ins there were, and how many of them were collected. */
export function cloakTotalsSync(core: Core): { handedIn: number; collected: number } {
  return statement(core, 'SELECT COUNT(*) AS handedIn, COUNT(collected_id) AS collected FROM cloak_hand_in').get() as { handedIn: number; collected: number };
}

/** The lunch counter's totals: lunches, without a code, second servings; people served, and of them those arrived. */
export function lunchTotalsSync(core: Core): { served: number; anonymous: number; secondServings: number; people: number; peopleArrived: number; arrived: number } {
  return statement(
    core,
    `SELECT COUNT(*) AS served, COUNT(*) - COUNT(registrant_id) AS anonymous, COALESCE(SUM(again), 0) AS secondServings,
       (SELECT COUNT(DISTINCT registrant_id) FROM lunch_serving WHERE registrant_id IS NOT NULL) AS people,
       (SELECT COUNT(*) FROM attendance a WHERE EXISTS (SELECT 1 FROM lunch_serving s WHERE s.registrant_id = a.registrant_id)) AS peopleArrived,
       (SELECT COUNT(*) FROM attendance) AS arrived
     FROM lunch_serving`,
  ).get() as { served: number; anonymous: number; secondServings: number; people: number; peopleArrived: number; arrived: number };
}

/** Each dietary column among those arrived: how many have it, and how many of them have had lunch. */
export function arrivedDietaryTotalsSync(core: Core): { dietary: string; arrived: number; served: number }[] {
  return statement(
    core,
    `SELECT r.dietary, COUNT(*) AS arrived,
       SUM(EXISTS (SELECT 1 FROM lunch_serving s WHERE s.registrant_id = r.id)) AS served
     FROM attendance a JOIN registrant r ON r.id = a.registrant_id
     WHERE r.dietary IS NOT NULL AND r.dietary != ''
     GROUP BY r.dietary`,
  ).all() as { dietary: string; arrived: number; served: number }[];
}

/** Removes the derived tables' rows, with the log they come from. */
export function clearStationsSync(core: Core): void {
  statement(core, 'DELETE FROM cloak_hand_in').run();
  statement(core, 'DELETE FROM lunch_serving').run();
}

/** Forgets whose the hand-ins were, everyone's or one registrant's (`registrantId`); the tags and the counts stay. */
export function clearCloakOwnersSync(core: Core, registrantId: string | null): void {
  statement(core, 'UPDATE cloak_hand_in SET registrant_id = NULL WHERE @registrant IS NULL OR registrant_id = @registrant').run({ registrant: registrantId });
}
