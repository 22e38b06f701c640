/**
 * The information desk, behind the organiser PIN: checking someone in by
 * hand, undoing an arrival by hand (a kiosk's or any other's), and correcting
 * a misspelt name or organisation. Each is an event in the log, with why,
 * so it syncs to every kiosk and stays in the record.
 */
import type { RegistrantRow } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import { osloTime } from '../../shared/oslo-time.js';
import type { Core } from './core.js';
import { appendEventSync, admissionsInForceSync } from './store/log-store.js';
import { registrantRowSync, registrantWithArrivalSync, type RegistrantWithArrival } from './store/registrants-store.js';

/** The station the desk's events name: the report counts the desk's check-ins apart from the door's. */
export const DESK_STATION = 'informasjon';

/** The longest reason or corrected text kept, as a list's cell. */
const MAX_TEXT = 500;

/** A reason given at the desk, trimmed; a UserError when there is none. */
function reasonOf(reason: string): string {
  const trimmed = reason.trim().slice(0, MAX_TEXT);
  if (trimmed === '') throw new UserError('deskReasonMissing');
  return trimmed;
}

function registrantSync(core: Core, registrantId: string): RegistrantWithArrival {
  const row = registrantWithArrivalSync(core, registrantId);
  if (!row) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
  return row;
}

/** The registrant as the organiser's list shows them, after the desk's change. */
function listRowSync(core: Core, registrantId: string): RegistrantRow {
  return registrantRowSync(core, registrantId)!;
}

/** Checks a confirmed registrant in by hand, with why (a forgotten code, an ID checked); refused when they have arrived. */
export function deskCheckInSync(core: Core, registrantId: string, reason: string): RegistrantRow {
  core.requireEventSync();
  const why = reasonOf(reason);
  return core.transaction((): RegistrantRow => {
    const row = registrantSync(core, registrantId);
    if (row.arrived_at !== null) throw new UserError('deskAlreadyArrived', { name: row.name, time: osloTime(row.arrived_at), kiosk: row.arrival_kiosk ?? '' });
    // Waitlisted and cancelled people are let in as such (issue 11's waitlist and walk-in actions), not here.
    if (row.status !== 'confirmed') throw new UserError('deskNotConfirmed', { name: row.name });
    const kioskName = core.settingsSync().kioskName;
    appendEventSync(core, { at: new Date().toISOString(), kioskName, station: DESK_STATION, kind: 'checkin', registrantId, details: { by: 'desk', reason: why } });
    return listRowSync(core, registrantId);
  });
}

/**
 * Undoes a registrant's arrival by hand, with why: every admission of theirs
 * still in force, whichever kiosk made it, so they are no longer arrived.
 */
export function deskUndoArrivalSync(core: Core, registrantId: string, reason: string): RegistrantRow {
  core.requireEventSync();
  const why = reasonOf(reason);
  return core.transaction((): RegistrantRow => {
    const row = registrantSync(core, registrantId);
    const admissions = admissionsInForceSync(core, registrantId);
    if (admissions.length === 0) throw new UserError('deskNotArrived', { name: row.name });
    const kioskName = core.settingsSync().kioskName;
    const at = new Date().toISOString();
    for (const target of admissions) {
      appendEventSync(core, { at, kioskName, station: DESK_STATION, kind: 'desk_undo', registrantId, details: { target, reason: why } });
    }
    return listRowSync(core, registrantId);
  });
}

/** What the desk corrects: the fields given; an absent one stays as it is. */
export interface Correction {
  readonly name?: string;
  readonly organisation?: string;
}

/**
 * Corrects a misspelt name or organisation as an event in the log: it
 * reaches every kiosk, and a re-import never undoes it. Only the fields that
 * differ are recorded; refused when none does.
 */
export function deskCorrectSync(core: Core, registrantId: string, correction: Correction): RegistrantRow {
  core.requireEventSync();
  const name = correction.name?.trim().slice(0, MAX_TEXT);
  const organisation = correction.organisation?.trim().slice(0, MAX_TEXT);
  if (name === '') throw new UserError('deskNameEmpty');
  return core.transaction((): RegistrantRow => {
    const row = registrantSync(core, registrantId);
    const details = {
      ...(name !== undefined && name !== row.name ? { name } : {}),
      ...(organisation !== undefined && organisation !== '' && organisation !== row.organisation ? { organisation } : {}),
    };
    if (Object.keys(details).length === 0) throw new UserError('deskNothingToCorrect');
    const kioskName = core.settingsSync().kioskName;
    appendEventSync(core, { at: new Date().toISOString(), kioskName, station: DESK_STATION, kind: 'correction', registrantId, details });
    return listRowSync(core, registrantId);
  });
}
