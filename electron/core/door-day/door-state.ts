/**
 * The door's state on a full day, as every kiosk derives it from its log and
 * the event: how many are inside against the capacity, when the waitlist is
 * released, the queue at the door, and the head counts.
 */
import type { Counts, DoorState, WaitingAtDoor, WaitlistQueue } from '../../../shared/contract.js';
import { freePlaces, isReleased, overCapacity, waitlistReleaseAt } from '../../../shared/door-day.js';
import type { Core } from '../core.js';
import { UserError } from '../../../shared/i18n.js';
import { EVENT_SETTING_DEFAULTS } from '../event-settings.js';
import { doorFactsSync, doorQueueSync, doorTallySync, waitingCountSync } from '../store/door-day-store.js';

/** How many are inside, the capacity, and when the waitlist is released. */
export function doorStateSync(core: Core): DoorState {
  const facts = doorFactsSync(core);
  if (!facts) throw new UserError('noEvent');
  return {
    inside: facts.inside,
    capacity: facts.capacity,
    waitlistReleaseAt: waitlistReleaseAt(facts.date, facts.releaseSetting ?? EVENT_SETTING_DEFAULTS.waitlistRelease, facts.releasedByHand),
  };
}

/** The queue at the door as the door's copy of the list holds it: who waits, since when, next first. */
export function waitingAtDoorSync(core: Core): WaitingAtDoor[] {
  return doorQueueSync(core).map((row) => ({ registrantId: row.id, since: row.since }));
}

/** The queue at the door, whether the waitlist is released now, and the free places. */
export function waitlistQueueSync(core: Core, now: Date = new Date()): WaitlistQueue {
  const door = doorStateSync(core);
  return {
    released: isReleased(door, now),
    freePlaces: freePlaces(door),
    door,
    queue: doorQueueSync(core).map((row, index) => ({ position: index + 1, registrant: { id: row.id, name: row.name, organisation: row.organisation }, since: row.since })),
  };
}

/** The door's head counts, read from the running figures: one row however long the day. */
export function doorCountsSync(core: Core): Counts {
  const tally = doorTallySync(core);
  const capacity = core.requireEventSync().capacity;
  return {
    total: tally.total,
    expected: tally.confirmed,
    arrived: tally.arrived,
    waitlisted: tally.waitlisted,
    cancelled: tally.cancelled,
    registered: tally.total - tally.cancelled,
    confirmed: tally.confirmed,
    inside: tally.inside,
    capacity,
    exits: tally.exits,
    reentries: tally.reentries,
    walkIns: tally.walkIns,
    waitlistAdmitted: tally.waitlistAdmitted,
    waitingAtDoor: waitingCountSync(core),
    forced: tally.forced,
    overCapacity: overCapacity({ inside: tally.inside, capacity, waitlistReleaseAt: null }),
  };
}
