/**
 * When each person who went out came in and went out again, as
 * deriveAttendance takes them in and out: with everyone else's arrival, the
 * report finds the most inside at once.
 */
import { compareEvents, deriveAttendance } from '../../../shared/event-log.js';
import type { InsideChange } from '../../../shared/report/build-report.js';
import type { Core } from '../core.js';
import { exitedRegistrantIdsSync, registrantEventsSync } from '../store/log-store.js';

/** The moments the people who went out came in (+1) or went out (−1). */
export function comingsAndGoingsSync(core: Core): InsideChange[] {
  const changes: InsideChange[] = [];
  for (const registrantId of exitedRegistrantIdsSync(core)) {
    const events = registrantEventsSync(core, registrantId);
    const undone = new Set(events.flatMap((e) => (e.kind === 'undo' ? [e.details.target] : [])));
    const kept = events.filter((e) => e.kind !== 'undo' && !undone.has(e.id)).sort(compareEvents);
    // Inside or not after each event, by the rule itself: a person's events are few.
    let inside = false;
    kept.forEach((event, i) => {
      const now = deriveAttendance(kept.slice(0, i + 1)).inside;
      if (now !== inside) changes.push({ registrantId, at: event.at, change: now ? 1 : -1 });
      inside = now;
    });
  }
  return changes;
}
