/**
 * Kiosk-to-kiosk sync: the messages, the version vectors and the pairing code.
 *
 * Every kiosk numbers its own events 1, 2, 3 … and a kiosk always holds a
 * prefix of every other kiosk's events, so "what I have" is one number per
 * kiosk: the version vector. A round sends exactly the events above the other
 * side's vector; applying is idempotent, so repeated, reordered or interrupted
 * rounds converge.
 */
import { z } from 'zod';
import { decodeBase45, encodeBase45 } from './base45.js';
import { MAX_TAG } from './cloakroom.js';
import { REGISTRANT_STATUSES } from './domain.js';
import { MAX_EMAIL, MAX_NOTE, MAX_OVERRIDE_BY, MAX_OVERRIDE_REASON, MAX_WALK_IN_NAME, MAX_WALK_IN_ORGANISATION, walkInRef } from './door-day.js';
import {
  deskUndoNamesSeenEvent,
  eventId,
  PURGE_ACTIONS,
  REFUSAL_VERDICTS,
  undoesOwnEarlierEvent,
  type CheckinDetails,
  type CorrectionDetails,
  type DeskUndoDetails,
  type EventKind,
  type ForcedAdmission,
  type IdentifiedBy,
  type LogEvent,
  type PurgeAction,
  type RefusedScanDetails,
  type StationIdentifiedBy,
  type UndoDetails,
  type WalkInDetails,
} from './event-log.js';

/** The highest sequence number held of each kiosk's events. */
export type VersionVector = Readonly<Record<string, number>>;

const KIOSK_ID = /^[0-9A-Z]{8}$/;
const kioskId = z.string().regex(KIOSK_ID);
const MAX_TEXT = 500;
const text = z.string().max(MAX_TEXT);
const IDENTIFIED_BY: readonly string[] = ['token', 'ref', 'search'] satisfies readonly IdentifiedBy[];
const STATION_IDENTIFIED_BY: readonly string[] = ['token', 'ref', 'search', 'none'] satisfies readonly StationIdentifiedBy[];
/** A tag number as kiosks record it: a whole number above 0 that a cloakroom could have. */
const isTag = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_TAG;
/** The verdicts a scan event records: someone identified and not let in. */
const REFUSED_VERDICTS: readonly string[] = REFUSAL_VERDICTS;
/** An ISO 8601 time in UTC, as kiosks write them. */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/**
 * A log event on the wire: its fields in a fixed order, without the id (it
 * is KIOSK-SEQ). A round carries thousands; as arrays they are half the bytes
 * of objects, and read several times faster than a schema library checks objects.
 */
export type WireEvent = readonly [
  kioskId: string,
  seq: number,
  at: string,
  kioskName: string,
  station: string,
  kind: EventKind,
  registrantId: string | null,
  details: LogEvent['details'],
];

/** A log event as it travels. */
export function toWireEvent(event: LogEvent): WireEvent {
  return [event.kioskId, event.seq, event.at, event.kioskName, event.station, event.kind, event.registrantId, event.details];
}

const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
/** Text the desk writes, a reason or a corrected name or organisation: never empty. */
const isFilledText = (value: unknown): value is string => isText(value) && value.trim() !== '';
/** A reason the desk gave, or '' once a purge or a forget blanked it (PERSONAL_DETAIL_KINDS). */
const isDeskReason = (value: unknown): value is string => value === '' || isFilledText(value);

const isOptionalText = (value: unknown, max: number): value is string | null => value === null || isText(value, max);

/** How an admission identified its registrant: at the door, or by hand at the desk with a reason. */
function admittedByOf(d: Record<string, unknown>): CheckinDetails | null {
  if (d.by === 'desk') return isDeskReason(d.reason) ? { by: 'desk', reason: d.reason } : null;
  return IDENTIFIED_BY.includes(d.by as string) ? { by: d.by as IdentifiedBy } : null;
}

/** An admission's details: how they were identified (the desk's with its reason), and whether from the waitlist or forced. */
function checkinDetailsOf(d: Record<string, unknown>): CheckinDetails | null {
  const admittedBy = admittedByOf(d);
  if (!admittedBy) return null;
  const waitlist = d.waitlist as Record<string, unknown> | undefined;
  const forced = d.forced as Record<string, unknown> | undefined;
  if (waitlist !== undefined && !(typeof waitlist === 'object' && waitlist !== null && isText(waitlist.reason, MAX_OVERRIDE_REASON))) return null;
  if (forced !== undefined && !(typeof forced === 'object' && forced !== null && isText(forced.by, MAX_OVERRIDE_BY) && isText(forced.reason, MAX_OVERRIDE_REASON))) return null;
  return {
    ...admittedBy,
    ...(waitlist && { waitlist: { reason: waitlist.reason as string } }),
    ...(forced && { forced: { by: forced.by, reason: forced.reason } as ForcedAdmission }),
  };
}

/** The details of an event of `kind`, only the fields that kind has; null when they are not right for it. */
function detailsOf(kind: unknown, details: unknown): LogEvent['details'] | null {
  if (typeof details !== 'object' || details === null) return null;
  const d = details as Record<string, unknown>;
  if (kind === 'checkin') return checkinDetailsOf(d);
  if (kind === 'exit') return IDENTIFIED_BY.includes(d.by as string) ? { by: d.by as IdentifiedBy } : null;
  if (kind === 'walk_in') {
    return isText(d.ref, 40) && isText(d.name, MAX_WALK_IN_NAME) && isOptionalText(d.organisation, MAX_WALK_IN_ORGANISATION) && isOptionalText(d.email, MAX_EMAIL)
      ? { ref: d.ref, name: d.name, organisation: d.organisation, email: d.email }
      : null;
  }
  if (kind === 'note') return isOptionalText(d.note, MAX_NOTE) ? { note: d.note } : null;
  if (kind === 'waitlist_release') return {};
  if (kind === 'scan') {
    return IDENTIFIED_BY.includes(d.by as string) && REFUSED_VERDICTS.includes(d.verdict as string)
      ? { by: d.by as IdentifiedBy, verdict: d.verdict as RefusedScanDetails['verdict'] }
      : null;
  }
  if (kind === 'undo' || kind === 'desk_undo') {
    // The desk always says why; a kiosk's own undo may not.
    const reasonOk = kind === 'undo' ? isText(d.reason) : isDeskReason(d.reason);
    return isText(d.target, 40) && reasonOk ? { target: d.target, reason: d.reason as string } : null;
  }
  if (kind === 'correction') {
    if (d.blanked === true) return { blanked: true };
    const corrected = { ...(d.name === undefined ? {} : { name: d.name }), ...(d.organisation === undefined ? {} : { organisation: d.organisation }) };
    const values = Object.values(corrected);
    return values.length > 0 && values.every(isFilledText) ? (corrected as CorrectionDetails) : null;
  }
  if (kind === 'cloak_in') return isTag(d.tag) && STATION_IDENTIFIED_BY.includes(d.by as string) ? { tag: d.tag, by: d.by as StationIdentifiedBy } : null;
  if (kind === 'cloak_out') return isTag(d.tag) && isText(d.handIn, 40) ? { tag: d.tag, handIn: d.handIn } : null;
  if (kind === 'lunch') {
    return STATION_IDENTIFIED_BY.includes(d.by as string) && typeof d.again === 'boolean' ? { by: d.by as StationIdentifiedBy, again: d.again } : null;
  }
  if (kind === 'purge') {
    return Number.isSafeInteger(d.people) && (d.people as number) >= 0 && (PURGE_ACTIONS as readonly unknown[]).includes(d.action)
      ? { people: d.people as number, action: d.action as PurgeAction }
      : null;
  }
  if (kind === 'forget') return {};
  return null;
}

/** Reads an event off the wire; null when any field is missing, malformed or too long. */
export function fromWireEvent(value: unknown): LogEvent | null {
  if (!Array.isArray(value) || value.length !== 8) return null;
  const [kiosk, seq, at, kioskName, station, kind, registrantId, details] = value as unknown[];
  if (typeof kiosk !== 'string' || !KIOSK_ID.test(kiosk) || !Number.isSafeInteger(seq) || (seq as number) < 1) return null;
  if (typeof at !== 'string' || !UTC_TIME.test(at) || Number.isNaN(Date.parse(at))) return null;
  if (!isText(kioskName) || !isText(station) || !(registrantId === null || isText(registrantId, 20))) return null;
  const checked = detailsOf(kind, details);
  if (!checked) return null;
  if (kind === 'undo' && !undoesOwnEarlierEvent(kiosk, seq as number, (checked as UndoDetails).target)) return null;
  if (kind === 'desk_undo' && !deskUndoNamesSeenEvent(kiosk, seq as number, (checked as DeskUndoDetails).target)) return null;
  // The desk acts on a registrant, always.
  if ((kind === 'desk_undo' || kind === 'correction') && registrantId === null) return null;
  // A purge is the whole event's, a forget one person's.
  if ((kind === 'purge' && registrantId !== null) || (kind === 'forget' && registrantId === null)) return null;
  // A station names its guest exactly when it identified them.
  if ((kind === 'cloak_in' || kind === 'lunch') && ((checked as { by: StationIdentifiedBy }).by === 'none') !== (registrantId === null)) return null;
  // The door's events name their registrant, a release nobody; a walk-in's code is its own kiosk's and number's ('' once blanked).
  if ((kind === 'exit' || kind === 'walk_in' || kind === 'note') && registrantId === null) return null;
  if (kind === 'waitlist_release' && registrantId !== null) return null;
  if (kind === 'walk_in' && ![walkInRef(kiosk, seq as number), ''].includes((checked as WalkInDetails).ref)) return null;
  return { id: eventId(kiosk, seq as number), kioskId: kiosk, seq: seq as number, at, kioskName, station, kind, registrantId, details: checked } as LogEvent;
}

/**
 * A list of at most `max` wire events, read into log events; one bad event
 * refuses the whole message. One plain loop over the array: a round carries
 * thousands, and a schema's work per item cost more than reading the item.
 */
const wireEvents = (max: number = Number.MAX_SAFE_INTEGER) =>
  // Typed as WireEvent[] for senders; the value is checked here, whatever it is.
  z.custom<readonly WireEvent[]>().transform((items, context) => {
    if (!Array.isArray(items) || items.length > max) {
      context.addIssue({ code: 'custom', message: Array.isArray(items) ? `more than ${max} events` : 'not a list of events' });
      return z.NEVER;
    }
    const events: LogEvent[] = new Array(items.length);
    for (let index = 0; index < items.length; index++) {
      const event = fromWireEvent(items[index]);
      if (!event) {
        context.addIssue({ code: 'custom', message: 'not a valid event', path: [index] });
        return z.NEVER;
      }
      events[index] = event;
    }
    return events;
  });

/** A registrant as the hub sends it to kiosks. */
export const wireRegistrant = z.object({
  id: z.string().max(20),
  ref: text.nullable(),
  barcode: text.nullable(),
  name: text,
  email: text.nullable(),
  organisation: text.nullable(),
  role: text.nullable(),
  status: z.enum(REGISTRANT_STATUSES),
  dietary: text.nullable(),
  /** Absent from a sync file of an older version. */
  note: text.nullable().default(null),
  code: z.string().max(200),
  listRevision: z.number().int().nonnegative(),
});
export type WireRegistrant = z.infer<typeof wireRegistrant>;

const vector = z.record(kioskId, z.number().int().nonnegative());

/** The event as the hub has it now: renames, a moved start or new texts reach every kiosk. */
const eventDetails = z.object({
  name: text,
  date: z.string().max(10),
  capacity: z.number().int().nullable(),
  /** The event settings (times, venue, mail texts), every key. */
  settings: z.record(z.string().max(40), z.string().max(5000)),
});
export type EventDetails = z.infer<typeof eventDetails>;

/** A kiosk last heard from within this time counts as online: it syncs every few seconds. */
export const ONLINE_WINDOW_MS = 20_000;

/** At most this many events travel in one message; the rest follow in the next round. */
export const MAX_EVENTS_PER_MESSAGE = 10_000;

/** A kiosk's half of a round: what it has, and the events the other side lacks. */
export const roundRequest = z.object({
  eventId: z.string(),
  kioskId,
  kioskName: text,
  vector,
  listRevision: z.number().int().nonnegative(),
  events: wireEvents(MAX_EVENTS_PER_MESSAGE),
});
/** A round request as read; `RoundRequestMessage` is what is sent. */
export type RoundRequest = z.output<typeof roundRequest>;
export type RoundRequestMessage = z.input<typeof roundRequest>;

/** The serving side's half: its vector after applying, and what the kiosk lacks. */
export const roundResponse = z.object({
  vector,
  events: wireEvents(),
  registrants: z.array(wireRegistrant),
  listRevision: z.number().int().nonnegative(),
  event: eventDetails,
  /** More events are waiting: run another round now. */
  more: z.boolean(),
});
/** A round's answer as it is sent, its events as wire arrays. */
export type RoundResponseMessage = z.input<typeof roundResponse>;

/** Everything a new kiosk needs to work offline. The private signing key is never in it. */
export const snapshot = z.object({
  event: z.object({
    id: z.string(),
    name: text,
    date: z.string(),
    capacity: z.number().int().nullable(),
    /** SPKI DER, base64. */
    publicKey: z.string().max(200),
  }),
  settings: eventDetails.shape.settings,
  registrants: z.array(wireRegistrant),
  listRevision: z.number().int().nonnegative(),
});
export type Snapshot = z.infer<typeof snapshot>;

/** The events of a sync file, for when there is no network at all. */
export const syncFile = z.object({
  format: z.literal('innsjekk-sync-2'),
  eventId: z.string(),
  kioskId,
  exportedAt: z.iso.datetime(),
  events: wireEvents(),
  registrants: z.array(wireRegistrant),
  listRevision: z.number().int().nonnegative(),
});
/** A sync file as it is written, its events as wire arrays. */
export type SyncFileContent = z.input<typeof syncFile>;

/** True when `have` holds every event that `want` names. */
export function covers(have: VersionVector, want: VersionVector): boolean {
  return Object.entries(want).every(([kiosk, seq]) => (have[kiosk] ?? 0) >= seq);
}

/** What a pairing code carries: where the hub is, the event key and the hub's certificate. */
export interface PairingCode {
  /** https://host:port */
  readonly url: string;
  readonly eventKey: string;
  /** SHA-256 of the hub's TLS certificate, as Node writes it (AB:CD:…). */
  readonly fingerprint: string;
}

export const PAIRING_PREFIX = 'IJPAIR:';
const pairingPayload = z.object({
  u: z.url({ protocol: /^https$/ }),
  k: z.string().min(16).max(100),
  f: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
});

/** Writes a pairing code: base45, so a handheld scanner on any keyboard layout can read it. */
export function formatPairingCode(code: PairingCode): string {
  const json = JSON.stringify({ u: code.url, k: code.eventKey, f: code.fingerprint });
  return PAIRING_PREFIX + encodeBase45(new TextEncoder().encode(json));
}

/** Reads a pairing code; null when the text is not one. */
export function parsePairingCode(text: string): PairingCode | null {
  const trimmed = text.trim();
  if (!trimmed.toUpperCase().startsWith(PAIRING_PREFIX) || trimmed.length > 1000) return null;
  const bytes = decodeBase45(trimmed.slice(PAIRING_PREFIX.length).toUpperCase());
  if (!bytes) return null;
  try {
    const parsed = pairingPayload.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? { url: parsed.data.u, eventKey: parsed.data.k, fingerprint: parsed.data.f } : null;
  } catch {
    return null;
  }
}
