/**
 * The lunch counter: a lunch served by code or without one, a second one
 * after a warning, and undoing a lunch; each an event in the log.
 */
import type { StationIdentifiedBy } from '../../../shared/event-log.js';
import type { LunchList, LunchResult, Owner } from '../../../shared/contract.js';
import { deriveServings, dietaryNeeds } from '../../../shared/lunch.js';
import { kioskNameOf, type ScanPlace } from '../checkin.js';
import type { Core } from '../core.js';
import { appendEventSync } from '../store/log-store.js';
import { registrantWithArrivalSync } from '../store/registrants-store.js';
import { dietaryColumnsSync, dietaryOfSync, namedServingsSync, registrantLunchEventsSync } from '../store/station-store.js';
import { undoLatestStationEventSync } from '../undo.js';
import { ownerSync } from './cloakroom.js';
import { stationForSync } from './kiosk-station.js';
import { identifyGuestSync, type StationGuest } from './station-guest.js';

/** How the lunch is to be served. */
export interface LunchRequest {
  /** The guest's code, or the guest picked by name; null for a lunch without a code (counted, nobody named). */
  readonly code: StationGuest;
  /** Serve even when the guest has had lunch already. */
  readonly again?: boolean;
}

/**
 * Serves a lunch. A guest who has had one gets `second_lunch` and nothing is
 * recorded, unless `again` is asked for: then it is a second serving.
 */
export function serveLunchSync(core: Core, request: LunchRequest, place: ScanPlace = {}): LunchResult {
  const event = core.requireEventSync();
  const station = stationForSync(core, 'lunsj', place.station);
  const kiosk = kioskNameOf(core, place);
  const at = new Date().toISOString();
  const base = { at, kiosk, dietary: [], checkedIn: null, again: false, earlier: [] };
  let registrantId: string | null = null;
  let by: StationIdentifiedBy = 'none';
  if (request.code !== null) {
    const identified = identifyGuestSync(core, event, request.code);
    if (identified.row === null) return { verdict: identified.refused, registrant: null, ...base };
    registrantId = identified.row.id;
    by = identified.by;
  }
  return core.transaction((): LunchResult => {
    if (registrantId === null) {
      appendEventSync(core, { at, kioskName: kiosk, station, kind: 'lunch', registrantId: null, details: { by, again: false } });
      return { verdict: 'ok', registrant: null, ...base };
    }
    // Read inside the transaction: another process may have served them since.
    const row = registrantWithArrivalSync(core, registrantId)!;
    const earlier = deriveServings(registrantLunchEventsSync(core, registrantId)).map((s) => ({ at: s.at, kiosk: s.kioskName }));
    const guest = {
      registrant: { id: row.id, name: row.name, organisation: row.organisation },
      at,
      kiosk,
      dietary: dietaryNeeds(dietaryOfSync(core, row.id)),
      checkedIn: row.arrived_at !== null,
      earlier,
    };
    if (earlier.length > 0 && request.again !== true) return { verdict: 'second_lunch', ...guest, again: false };
    const again = earlier.length > 0;
    appendEventSync(core, { at, kioskName: kiosk, station, kind: 'lunch', registrantId, details: { by, again } });
    return { verdict: 'ok', ...guest, again };
  });
}

/** The lunch counter's copy for its screen: each guest's dietary needs, and the lunches served by name. */
export function lunchListSync(core: Core): LunchList {
  core.requireEventSync();
  return {
    dietary: dietaryColumnsSync(core)
      .map(({ registrantId, dietary }) => ({ registrantId, needs: dietaryNeeds(dietary) }))
      .filter(({ needs }) => needs.length > 0),
    servings: namedServingsSync(core),
  };
}

/** What an undo at the lunch counter took back. */
export interface UndoneLunch {
  /** Null: a lunch served without a code. */
  readonly registrant: Owner | null;
  /** When the undone lunch was served. */
  readonly at: string;
}

/** Undoes this kiosk's latest lunch still in force; null when there is none. */
export function undoLastLunchSync(core: Core, reason: string, place: ScanPlace = {}): UndoneLunch | null {
  const station = stationForSync(core, 'lunsj', place.station);
  const target = undoLatestStationEventSync(core, ['lunch'], reason, { station, kioskName: kioskNameOf(core, place) });
  return target && { registrant: ownerSync(core, target.registrantId), at: target.at };
}
