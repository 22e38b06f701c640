/**
 * Whom a station serves: the guest's code from the scanner or the camera,
 * or a guest the volunteer picked by name search (no code at hand).
 */
import type { IdentifiedBy } from '../../../shared/event-log.js';
import { UserError } from '../../../shared/i18n.js';
import { identifyCodeSync, type IdentifiedCode } from '../checkin.js';
import type { Core, EventRecord } from '../core.js';
import { registrantWithArrivalSync, type RegistrantWithArrival } from '../store/registrants-store.js';

/** A guest picked from a name search, by their id. */
export interface PickedGuest {
  readonly registrantId: string;
}

/** The guest's scanned code, a guest picked by name, or null for a guest without a code. */
export type StationGuest = string | PickedGuest | null;

/** Whom a station's guest names and how, or why their code names nobody. */
export type IdentifiedGuest = { readonly row: RegistrantWithArrival; readonly by: IdentifiedBy } | Extract<IdentifiedCode, { readonly row: null }>;

/** Identifies a station's guest; a picked id not on the list is refused. */
export function identifyGuestSync(core: Core, event: EventRecord, guest: string | PickedGuest): IdentifiedGuest {
  if (typeof guest === 'string') return identifyCodeSync(core, event, guest);
  const row = registrantWithArrivalSync(core, guest.registrantId);
  if (!row) throw new UserError('registrantNotFound', { id: guest.registrantId.slice(0, 20) });
  return { row, by: 'search' };
}
