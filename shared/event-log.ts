/**
 * The event log: everything that happens at a kiosk, append-only, and the
 * attendance state derived from it.
 *
 * Every kiosk writes its own events, numbered by its own sequence, so events
 * from several kiosks merge without coordination. Nothing is ever changed or
 * deleted: an undo is an event that names the event it cancels.
 */
import type { Verdict } from './domain.js';

/** How a registrant was identified at the kiosk. */
export type IdentifiedBy = 'token' | 'ref' | 'search';

/** An admission: the registrant was let in. */
export interface CheckinDetails {
  readonly by: IdentifiedBy;
}

/** A scan that identified a registrant but did not admit them. */
export interface RefusedScanDetails {
  readonly by: IdentifiedBy;
  readonly verdict: Exclude<Verdict, 'welcome' | 'invalid' | 'wrong_event'>;
}

/** Cancels an earlier event of the same kiosk: an admission, a hand-in, a collection or a lunch. */
export interface UndoDetails {
  readonly target: string;
  readonly reason: string;
}

/** How a guest was identified at a station: as at the door, or not at all (no code). */
export type StationIdentifiedBy = IdentifiedBy | 'none';

/** Something handed in at the cloakroom against a numbered tag; the registrant is null for a guest without a code. */
export interface CloakInDetails {
  readonly tag: number;
  readonly by: StationIdentifiedBy;
}

/** A tag handed back at the cloakroom: names the hand-in it closes, so kiosks apart never collect the wrong coat. */
export interface CloakOutDetails {
  readonly tag: number;
  readonly handIn: string;
}

/** A lunch served; the registrant is null for one served without a code. */
export interface LunchDetails {
  readonly by: StationIdentifiedBy;
  /** Served after the volunteer was warned of an earlier lunch: a second serving. */
  readonly again: boolean;
}

/** How a purge was asked for: the command line, the organiser screens, or the retention date passing. */
export const PURGE_ACTIONS = ['command', 'screens', 'retention'] as const;
export type PurgeAction = (typeof PURGE_ACTIONS)[number];

/**
 * The organiser's kiosk deleted the event's personal data: every kiosk that
 * takes in this event deletes its own copy too. Written by the organiser's
 * kiosk only, with no registrant.
 */
export interface PurgeDetails {
  /** How many people's data the organiser's kiosk deleted. */
  readonly people: number;
  readonly action: PurgeAction;
}

/** One person's personal data is to be deleted on every kiosk (a request under GDPR); the registrant is that person. */
export type ForgetDetails = Readonly<Record<string, never>>;

interface EventDetailsByKind {
  readonly checkin: CheckinDetails;
  readonly scan: RefusedScanDetails;
  readonly undo: UndoDetails;
  readonly cloak_in: CloakInDetails;
  readonly cloak_out: CloakOutDetails;
  readonly lunch: LunchDetails;
  readonly purge: PurgeDetails;
  readonly forget: ForgetDetails;
}
export type EventKind = keyof EventDetailsByKind;

/** Blanks the personal fields of one kind's details, keeping what the counts need. */
type DetailScrub<K extends EventKind> = (details: EventDetailsByKind[K]) => EventDetailsByKind[K];

/**
 * Every event kind whose details can hold personal data (free text a
 * volunteer typed, a name, an email), with how to blank it. A purge, and
 * forgetting one person, scrub exactly these kinds' details and keep the
 * events themselves, which the counts and the anonymous report derive from.
 * A new kind that carries personal data in its details must be added here.
 */
export const PERSONAL_DETAIL_KINDS: { readonly [K in EventKind]?: DetailScrub<K> } = {
  // The reason is free text, and may name the person.
  undo: (details) => ({ ...details, reason: '' }),
};

/** The event with its details' personal fields blanked; the same event when its kind has none. */
export function scrubbedEvent(event: LogEvent): LogEvent {
  const scrub = PERSONAL_DETAIL_KINDS[event.kind] as DetailScrub<EventKind> | undefined;
  return scrub ? ({ ...event, details: scrub(event.details) } as LogEvent) : event;
}

/** One entry of the log, of a given kind. */
export interface LogEventOf<K extends EventKind> {
  /** `${kioskId}-${seq}`: unique across kiosks without coordination. */
  readonly id: string;
  readonly kioskId: string;
  readonly seq: number;
  /** ISO 8601 time at the kiosk. */
  readonly at: string;
  readonly kioskName: string;
  readonly station: string;
  readonly kind: K;
  readonly registrantId: string | null;
  readonly details: EventDetailsByKind[K];
}
export type LogEvent = { [K in EventKind]: LogEventOf<K> }[EventKind];

/** The id of a kiosk's event with the given sequence number. */
export function eventId(kioskId: string, seq: number): string {
  return `${kioskId}-${seq}`;
}

/**
 * True when an undo of the given kiosk and number names an earlier event of
 * the same kiosk: the only undo a kiosk writes (it takes back its own latest
 * check-in), so any other that arrives is damaged.
 */
export function undoesOwnEarlierEvent(kioskId: string, seq: number, target: string): boolean {
  const prefix = `${kioskId}-`;
  if (!target.startsWith(prefix)) return false;
  const number = target.slice(prefix.length);
  return /^[1-9]\d{0,15}$/.test(number) && Number(number) < seq;
}

/** Total order of events: by time, then kiosk and sequence, the same on every kiosk. */
export function compareEvents(a: LogEvent, b: LogEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.kioskId !== b.kioskId) return a.kioskId < b.kioskId ? -1 : 1;
  return a.seq - b.seq;
}

/** Where and when a registrant was admitted. */
export interface Admission {
  readonly eventId: string;
  readonly at: string;
  readonly kioskId: string;
  readonly kioskName: string;
}

/** A registrant's attendance, derived from their events. */
export interface Attendance {
  /** The earliest admission that was not undone; null when not arrived. */
  readonly arrival: Admission | null;
  /** Later admissions of someone already admitted: let in twice. */
  readonly duplicates: readonly Admission[];
}

/**
 * Derives one registrant's attendance from their events, in any order. The
 * log store (electron/core/store/log-store.ts) keeps the same rule in SQL for
 * the attendance table; test/integration/attendance.test.ts holds the two together.
 */
export function deriveAttendance(events: readonly LogEvent[]): Attendance {
  const undone = new Set<string>();
  for (const e of events) if (e.kind === 'undo') undone.add(e.details.target);
  const admissions = events
    .filter((e) => e.kind === 'checkin' && !undone.has(e.id))
    .sort(compareEvents)
    .map((e) => ({ eventId: e.id, at: e.at, kioskId: e.kioskId, kioskName: e.kioskName }));
  return { arrival: admissions[0] ?? null, duplicates: admissions.slice(1) };
}
