/**
 * The stations' reads of the log (owned by the log store, which alone writes
 * it): the events of the cloakroom and the lunch counter with the undos that
 * name them, and the registrants' dietary needs. Their state is derived from
 * these events by shared/cloakroom.ts and shared/lunch.ts, the same rules the
 * station screens use.
 */
import type { LogEvent } from '../../../shared/event-log.js';
import type { Core } from '../core.js';
import { statement } from './connection.js';
import { eventFromRow, type LogRow } from './log-store.js';

/** The kinds of event each station records, as SQL: written out, so that the planner takes the index on kind. */
const STATION_KINDS = { cloakroom: "('cloak_in', 'cloak_out')", lunch: "('lunch')" } as const;

/** The events of a station, and every undo naming one of them, in the order of the log. */
export function stationEventsSync(core: Core, station: keyof typeof STATION_KINDS): LogEvent[] {
  const kinds = STATION_KINDS[station];
  const rows = statement(
    core,
    `SELECT * FROM log WHERE kind IN ${kinds}
     UNION ALL
     SELECT u.* FROM log u JOIN log t ON t.id = u.details ->> '$.target'
     WHERE u.kind = 'undo' AND t.kind IN ${kinds}`,
  ).all() as LogRow[];
  // The rules take events in any order.
  return rows.map(eventFromRow);
}

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

/** The dietary column of everyone arrived who has one filled in. */
export function arrivedDietarySync(core: Core): { readonly id: string; readonly dietary: string }[] {
  return statement(
    core,
    `SELECT r.id, r.dietary FROM attendance a JOIN registrant r ON r.id = a.registrant_id
     WHERE r.dietary IS NOT NULL AND r.dietary != ''`,
  ).all() as { id: string; dietary: string }[];
}
