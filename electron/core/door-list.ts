/**
 * The door screen's copy of the list and what changed since: the screen
 * decides a verdict from it within the keystroke, and the core records the
 * scan and has the last word.
 */
import type { DoorChanges, DoorList } from '../../shared/contract.js';
import type { Core } from './core.js';
import { doorIndexSync } from './registrants.js';
import { listRevisionSync } from './store/registrants-store.js';

interface ArrivalRow {
  registrantId: string;
  at: string;
  kioskId: string;
  kioskName: string;
}

/**
 * The log only grows (an undo is an event too) and its rowids follow the
 * order of the writes, so the highest rowid tells where a reader stands.
 */
function cursorSync(core: Core): number {
  return (core.statement('SELECT COALESCE(MAX(rowid), 0) AS cursor FROM log').get() as { cursor: number }).cursor;
}

/** The raw 32 bytes of the event's Ed25519 public key, base64, as WebCrypto imports it. */
function rawPublicKey(core: Core): string {
  const { x } = core.requireEventSync().publicKey.export({ format: 'jwk' });
  return Buffer.from(x ?? '', 'base64url').toString('base64');
}

/** The event, its registrants sorted for the search, who has arrived, and the cursor for doorChangesSync. */
export function doorListSync(core: Core): DoorList {
  const event = core.requireEventSync();
  // One read: the arrivals and the cursor must agree, or a change could be missed.
  return core.db.transaction((): DoorList => {
    const { revision, index } = doorIndexSync(core);
    const arrivals = core
      .statement('SELECT registrant_id AS registrantId, arrived_at AS at, kiosk_id AS kioskId, kiosk_name AS kioskName FROM attendance')
      .all() as ArrivalRow[];
    const { kioskName } = core.settingsSync();
    return {
      eventId: event.id,
      publicKey: rawPublicKey(core),
      kioskId: core.kioskId,
      kioskName,
      listRevision: revision,
      cursor: cursorSync(core),
      // The index's rows hold exactly the door list's fields.
      registrants: [...index.byName],
      arrivals,
    };
  })();
}

/**
 * The arrivals of everyone whose admissions or undos came into the log after
 * the cursor, here or synced from other kiosks (null: no longer arrived), and
 * the list's revision, so the screen knows when to read the list again.
 */
export function doorChangesSync(core: Core, cursor: number): DoorChanges {
  core.requireEventSync();
  return core.db.transaction((): DoorChanges => {
    const arrivals = (
      core
        .statement(
          `SELECT DISTINCT l.registrant_id AS registrantId, a.arrived_at AS at, a.kiosk_id AS kioskId, a.kiosk_name AS kioskName
           FROM log l LEFT JOIN attendance a ON a.registrant_id = l.registrant_id
           WHERE l.rowid > ? AND l.kind != 'scan' AND l.registrant_id IS NOT NULL`,
        )
        .all(cursor) as (Omit<ArrivalRow, 'at'> & { at: string | null })[]
    ).map(({ registrantId, at, kioskId, kioskName }) => ({ registrantId, arrival: at === null ? null : { at, kioskId, kioskName } }));
    return { listRevision: listRevisionSync(core), cursor: cursorSync(core), arrivals };
  })();
}
