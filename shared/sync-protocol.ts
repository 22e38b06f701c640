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
import { REGISTRANT_STATUSES, VERDICTS } from './domain.js';
import { eventId, type LogEvent } from './event-log.js';

/** The highest sequence number held of each kiosk's events. */
export type VersionVector = Readonly<Record<string, number>>;

const kioskId = z.string().regex(/^[0-9A-Z]{8}$/);
const text = z.string().max(500);
const identifiedBy = z.enum(['token', 'ref', 'search']);
const refusedVerdict = z.enum(VERDICTS).exclude(['welcome', 'invalid', 'wrong_event']);

const eventBase = {
  id: z.string().max(40),
  kioskId,
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  kioskName: text,
  station: text,
  registrantId: z.string().max(20).nullable(),
};

/** A log event as it travels between kiosks, checked kind by kind. */
export const wireEvent = z
  .discriminatedUnion('kind', [
    z.object({ ...eventBase, kind: z.literal('checkin'), details: z.object({ by: identifiedBy }) }),
    z.object({ ...eventBase, kind: z.literal('scan'), details: z.object({ by: identifiedBy, verdict: refusedVerdict }) }),
    z.object({ ...eventBase, kind: z.literal('undo'), details: z.object({ target: z.string().max(40), reason: text }) }),
  ])
  .refine((e) => e.id === eventId(e.kioskId, e.seq), { message: 'event id must be KIOSK-SEQ' }) satisfies z.ZodType<LogEvent>;

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
  events: z.array(wireEvent).max(MAX_EVENTS_PER_MESSAGE),
});
export type RoundRequest = z.infer<typeof roundRequest>;

/** The serving side's half: its vector after applying, and what the kiosk lacks. */
export const roundResponse = z.object({
  vector,
  events: z.array(wireEvent),
  registrants: z.array(wireRegistrant),
  listRevision: z.number().int().nonnegative(),
  event: eventDetails,
  /** More events are waiting: run another round now. */
  more: z.boolean(),
});
export type RoundResponse = z.infer<typeof roundResponse>;

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
  format: z.literal('innsjekk-sync-1'),
  eventId: z.string(),
  kioskId,
  exportedAt: z.iso.datetime(),
  events: z.array(wireEvent),
  registrants: z.array(wireRegistrant),
  listRevision: z.number().int().nonnegative(),
});
export type SyncFile = z.infer<typeof syncFile>;

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
