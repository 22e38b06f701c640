/**
 * The organiser's live overview of the day: whether things are going well,
 * at a glance. Figures the kiosks do not record yet (the queue at the door,
 * admissions from the waitlist, walk-ins) are null, shown as "not recorded
 * yet", never as zero.
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
  /** Everyone let in counts as inside until exits are recorded. */
  readonly inside: number;
  readonly insideFrom: 'arrivals';
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
  /** Not recorded yet: null. */
  readonly waitingAtDoor: null;
  /** Not recorded yet: null. */
  readonly waitlistAdmissions: null;
  /** Not recorded yet: null. */
  readonly walkIns: null;
  /** Hand-ins not collected: what hangs in the cloakroom now. */
  readonly cloakroomHanging: number;
  /** Tags handed out twice by kiosks apart, still hanging. */
  readonly flaggedTags: number;
  /** Lunches served, against those expected: everyone let in. */
  readonly lunchServed: { readonly served: number; readonly expected: number };
}
