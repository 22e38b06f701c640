/**
 * The door screen's copy of the list and what changed since: the screen
 * decides a verdict from it within the keystroke, and the core records the
 * scan and has the last word.
 */
import type { DoorChanges, DoorList } from '../../shared/contract.js';
import type { Core } from './core.js';
import { doorIndexSync, doorListVersionSync } from './registrants.js';
import { arrivalChangesSync, arrivalsSync, logCursorSync } from './store/log-store.js';
import { doorEntriesSync } from './store/registrants-store.js';
import { registrantsChangedAfterSync } from './store/door-day-store.js';
import { doorStateSync, waitingAtDoorSync } from './door-day/door-state.js';

/** The raw 32 bytes of the event's Ed25519 public key, base64, as WebCrypto imports it. */
function rawPublicKey(core: Core): string {
  const { x } = core.requireEventSync().publicKey.export({ format: 'jwk' });
  return Buffer.from(x ?? '', 'base64url').toString('base64');
}

/** The event, its registrants sorted for the search, who has arrived, and the cursor for doorChangesSync. */
export function doorListSync(core: Core): DoorList {
  const event = core.requireEventSync();
  // One read: the arrivals and the cursor must agree, or a change could be missed.
  return core.transaction((): DoorList => {
    const { revision, index } = doorIndexSync(core);
    const arrivals = arrivalsSync(core);
    const { kioskName } = core.settingsSync();
    return {
      eventId: event.id,
      publicKey: rawPublicKey(core),
      kioskId: core.kioskId,
      kioskName,
      listRevision: revision,
      cursor: logCursorSync(core),
      // The index's rows hold exactly the door list's fields.
      registrants: [...index.byName],
      arrivals,
      door: doorStateSync(core),
      waiting: waitingAtDoorSync(core),
    };
  });
}

/**
 * The arrivals of everyone whose admissions, exits or undos came into the
 * log after the cursor, here or synced from other kiosks (null: no longer
 * arrived), the registrants walk-ins and notes added or changed since, the
 * door and its queue now, and the list's version (doorListVersionSync), so
 * the screen knows when to read the list again.
 */
export function doorChangesSync(core: Core, cursor: number): DoorChanges {
  core.requireEventSync();
  return core.transaction((): DoorChanges => {
    const arrivals = arrivalChangesSync(core, cursor);
    const changed = registrantsChangedAfterSync(core, cursor);
    return {
      listRevision: doorListVersionSync(core),
      cursor: logCursorSync(core),
      arrivals,
      registrants: changed.length === 0 ? [] : doorEntriesSync(core, changed),
      door: doorStateSync(core),
      waiting: waitingAtDoorSync(core),
    };
  });
}
