/**
 * Undoing at any station: the kiosk's latest event of some kinds still in
 * force (of one person, when the screen names them) is named by an undo
 * event with its reason, so it syncs and is derived away on every kiosk.
 */
import type { EventKind, LogEventOf } from '../../shared/event-log.js';
import type { Core } from './core.js';
import { appendEventSync, latestEventInForceSync } from './store/log-store.js';

/** Where the undo is recorded: the station (already checked by the caller) and the kiosk's name. */
export interface UndoPlace {
  readonly station: string;
  readonly kioskName: string;
}

/**
 * Undoes this kiosk's latest event of these kinds that is still in force,
 * of `registrantId` alone when given; returns the event undone, or null
 * when there is none.
 */
export function undoLatestStationEventSync<K extends EventKind>(
  core: Core,
  kinds: readonly K[],
  reason: string,
  place: UndoPlace,
  registrantId?: string,
): LogEventOf<K> | null {
  core.requireEventSync();
  return core.transaction(() => {
    const target = latestEventInForceSync(core, { kioskId: core.kioskId, kioskName: place.kioskName, kinds, registrantId });
    if (!target) return null;
    appendEventSync(core, {
      at: new Date().toISOString(),
      kioskName: place.kioskName,
      station: place.station,
      kind: 'undo',
      registrantId: target.registrantId,
      details: { target: target.id, reason: reason.trim() },
    });
    return target as LogEventOf<K>;
  });
}
