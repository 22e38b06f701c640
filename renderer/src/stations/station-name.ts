/**
 * Each station's name on screen.
 */
import type { UiTextKey } from '../../../shared/i18n.js';
import type { Station } from '../../../shared/stations.js';

/** The text naming each station. */
export const STATION_NAME = { inngang: 'stationInngang', garderobe: 'stationGarderobe', lunsj: 'stationLunsj', utgang: 'stationUtgang' } as const satisfies Record<Station, UiTextKey>;
