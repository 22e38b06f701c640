/**
 * The stations' counts: what hangs in the cloakroom, and lunches served
 * against those expected, with the kitchen's summary of dietary needs.
 */
import type { StationCounts } from '../../../shared/contract.js';
import { dietaryNeeds, deriveServings } from '../../../shared/lunch.js';
import type { Core } from '../core.js';
import { arrivalsSync } from '../store/log-store.js';
import { arrivedDietarySync, stationEventsSync } from '../store/station-store.js';
import { cloakroomSync, ownerSync } from './cloakroom.js';

function cloakCountsSync(core: Core): StationCounts['cloak'] {
  const { handIns, hanging, flagged } = cloakroomSync(core);
  const byKiosk = new Map<string, { kiosk: string; handedIn: number; collected: number }>();
  const shareOf = (kiosk: string) => byKiosk.get(kiosk) ?? byKiosk.set(kiosk, { kiosk, handedIn: 0, collected: 0 }).get(kiosk)!;
  for (const h of handIns) {
    shareOf(h.kioskName).handedIn++;
    if (h.collected) shareOf(h.collected.kioskName).collected++;
  }
  const uncollected = [...hanging.values()]
    .flat()
    .sort((a, b) => a.tag - b.tag || (a.at < b.at ? -1 : 1))
    .map((h) => ({ tag: h.tag, registrant: ownerSync(core, h.registrantId), at: h.at, kiosk: h.kioskName }));
  return {
    handedIn: handIns.length,
    collected: handIns.filter((h) => h.collected !== null).length,
    hanging: uncollected.length,
    uncollected,
    flagged: [...flagged],
    byKiosk: [...byKiosk.values()].sort((a, b) => a.kiosk.localeCompare(b.kiosk, 'nb')),
  };
}

function lunchCountsSync(core: Core): StationCounts['lunch'] {
  const servings = deriveServings(stationEventsSync(core, 'lunch'));
  const arrived = new Set(arrivalsSync(core).map((a) => a.registrantId));
  const servedPeople = new Set(servings.flatMap((s) => (s.registrantId === null ? [] : [s.registrantId])));
  const servedArrived = [...servedPeople].filter((id) => arrived.has(id)).length;
  const needs = new Map<string, { need: string; expected: number; served: number }>();
  for (const { id, dietary } of arrivedDietarySync(core)) {
    for (const need of dietaryNeeds(dietary)) {
      const entry = needs.get(need) ?? needs.set(need, { need, expected: 0, served: 0 }).get(need)!;
      entry.expected++;
      if (servedPeople.has(id)) entry.served++;
    }
  }
  return {
    served: servings.length,
    anonymous: servings.filter((s) => s.registrantId === null).length,
    secondServings: servings.filter((s) => s.again).length,
    expected: arrived.size,
    leftToServe: arrived.size - servedArrived,
    notCheckedIn: [...servedPeople].filter((id) => !arrived.has(id)).length,
    dietary: [...needs.values()].sort((a, b) => b.expected - a.expected || a.need.localeCompare(b.need, 'nb')),
  };
}

/** The cloakroom's and the lunch counter's counts, as this kiosk's log has them. */
export function stationCountsSync(core: Core): StationCounts {
  return { cloak: cloakCountsSync(core), lunch: lunchCountsSync(core) };
}
