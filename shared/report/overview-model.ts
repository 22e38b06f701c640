/**
 * The organiser's live overview of the day: whether things are going well,
 * at a glance: the door's head counts (day-core's running figures), the
 * arrival curve, the kiosks, the cloakroom and the lunch counter.
 */
import type { ArrivalQuarter } from './report-model.js';

/** How a kiosk stands with this one. */
export type KioskSyncState = 'this' | 'online' | 'offline' | 'unknown';

/** One kiosk at one station, as the overview shows it. */
export interface OverviewKiosk {
  readonly kioskId: string;
  readonly kiosk: string;
  readonly station: string;
  /** Admissions and refusals (undos not counted). */
  readonly scans: number;
  readonly lastScanAt: string | null;
  /** This kiosk; one synced with lately; one not heard from lately; one whose events came by way of another. */
  readonly sync: KioskSyncState;
  readonly lastSeenAt: string | null;
}

/** The overview's figures. */
export interface LiveOverview {
  /** When the figures were read. */
  readonly at: string;
  readonly capacity: number | null;
  /** Confirmed or on the waitlist. */
  readonly confirmedOrWaitlisted: number;
  readonly confirmed: number;
  readonly arrived: number;
  /** Confirmed and not yet let in. */
  readonly notYetArrived: number;
  /** Let in and not gone out since. */
  readonly inside: number;
  /** Exits of people inside. */
  readonly exits: number;
  readonly arrivals: readonly ArrivalQuarter[];
  /** Let in during the last 15 minutes. */
  readonly lastQuarterArrivals: number;
  /** At that rate, how many more arrive before the event starts; null once it has started (or with no arrivals lately). */
  readonly expectedBeforeStart: number | null;
  /** The event's start, ISO 8601 UTC. */
  readonly startsAt: string;
  readonly kiosks: readonly OverviewKiosk[];
  /** People let in more than once. */
  readonly admittedTwice: number;
  /** Waitlisted people queuing at the door. */
  readonly waitingAtDoor: number;
  /** Let in from the queue at the door. */
  readonly waitlistAdmissions: number;
  /** Registered and let in at the door. */
  readonly walkIns: number;
  /** Admissions with the organiser PIN, past the limit or before the waitlist's release. */
  readonly forcedAdmissions: number;
  /** Hand-ins not collected: what hangs in the cloakroom now. */
  readonly cloakroomHanging: number;
  /** Tags handed out twice by kiosks apart, still hanging. */
  readonly flaggedTags: number;
  /** Lunches served, against those expected as the lunch counter counts them (let in, and inside or fed). */
  readonly lunchServed: { readonly served: number; readonly expected: number };
}
