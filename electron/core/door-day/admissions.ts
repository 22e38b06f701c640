/**
 * Letting people in past the door's plain rules: from the queue at the door
 * once the waitlist is released and there is room, and with the organiser
 * PIN beyond that (a full room, the waitlist before its release). The PIN is
 * checked by the caller (the API with the organiser sessions; the command
 * line is the organiser's own machine); here the admission is recorded with
 * who let them in and why.
 */
import type { ScanResult, WaitlistQueue } from '../../../shared/contract.js';
import { entranceVerdict, isFull, isReleased, MAX_OVERRIDE_BY, MAX_OVERRIDE_REASON } from '../../../shared/door-day.js';
import type { CheckinDetails, ForcedAdmission } from '../../../shared/event-log.js';
import { UserError } from '../../../shared/i18n.js';
import { kioskNameOf, scanResultBase, type ScanPlace } from '../checkin.js';
import type { Core } from '../core.js';
import { kioskStationSync } from '../stations/kiosk-station.js';
import { appendEventSync } from '../store/log-store.js';
import { registrantWithArrivalSync, type RegistrantWithArrival } from '../store/registrants-store.js';
import { doorStateSync, waitingAtDoorSync, waitlistQueueSync } from './door-state.js';

/** Who lets someone in past the rules and why, trimmed; refused unless both are given, within their lengths. */
export function checkedOverride(override: ForcedAdmission): ForcedAdmission {
  const by = override.by.trim();
  const reason = override.reason.trim();
  if (!by || !reason || by.length > MAX_OVERRIDE_BY || reason.length > MAX_OVERRIDE_REASON) throw new UserError('overrideReasonMissing', { max: MAX_OVERRIDE_REASON });
  return { by, reason };
}

function registrantSync(core: Core, registrantId: string): RegistrantWithArrival {
  const row = registrantWithArrivalSync(core, registrantId);
  if (!row) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
  return row;
}

/** Records the organiser's or the queue's admission of a registrant now, at this kiosk's station; the scan result's common part. */
function appendAdmissionSync(core: Core, row: RegistrantWithArrival, details: CheckinDetails, place: ScanPlace): ReturnType<typeof scanResultBase> {
  const kiosk = kioskNameOf(core, place);
  const base = scanResultBase(row, new Date(), kiosk);
  appendEventSync(core, { at: base.at, kioskName: kiosk, station: place.station ?? kioskStationSync(core), kind: 'checkin', registrantId: row.id, details });
  return base;
}

/**
 * Lets a registrant in with the organiser PIN: past a full room, or from the
 * waitlist before its release or without a free place. Someone the door
 * would let in anyway is let in as usual, not marked forced; someone already
 * inside, or cancelled, is refused with nothing recorded.
 */
export function admitForcedSync(core: Core, registrantId: string, override: ForcedAdmission, place: ScanPlace = {}): ScanResult {
  core.requireEventSync();
  const forced = checkedOverride(override);
  return core.transaction((): ScanResult => {
    const row = registrantSync(core, registrantId);
    if (row.status === 'waitlisted' && row.arrived_at === null) return admitFromWaitlistSync(core, row, '', forced, place);
    const door = doorStateSync(core);
    const arrived = row.arrived_at !== null;
    const verdict = entranceVerdict({ status: row.status, arrived, inside: row.inside === 1, repeatsOwnAdmission: false, door });
    if (verdict === 'already') throw new UserError('alreadyAdmitted', { name: row.name });
    if (verdict === 'cancelled') throw new UserError('forceNotAllowed', { name: row.name });
    const needed = verdict === 'full';
    const base = appendAdmissionSync(core, row, { by: 'search', ...(needed && { forced }) }, place);
    return { verdict: arrived ? 'welcome_back' : 'welcome', ...base, ...(needed && { forced: true }), door: doorStateSync(core) };
  });
}

/** What an admission from the queue asks for: the registrant (else the next in the queue), why them, and the PIN's override if given. */
export interface WaitlistAdmission {
  readonly registrantId?: string;
  readonly reason?: string;
  readonly override?: ForcedAdmission;
}

/**
 * Lets in the next in the queue at the door, or the waitlisted registrant
 * named (the reason kept). Without the override only once the waitlist is
 * released and while there is a free place; refused, with nothing recorded,
 * for someone not waitlisted or let in already.
 */
export function waitlistAdmitSync(core: Core, admission: WaitlistAdmission, place: ScanPlace = {}): ScanResult {
  core.requireEventSync();
  const forced = admission.override && checkedOverride(admission.override);
  const reason = (admission.reason ?? '').trim().slice(0, MAX_OVERRIDE_REASON);
  return core.transaction((): ScanResult => {
    const id = admission.registrantId ?? waitingAtDoorSync(core)[0]?.registrantId;
    if (id === undefined) throw new UserError('noOneWaiting');
    const row = registrantSync(core, id);
    if (row.status !== 'waitlisted') throw new UserError('notWaitlisted', { name: row.name });
    if (row.arrived_at !== null) throw new UserError('alreadyAdmitted', { name: row.name });
    return admitFromWaitlistSync(core, row, reason, forced, place);
  });
}

function admitFromWaitlistSync(core: Core, row: RegistrantWithArrival, reason: string, override: ForcedAdmission | undefined, place: ScanPlace): ScanResult {
  const door = doorStateSync(core);
  const released = isReleased(door, new Date());
  const needed = !released || isFull(door);
  if (needed && !override) {
    if (!released) throw new UserError('waitlistNotReleased');
    throw new UserError('doorFull', { inside: door.inside, capacity: door.capacity ?? '' });
  }
  const forced = needed ? override : undefined;
  const base = appendAdmissionSync(core, row, { by: 'search', waitlist: { reason }, ...(forced && { forced }) }, place);
  return { verdict: 'admitted_from_waitlist', ...base, ...(forced && { forced: true }), door: doorStateSync(core) };
}

/** Releases the waitlist's places now, by hand (an event, so every kiosk learns it); a waitlist released already stays so. */
export function releaseWaitlistSync(core: Core, place: ScanPlace = {}): WaitlistQueue {
  core.requireEventSync();
  return core.transaction((): WaitlistQueue => {
    const now = new Date();
    if (!isReleased(doorStateSync(core), now)) {
      appendEventSync(core, {
        at: now.toISOString(),
        kioskName: kioskNameOf(core, place),
        station: place.station ?? kioskStationSync(core),
        kind: 'waitlist_release',
        registrantId: null,
        details: {},
      });
    }
    return waitlistQueueSync(core, now);
  });
}
