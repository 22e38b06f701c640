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

/** An admission past what the door allows (full, the waitlist before its release), with the organiser PIN: who let them in, and why. */
export interface ForcedAdmission {
  readonly by: string;
  readonly reason: string;
}

/**
 * An admission: the registrant was let in at the door (again, after an exit:
 * a re-entry), or checked in by hand at the information desk, with why.
 * `waitlist`: let in from the waitlist at the door, with the reason when
 * someone other than the next in the queue was picked ('' otherwise).
 */
export type CheckinDetails = ({ readonly by: IdentifiedBy } | { readonly by: 'desk'; readonly reason: string }) & {
  readonly waitlist?: { readonly reason: string };
  readonly forced?: ForcedAdmission;
};

/** The verdicts of a scan that identified a registrant and let nobody in or out. */
export const REFUSAL_VERDICTS = ['already', 'waitlisted', 'cancelled', 'full', 'not_inside'] as const satisfies readonly Verdict[];

/**
 * A scan that identified a registrant but did not admit them. A waitlisted
 * registrant's refused scan also puts them in the queue at the door.
 */
export interface RefusedScanDetails {
  readonly by: IdentifiedBy;
  readonly verdict: (typeof REFUSAL_VERDICTS)[number];
}

/** Someone inside went out (the exit's station, or the entrance's "ut"): inside no more until their next admission. */
export interface ExitDetails {
  readonly by: IdentifiedBy;
}

/**
 * Someone not on the list, registered at the door: the event's registrant id
 * is theirs, made by the kiosk. Their code is the kiosk-issued reference
 * (walkInRef: the kiosk's id and this event's number), which every kiosk
 * holding this event accepts. The kiosk admits them in the same transaction
 * (a checkin right after), so the walk-in itself is no admission.
 */
export interface WalkInDetails {
  readonly ref: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly email: string | null;
}

/** The waitlist's places released by hand, at this event's time: from then on the queue at the door may be let in. */
export type WaitlistReleaseDetails = Readonly<Record<string, never>>;

/** The organiser's note on a registrant for the security check ("Må vise legitimasjon"); null clears it. The latest note wins over the list's. */
export interface NoteDetails {
  readonly note: string | null;
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
  /** Set, with no field, once a purge or a forget blanked the correction: it corrects nothing any more. */
  readonly blanked?: true;
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
  readonly exit: ExitDetails;
  readonly walk_in: WalkInDetails;
  readonly note: NoteDetails;
  readonly waitlist_release: WaitlistReleaseDetails;
  readonly desk_undo: DeskUndoDetails;
  readonly correction: CorrectionDetails;
  readonly purge: PurgeDetails;
  readonly forget: ForgetDetails;
}
export type EventKind = keyof EventDetailsByKind;

/** Blanks the personal fields of one kind's details, keeping what the counts need. */
type DetailScrub<K extends EventKind> = (details: EventDetailsByKind[K]) => EventDetailsByKind[K];

/** The reasons and names typed for an admission, blanked: how they were let in (by the desk, from the waitlist, forced) stays, which the counts need. */
function scrubbedCheckin(details: CheckinDetails): CheckinDetails {
  return {
    ...details,
    ...(details.by === 'desk' && { reason: '' }),
    ...(details.waitlist && { waitlist: { reason: '' } }),
    ...(details.forced && { forced: { by: '', reason: '' } }),
  } as CheckinDetails;
}

/**
 * Every event kind whose details can hold personal data (free text a
 * volunteer typed, a name, an email, a code), with how to blank it. A purge,
 * and forgetting one person, scrub exactly these kinds' details and keep the
 * events themselves, which the counts and the anonymous report derive from.
 * A blanked text is '' (a blanked note null, a correction marked blanked),
 * which the wire accepts for these fields. A new kind that carries personal data in its details must be
 * added here.
 */
export const PERSONAL_DETAIL_KINDS: { readonly [K in EventKind]?: DetailScrub<K> } = {
  // The desk's reason, and who forced an admission and why, are free text and may name the person.
  checkin: scrubbedCheckin,
  // The reason is free text, and may name the person.
  undo: (details) => ({ ...details, reason: '' }),
  desk_undo: (details) => ({ ...details, reason: '' }),
  // The walk-in's code (ref) is personal as every code is; the registrant id keeps them counted.
  walk_in: () => ({ ref: '', name: '', organisation: null, email: null }),
  note: () => ({ note: null }),
  correction: () => ({ blanked: true }),
};

/** The event with its details' personal fields blanked; the same event when its kind has none. */
export function scrubbedEvent(event: LogEvent): LogEvent {
  const scrub = PERSONAL_DETAIL_KINDS[event.kind] as DetailScrub<EventKind> | undefined;
  return scrub ? ({ ...event, details: scrub(event.details) } as LogEvent) : event;
}

/** The kinds that are no scan: undos (a kiosk's and the desk's), the desk's corrections, purges and forgets. A kiosk's share of the scans counts every other kind. */
export const UNCOUNTED_KINDS = ['undo', 'desk_undo', 'correction', 'purge', 'forget'] as const satisfies readonly EventKind[];

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
  /** Admissions of someone inside already: let in twice. */
  readonly duplicates: readonly Admission[];
  /** Arrived, and not gone out since their latest entry. */
  readonly inside: boolean;
  /** Exits of someone inside (an exit of someone not inside takes nobody out). */
  readonly exits: number;
  /** Entries after an exit. */
  readonly reentries: number;
  /** Their arrival was an admission from the waitlist at the door. */
  readonly fromWaitlist: boolean;
  /** Admissions in force with the organiser PIN. */
  readonly forced: number;
}

/**
 * A registrant's admissions and exits that no undo names (a kiosk's own, or
 * an organiser's at the desk, which may name any kiosk's), in compareEvents'
 * order: the undo rule, stated once.
 */
function movesInForce(events: readonly LogEvent[]): (LogEventOf<'checkin'> | LogEventOf<'exit'>)[] {
  const undone = new Set<string>();
  for (const e of events) if (e.kind === 'undo' || e.kind === 'desk_undo') undone.add(e.details.target);
  return events
    .filter((e): e is LogEventOf<'checkin'> | LogEventOf<'exit'> => (e.kind === 'checkin' || e.kind === 'exit') && !undone.has(e.id))
    .sort(compareEvents);
}

/** A registrant's admissions that no undo names, in compareEvents' order: what the desk undoes to make them not arrived. */
export function admissionsInForce(events: readonly LogEvent[]): LogEventOf<'checkin'>[] {
  return movesInForce(events).filter((e): e is LogEventOf<'checkin'> => e.kind === 'checkin');
}

/**
 * Derives one registrant's attendance from their events, in any order: their
 * admissions and exits not undone (movesInForce), in compareEvents' order,
 * take them in and out; an admission while inside is a duplicate, an exit
 * while outside takes nobody out. The log store
 * (electron/core/store/log-store.ts) keeps the attendance table by this very
 * function; test/integration/attendance.test.ts holds the two together.
 */
export function deriveAttendance(events: readonly LogEvent[]): Attendance {
  let arrival: Admission | null = null;
  let fromWaitlist = false;
  let inside = false;
  const duplicates: Admission[] = [];
  let exits = 0;
  let reentries = 0;
  let forced = 0;
  for (const e of movesInForce(events)) {
    if (e.kind === 'exit') {
      if (inside) exits++;
      inside = false;
      continue;
    }
    const admission = { eventId: e.id, at: e.at, kioskId: e.kioskId, kioskName: e.kioskName };
    if (e.details.forced) forced++;
    if (inside) duplicates.push(admission);
    else if (arrival === null) {
      arrival = admission;
      fromWaitlist = e.details.waitlist !== undefined;
    } else reentries++;
    inside = true;
  }
  return { arrival, duplicates, inside, exits, reentries, fromWaitlist, forced };
}
