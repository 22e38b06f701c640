/**
 * The stations' counts: what hangs in the cloakroom, and lunches served
 * against those expected, with the kitchen's summary of dietary needs.
 */
import type { StationCounts } from '../../../shared/contract.js';
import { parseTagRange } from '../../../shared/cloakroom.js';
import { dietaryNeeds } from '../../../shared/lunch.js';
import { osloInstant } from '../../../shared/oslo-clock.js';
import { eventSettingsSync } from '../event-settings.js';
import type { Core } from '../core.js';
import { changeKeySync, expectedDietaryTotalsSync, handInCountSync, lunchTotalsSync, uncollectedTagsSync } from '../store/station-store.js';

function cloakCountsSync(core: Core): StationCounts['cloak'] {
  const uncollected = uncollectedTagsSync(core);
  const seen = new Set<number>();
  const flagged = new Set<number>();
  for (const { tag } of uncollected) (seen.has(tag) ? flagged : seen).add(tag);
  const handedIn = handInCountSync(core);
  const settings = eventSettingsSync(core);
  return {
    handedIn,
    collected: handedIn - uncollected.length,
    hanging: uncollected.length,
    uncollected,
    flagged: [...flagged],
    // The setting is checked when it is set; the default is a valid range.
    range: parseTagRange(settings.cloakTags)!,
    closesAt: new Date(osloInstant(settings.date, settings.ends)).toISOString(),
  };
}

function lunchCountsSync(core: Core): StationCounts['lunch'] {
  const totals = lunchTotalsSync(core);
  const needs = new Map<string, { need: string; expected: number; served: number }>();
  // Few distinct columns ("Glutenfri", "glutenfri, laktosefri" …): each is split once, with its counts.
  for (const { dietary, expected, served } of expectedDietaryTotalsSync(core)) {
    for (const need of dietaryNeeds(dietary)) {
      const entry = needs.get(need) ?? needs.set(need, { need, expected: 0, served: 0 }).get(need)!;
      entry.expected += expected;
      entry.served += served;
    }
  }
  return {
    served: totals.served,
    anonymous: totals.anonymous,
    secondServings: totals.secondServings,
    expected: totals.expected,
    leftToServe: totals.expected - totals.peopleArrived,
    notCheckedIn: totals.people - totals.peopleArrived,
    dietary: [...needs.values()].sort((a, b) => b.expected - a.expected || a.need.localeCompare(b.need, 'nb')),
  };
}

/** The counts as last derived, with the database's change key then. */
const derived = new WeakMap<Core, { readonly key: string; readonly counts: StationCounts }>();

/**
 * The cloakroom's and the lunch counter's counts, as this kiosk's log has
 * them (through the tables derived from it). Derived once per change: every
 * screen and the overview ask after each change, and reading what hangs
 * (hundreds of tags with their owners) is most of the cost.
 */
export function stationCountsSync(core: Core): StationCounts {
  const key = changeKeySync(core);
  const held = derived.get(core);
  if (held?.key === key) return held.counts;
  const counts = { cloak: cloakCountsSync(core), lunch: lunchCountsSync(core) };
  derived.set(core, { key, counts });
  return counts;
}
