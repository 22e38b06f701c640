/**
 * Walk-ins: someone not on the list, registered at the door in a few
 * keystrokes and let in at once. Their registration is an event in the log,
 * so it reaches every kiosk and the hub's list; their code is the kiosk's own
 * reference (walkInRef), which every kiosk holding the event accepts, since
 * only the hub can sign codes.
 */
import type { ScanResult } from '../../../shared/contract.js';
import { isEmail, isFull, MAX_WALK_IN_NAME, MAX_WALK_IN_ORGANISATION, walkInRef } from '../../../shared/door-day.js';
import type { ForcedAdmission, WalkInDetails } from '../../../shared/event-log.js';
import { idFromBytes } from '../../../shared/ids.js';
import { UserError } from '../../../shared/i18n.js';
import { kioskNameOf, scanResultBase, type ScanPlace } from '../checkin.js';
import type { Core } from '../core.js';
import { kioskStationSync } from '../stations/kiosk-station.js';
import { appendEventSync, ownTopSeqSync } from '../store/log-store.js';
import { codeRowOfSync, registrantWithArrivalSync } from '../store/registrants-store.js';
import { randomIdBytes } from '../tokens.js';
import { checkedOverride } from './admissions.js';
import { doorStateSync } from './door-state.js';

/** A walk-in as the volunteer typed them. */
export interface WalkInInput {
  readonly name: string;
  readonly organisation: string | null;
  readonly email: string | null;
}

/** The walk-in's fields trimmed and checked; a clear refusal for a missing or too long name, a too long organisation or a malformed email. */
export function checkedWalkIn(input: WalkInInput): Omit<WalkInDetails, 'ref'> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new UserError('walkInNameMissing');
  if (name.length > MAX_WALK_IN_NAME) throw new UserError('walkInNameTooLong', { length: name.length, max: MAX_WALK_IN_NAME });
  const organisation = input.organisation?.replace(/\s+/g, ' ').trim() || null;
  if (organisation !== null && organisation.length > MAX_WALK_IN_ORGANISATION) {
    throw new UserError('walkInFieldTooLong', { field: 'Organisasjonen', length: organisation.length, max: MAX_WALK_IN_ORGANISATION });
  }
  const email = input.email?.trim().toLowerCase() || null;
  if (email !== null && !isEmail(email)) throw new UserError('walkInBadEmail', { email: email.slice(0, 100) });
  return { name, organisation, email };
}

/** A new registrant id no one holds. */
function newRegistrantIdSync(core: Core): string {
  let id: string;
  do id = idFromBytes(randomIdBytes());
  while (codeRowOfSync(core, id));
  return id;
}

/**
 * Registers a walk-in and lets them in, while the room has a free place or
 * with the organiser PIN's override (recorded as forced); returns the
 * admission and their code. Nothing is recorded when refused.
 */
export function walkInSync(core: Core, input: WalkInInput, override: ForcedAdmission | undefined, place: ScanPlace = {}): { readonly result: ScanResult; readonly code: string } {
  core.requireEventSync();
  const fields = checkedWalkIn(input);
  const checkedForce = override && checkedOverride(override);
  return core.transaction(() => {
    const door = doorStateSync(core);
    const full = isFull(door);
    if (full && !checkedForce) throw new UserError('doorFull', { inside: door.inside, capacity: door.capacity ?? '' });
    const forced = full ? checkedForce : undefined;
    const kiosk = kioskNameOf(core, place);
    const station = place.station ?? kioskStationSync(core);
    const at = new Date();
    const id = newRegistrantIdSync(core);
    const ref = walkInRef(core.kioskId, ownTopSeqSync(core) + 1);
    appendEventSync(core, { at: at.toISOString(), kioskName: kiosk, station, kind: 'walk_in', registrantId: id, details: { ref, ...fields } });
    appendEventSync(core, { at: at.toISOString(), kioskName: kiosk, station, kind: 'checkin', registrantId: id, details: { by: 'ref', ...(forced && { forced }) } });
    const base = scanResultBase(registrantWithArrivalSync(core, id)!, at, kiosk);
    return { result: { verdict: 'welcome', ...base, ...(forced && { forced: true }), door: doorStateSync(core) }, code: ref };
  });
}
