/**
 * Exchanging log events and registrant changes between kiosks: what one side
 * has, what it lacks, and applying what arrives — atomically and idempotently.
 */
import type { Statement } from 'better-sqlite3';
import type { LogEvent } from '../../../shared/event-log.js';
import { UserError } from '../../../shared/i18n.js';
import type { VersionVector, WireEvent, WireRegistrant } from '../../../shared/sync-protocol.js';
import { storeNewEventsSync } from '../attendance.js';
import type { Core } from '../core.js';
import { adoptListRevisionSync, putRegistrantsSync } from '../store/registrants-store.js';

/** Each kiosk's highest sequence number held, in kiosk order. */
function kioskTopsSync(core: Core): { kiosk_id: string; seq: number }[] {
  // Hops along the (kiosk_id, seq) index from one kiosk to the next: a few
  // lookups per kiosk, where GROUP BY would read the whole log every round.
  return core
    .statement(
      `WITH RECURSIVE kiosk (id) AS (
         SELECT MIN(kiosk_id) FROM log
         UNION ALL
         SELECT (SELECT MIN(kiosk_id) FROM log WHERE kiosk_id > kiosk.id) FROM kiosk WHERE kiosk.id IS NOT NULL
       )
       SELECT id AS kiosk_id, (SELECT MAX(seq) FROM log WHERE kiosk_id = kiosk.id) AS seq FROM kiosk WHERE id IS NOT NULL`,
    )
    .all() as { kiosk_id: string; seq: number }[];
}

/** The highest sequence number held of each kiosk's events. */
export function versionVectorSync(core: Core): Record<string, number> {
  return Object.fromEntries(kioskTopsSync(core).map((r) => [r.kiosk_id, r.seq]));
}

/** How many events this kiosk holds, its own and others'. */
export function eventCountSync(core: Core): number {
  return (core.statement('SELECT COUNT(*) AS n FROM log').get() as { n: number }).n;
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
  const above = core.statement(`SELECT ${WIRE_COLUMNS}, details FROM log WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?`).raw(true);
  const { rows, more } = rowsAboveSync(core, above, vector, limit);
  const events = (rows as unknown[][]).map((row) => {
    row[7] = JSON.parse(row[7] as string);
    return row as unknown as WireEvent;
  });
  return { events, more };
}

/** The events above a vector as eventsAboveSync has them, written as a JSON array by SQLite. */
export function eventsAboveJsonSync(core: Core, vector: VersionVector, limit: number): { json: string; count: number; more: boolean } {
  const above = core
    .statement(`SELECT json_array(${WIRE_COLUMNS}, json(details)) FROM log WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?`)
    .pluck();
  const { rows, more } = rowsAboveSync(core, above, vector, limit);
  return { json: `[${rows.join(',')}]`, count: rows.length, more };
}

/**
 * Applies events from another kiosk in one transaction, skipping those held
 * already. Each kiosk's events must continue where this side stops, so the
 * log never has a gap; a batch that would leave one is refused whole.
 */
export function applyEventsSync(core: Core, events: readonly LogEvent[]): number {
  return core.db.transaction((): number => {
    const vector = versionVectorSync(core);
    const sorted = [...events].sort((a, b) => (a.kioskId === b.kioskId ? a.seq - b.seq : a.kioskId < b.kioskId ? -1 : 1));
    const fresh: LogEvent[] = [];
    for (const event of sorted) {
      const held = vector[event.kioskId] ?? 0;
      if (event.seq <= held) continue;
      if (event.seq !== held + 1) throw new UserError('syncGap', { kiosk: event.kioskId, expected: held + 1, got: event.seq });
      vector[event.kioskId] = event.seq;
      fresh.push(event);
    }
    return storeNewEventsSync(core, fresh);
  })();
}

/** Takes in the hub's registrant changes and its list revision, in one transaction. */
export function applyRegistrantsSync(core: Core, registrants: readonly WireRegistrant[], revision: number): void {
  core.transaction(() => {
    putRegistrantsSync(core, registrants, new Date().toISOString());
    adoptListRevisionSync(core, revision);
  });
}
