/**
 * The door's rules on a full day — capacity, exits and re-entries, the
 * waitlist at the door, walk-ins — the same for the core that records a scan
 * and for the door screen that shows it before the core has answered.
 */
import { admissionVerdict, type AdmissionFacts } from './admission.js';
import type { DoorState } from './contract.js';
import type { Verdict } from './domain.js';
import { osloInstant } from './oslo-clock.js';

/** From this share of the capacity inside, every kiosk warns that the room is nearly full. */
export const NEARLY_FULL_SHARE = 0.9;
/** The longest name, organisation and note a kiosk takes. */
export const MAX_WALK_IN_NAME = 200;
export const MAX_WALK_IN_ORGANISATION = 200;
export const MAX_EMAIL = 254;
export const MAX_NOTE = 500;
/** Who lets someone in past the rules, and why: short lines. */
export const MAX_OVERRIDE_BY = 100;
export const MAX_OVERRIDE_REASON = 500;

/** A release time: HH:MM. */
const RELEASE_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An address with something on both sides of one @, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The verdicts at the entrance for someone identified. */
export type EntranceVerdict = Extract<Verdict, 'welcome' | 'welcome_back' | 'already' | 'waitlisted' | 'cancelled' | 'full'>;

/** Where the registrant and the room stand when they are scanned at the entrance. */
export interface EntranceFacts extends AdmissionFacts {
  /** Arrived and not gone out since. */
  readonly inside: boolean;
  readonly door: DoorState;
}

/** True when nobody more may come in without the organiser PIN: as many inside as the capacity, or more. */
export function isFull(door: DoorState): boolean {
  return door.capacity !== null && door.inside >= door.capacity;
}

/** The free places (capacity − inside, never below 0); null without a capacity. */
export function freePlaces(door: DoorState): number | null {
  return door.capacity === null ? null : Math.max(0, door.capacity - door.inside);
}

/** How many are inside beyond the capacity: kiosks apart may each have let in the last place. */
export function overCapacity(door: DoorState): number {
  return door.capacity === null ? 0 : Math.max(0, door.inside - door.capacity);
}

/** True from the waitlist's release on. */
export function isReleased(door: DoorState, now: Date): boolean {
  return door.waitlistReleaseAt !== null && now.getTime() >= Date.parse(door.waitlistReleaseAt);
}

/**
 * The verdict at the entrance: someone inside is "already" (unless this
 * kiosk's own admission a moment ago is repeated); someone who went out comes
 * back in, and someone confirmed comes in, while the room has a free place;
 * the waitlisted wait in the queue; the cancelled are sent to the desk.
 */
export function entranceVerdict(facts: EntranceFacts): EntranceVerdict {
  if (facts.arrived && !facts.inside) return isFull(facts.door) ? 'full' : 'welcome_back';
  const verdict = admissionVerdict(facts);
  return verdict === 'welcome' && !facts.arrived && isFull(facts.door) ? 'full' : verdict;
}

/** The verdict at the exit for someone identified: out if inside. */
export function exitVerdict(inside: boolean): Extract<Verdict, 'goodbye' | 'not_inside'> {
  return inside ? 'goodbye' : 'not_inside';
}

/** True for a release time as the setting takes it: HH:MM, or empty for none. */
export function isReleaseTime(value: string): boolean {
  return value === '' || RELEASE_TIME.test(value);
}

/**
 * When the waitlist is released: the setting's time on the event's date, or
 * the earliest release by hand, whichever comes first; null when neither.
 */
export function waitlistReleaseAt(date: string, setting: string, byHand: string | null): string | null {
  const set = setting === '' || !RELEASE_TIME.test(setting) ? null : new Date(osloInstant(date, setting)).toISOString();
  if (set === null || byHand === null) return set ?? byHand;
  return set < byHand ? set : byHand;
}

/** The code a kiosk gives someone registered at the door: its own id and the walk-in event's number, which no other kiosk can give. */
export function walkInRef(kioskId: string, seq: number): string {
  return `W-${kioskId}-${seq}`;
}

/** True for an email address a walk-in may give. */
export function isEmail(value: string): boolean {
  return value.length <= MAX_EMAIL && EMAIL.test(value);
}
