/**
 * The station a kiosk works: kept with the kiosk (not the event, so each
 * laptop has its own), changed only behind the organiser PIN on the screens.
 */
import { UserError } from '../../../shared/i18n.js';
import { DEFAULT_STATION, isStation, STATIONS, type Station } from '../../../shared/stations.js';
import type { Core } from '../core.js';
import { metaValueSync, setMetaValueSync } from '../store/meta-store.js';

const STATION_KEY = 'station';

/** A station's name checked; a UserError naming the stations when it is none of them. */
export function stationNamed(name: string): Station {
  if (!isStation(name)) throw new UserError('unknownStation', { station: name.slice(0, 40), stations: STATIONS.join(', ') });
  return name;
}

/** The station this kiosk works. */
export function kioskStationSync(core: Core): Station {
  const stored = metaValueSync(core, STATION_KEY);
  return isStation(stored) ? stored : DEFAULT_STATION;
}

/** Moves this kiosk to another station. */
export function setKioskStationSync(core: Core, name: string): Station {
  core.requireEventSync();
  setMetaValueSync(core, STATION_KEY, stationNamed(name));
  return kioskStationSync(core);
}

/**
 * The station an action of `needed` records: the one given (the command
 * line's --station), else the kiosk's; refused when that is another station.
 */
export function stationForSync(core: Core, needed: Station, given?: string): Station {
  const station = given === undefined ? kioskStationSync(core) : stationNamed(given);
  if (station !== needed) throw new UserError('wrongStation', { station, needed });
  return station;
}
