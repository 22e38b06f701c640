/**
 * The cloakroom's rules: which tag numbers are valid, and what hangs, derived
 * from the log the same way on every kiosk (and in the cloakroom screen's
 * copy of it).
 */
import { compareEvents, type LogEvent, type LogEventOf } from './event-log.js';

/** What the cloakroom tells the volunteer about a tag. */
export const CLOAK_VERDICTS = ['ok', 'tag_in_use', 'not_hanging', 'tag_out_of_range', 'bad_tag', 'invalid', 'wrong_event'] as const;
export type CloakVerdict = (typeof CLOAK_VERDICTS)[number];

/** The tag numbers the cloakroom hands out, first and last included. */
export interface TagRange {
  readonly first: number;
  readonly last: number;
}

/** The highest tag number a range may reach: a cloakroom has hundreds of tags, not millions. */
export const MAX_TAG = 99_999;

/** The tag range setting as written, "1-800"; null when it is not one. */
export function parseTagRange(setting: string): TagRange | null {
  const match = /^\s*(\d{1,5})\s*[-–]\s*(\d{1,5})\s*$/.exec(setting);
  if (!match) return null;
  const first = Number(match[1]);
  const last = Number(match[2]);
  return first >= 1 && first <= last && last <= MAX_TAG ? { first, last } : null;
}

/** A tag number typed or scanned, checked against the range. */
export type TagCheck = { readonly ok: true; readonly tag: number } | { readonly ok: false; readonly verdict: 'bad_tag' | 'tag_out_of_range' };

/** Reads a tag number: digits only (a scanner may add spaces around them); a number outside the range is refused. */
export function checkTag(input: string, range: TagRange): TagCheck {
  const digits = input.trim();
  if (!/^-?\d{1,12}$/.test(digits)) return { ok: false, verdict: 'bad_tag' };
  const tag = Number(digits);
  return tag >= range.first && tag <= range.last ? { ok: true, tag } : { ok: false, verdict: 'tag_out_of_range' };
}

/** The number in a refused tag input, to show back; null when it holds none. */
export function tagNumberOf(input: string): number | null {
  const number = Number(input.trim());
  return /^\s*-?\d{1,15}\s*$/.test(input) && Number.isSafeInteger(number) ? number : null;
}

/** Something handed in, and whether it was collected. */
export interface HandIn {
  readonly eventId: string;
  readonly tag: number;
  readonly registrantId: string | null;
  readonly at: string;
  readonly kioskId: string;
  readonly kioskName: string;
  readonly collected: { readonly eventId: string; readonly at: string; readonly kioskName: string } | null;
}

/** The cloakroom as the log has it. */
export interface Cloakroom {
  /** Every hand-in not undone, in the order of the log. */
  readonly handIns: readonly HandIn[];
  /** What hangs now, by tag: more than one hand-in under a tag means kiosks apart handed it out twice. */
  readonly hanging: ReadonlyMap<number, readonly HandIn[]>;
  /** Tags hanging for more than one hand-in, in number order. */
  readonly flagged: readonly number[];
}

/**
 * Derives the cloakroom from its events and the undos among `events`, in any
 * order: a hand-in not undone hangs until a collection not undone names it.
 */
export function deriveCloakroom(events: readonly LogEvent[]): Cloakroom {
  const undone = new Set<string>();
  for (const e of events) if (e.kind === 'undo') undone.add(e.details.target);
  const inForce = events.filter((e) => !undone.has(e.id)).sort(compareEvents);
  const collections = new Map<string, LogEventOf<'cloak_out'>>();
  for (const e of inForce) if (e.kind === 'cloak_out' && !collections.has(e.details.handIn)) collections.set(e.details.handIn, e);
  const handIns: HandIn[] = [];
  const hanging = new Map<number, HandIn[]>();
  for (const e of inForce) {
    if (e.kind !== 'cloak_in') continue;
    const collection = collections.get(e.id);
    const handIn: HandIn = {
      eventId: e.id,
      tag: e.details.tag,
      registrantId: e.registrantId,
      at: e.at,
      kioskId: e.kioskId,
      kioskName: e.kioskName,
      collected: collection ? { eventId: collection.id, at: collection.at, kioskName: collection.kioskName } : null,
    };
    handIns.push(handIn);
    if (!collection) hanging.set(handIn.tag, [...(hanging.get(handIn.tag) ?? []), handIn]);
  }
  const flagged = [...hanging].filter(([, under]) => under.length > 1).map(([tag]) => tag).sort((a, b) => a - b);
  return { handIns, hanging, flagged };
}
