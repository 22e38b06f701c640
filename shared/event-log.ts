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

/** An admission: the registrant was let in at the door, or checked in by hand at the information desk, with why. */
export type CheckinDetails = { readonly by: IdentifiedBy } | { readonly by: 'desk'; readonly reason: string };

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

/**
 * An organiser's undo of an admission at the information desk, with why:
 * unlike a kiosk's own undo, it may name another kiosk's admission.
 */
export interface DeskUndoDetails {
  readonly target: string;
  readonly reason: string;
}

/**
 * A misspelt name or organisation corrected at the information desk: the
 * fields given replace the list's, here and on every kiosk, and a re-import
 * never undoes them. Holds personal data (a name).
 */
export interface CorrectionDetails {
  readonly name?: string;
  readonly organisation?: string;
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

interface EventDetailsByKind {
  readonly checkin: CheckinDetails;
  readonly scan: RefusedScanDetails;
  readonly undo: UndoDetails;
  readonly cloak_in: CloakInDetails;
  readonly cloak_out: CloakOutDetails;
  readonly lunch: LunchDetails;
  readonly desk_undo: DeskUndoDetails;
  readonly correction: CorrectionDetails;
}
export type EventKind = keyof EventDetailsByKind;

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

/** A kiosk's event id as kiosks write it: the kiosk's id, a dash, its number. */
const EVENT_ID = /^([0-9A-Z]{8})-([1-9]\d{0,15})$/;

/**
 * True when an organiser's undo at the desk, of the given kiosk and number,
 * names an event it can have seen: any other kiosk's, or an earlier one of
 * its own. Whether that event is an admission of the same registrant is
 * settled where the undo is applied, from the log alone, so every kiosk
 * derives the same whatever order the events come in.
 */
export function deskUndoNamesSeenEvent(kioskId: string, seq: number, target: string): boolean {
  const match = EVENT_ID.exec(target);
  return match !== null && (match[1] !== kioskId || Number(match[2]) < seq);
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
  for (const e of events) if (e.kind === 'undo' || e.kind === 'desk_undo') undone.add(e.details.target);
  const admissions = events
    .filter((e) => e.kind === 'checkin' && !undone.has(e.id))
    .sort(compareEvents)
    .map((e) => ({ eventId: e.id, at: e.at, kioskId: e.kioskId, kioskName: e.kioskName }));
  return { arrival: admissions[0] ?? null, duplicates: admissions.slice(1) };
}
