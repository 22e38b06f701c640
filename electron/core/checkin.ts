/**
 * Checking people in: a scanned code or a name picked from search becomes a
 * verdict for the volunteer and an event in the log, in one transaction.
 */
import { REPEAT_WINDOW_MS, refOfCode } from '../../shared/admission.js';
import { entranceVerdict } from '../../shared/door-day.js';
import type { RegistrantStatus } from '../../shared/domain.js';
import type { IdentifiedBy } from '../../shared/event-log.js';
import type { ScanResult } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import type { Core, EventRecord } from './core.js';
import { doorStateSync, waitingAtDoorSync } from './door-day/door-state.js';
import { appendEventSync, registrantEventsSync } from './store/log-store.js';
import { registrantWithArrivalByRefSync, registrantWithArrivalSync, type RegistrantWithArrival } from './store/registrants-store.js';
import { checkToken } from './tokens.js';
import { undoLatestStationEventSync } from './undo.js';

const DEFAULT_STATION = 'inngang';

/** Where the scan happened. */
export interface ScanPlace {
  readonly station?: string;
  /** Overrides the kiosk's configured name (the command line's --kiosk). */
  readonly kioskName?: string;
}

/** The kiosk's name as events record it: the given one, else the configured one. */
export function kioskNameOf(core: Core, place: ScanPlace): string {
  return place.kioskName ?? core.settingsSync().kioskName;
}

/** Whom a scanned code names, and how it named them; or why it names nobody. */
export type IdentifiedCode =
  | { readonly row: RegistrantWithArrival; readonly by: 'token' | 'ref' }
  | { readonly row: null; readonly refused: 'invalid' | 'wrong_event' };

/** Reads a scanned code: a token of this event, or a registration number or barcode on the list. */
export function identifyCodeSync(core: Core, event: EventRecord, code: string): IdentifiedCode {
  const check = checkToken(event.publicKey, event.id, code);
  if (check.kind === 'other_event') return { row: null, refused: 'wrong_event' };
  if (check.kind === 'forged') return { row: null, refused: 'invalid' };
  if (check.kind === 'valid') {
    const row = registrantWithArrivalSync(core, check.registrantId);
    return row ? { row, by: 'token' } : { row: null, refused: 'invalid' };
  }
  const ref = refOfCode(code);
  const row = ref === null ? undefined : registrantWithArrivalByRefSync(core, ref);
  return row ? { row, by: 'ref' } : { row: null, refused: 'invalid' };
}

/** Records a scanned code and returns the verdict. */
export function scanSync(core: Core, code: string, place: ScanPlace = {}): ScanResult {
  const event = core.requireEventSync();
  const at = new Date();
  const kiosk = kioskNameOf(core, place);
  const identified = identifyCodeSync(core, event, code);
  if (identified.row === null) return { verdict: identified.refused, registrant: null, at: at.toISOString(), kiosk };
  return admitSync(core, identified.row, identified.by, at, kiosk, place);
}

/** Checks in a registrant the volunteer picked from a search. */
export function checkInByIdSync(core: Core, registrantId: string, place: ScanPlace = {}): ScanResult {
  core.requireEventSync();
  const row = registrantWithArrivalSync(core, registrantId);
  if (!row) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
  return admitSync(core, row, 'search', new Date(), kioskNameOf(core, place), place);
}

function admitSync(core: Core, found: RegistrantWithArrival, by: IdentifiedBy, at: Date, kiosk: string, place: ScanPlace): ScanResult {
  return core.transaction((): ScanResult => {
    // Read again inside the transaction: another process may have admitted them since.
    const row = registrantWithArrivalSync(core, found.id)!;
    const base = scanResultBase(row, at, kiosk);
    const station = place.station ?? DEFAULT_STATION;

    const arrived = row.arrived_at !== null;
    const inside = row.inside === 1;
    const door = doorStateSync(core);
    const verdict = entranceVerdict({ status: row.status, arrived, inside, repeatsOwnAdmission: inside && isRepeatOfOwnCheckin(core, row.id, kiosk, at), door });
    // This kiosk's own admission a moment ago, scanned again: the same welcome, no second event.
    if (verdict === 'welcome' && arrived) return { verdict, ...base, door };
    if (verdict !== 'welcome' && verdict !== 'welcome_back') {
      appendEventSync(core, { at: base.at, kioskName: kiosk, station, kind: 'scan', registrantId: row.id, details: { by, verdict } });
      const queue = verdict === 'waitlisted' ? queuePlaceSync(core, row.id) : undefined;
      const firstArrival = row.arrived_at === null ? undefined : { at: row.arrived_at, kiosk: row.arrival_kiosk ?? '' };
      return { verdict, ...base, ...(firstArrival && { firstArrival }), ...(queue && { queue }), door };
    }
    appendEventSync(core, { at: base.at, kioskName: kiosk, station, kind: 'checkin', registrantId: row.id, details: { by } });
    return { verdict, ...base, door: { ...door, inside: door.inside + 1 } };
  });
}

/** What every answer about an identified registrant carries: who, when, where, and their note for the security check. */
export function scanResultBase(row: RegistrantWithArrival, at: Date, kiosk: string): Pick<ScanResult, 'registrant' | 'at' | 'kiosk' | 'note'> {
  const registrant = { id: row.id, name: row.name, organisation: row.organisation, status: row.status };
  return { registrant, at: at.toISOString(), kiosk, ...(row.note && { note: row.note }) };
}

/** A waitlisted registrant's place in the queue at the door, and since when they wait; undefined when not in it. */
function queuePlaceSync(core: Core, registrantId: string): ScanResult['queue'] {
  const queue = waitingAtDoorSync(core);
  const index = queue.findIndex((w) => w.registrantId === registrantId);
  return index < 0 ? undefined : { position: index + 1, since: queue[index]!.since };
}

/** True when this kiosk's latest event for the registrant is an admission within the repeat window. */
function isRepeatOfOwnCheckin(core: Core, registrantId: string, kiosk: string, now: Date): boolean {
  const latest = registrantEventsSync(core, registrantId)
    .filter((e) => e.kioskId === core.kioskId && e.kioskName === kiosk)
    .at(-1);
  return latest?.kind === 'checkin' && now.getTime() - Date.parse(latest.at) < REPEAT_WINDOW_MS;
}

/** What an undo took back. */
export interface UndoneCheckin {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  /** When the undone check-in (or exit) happened. */
  readonly at: string;
  /** What was undone: an admission, or an exit (the door's undo of the person it names). */
  readonly kind: 'checkin' | 'exit';
}

/**
 * Undoes this kiosk's latest check-in that is still in force: of the person
 * the screen names, refused when this kiosk has none of theirs to undo; of
 * anyone when none is named (the command line). Null when there is none.
 */
export function undoLastCheckinSync(core: Core, reason: string, place: ScanPlace = {}, registrantId?: string): UndoneCheckin | null {
  // The door names the person it shows, whose last move here may be going out as well as coming in; the command line undoes admissions alone.
  const kinds: readonly ('checkin' | 'exit')[] = registrantId === undefined ? ['checkin'] : ['checkin', 'exit'];
  const target = undoLatestStationEventSync(core, kinds, reason, { station: place.station ?? DEFAULT_STATION, kioskName: kioskNameOf(core, place) }, registrantId);
  if (!target) {
    if (registrantId === undefined) return null;
    throw new UserError('undoNoCheckinOfPerson', { name: registrantWithArrivalSync(core, registrantId)?.name ?? registrantId.slice(0, 40) });
  }
  // An admission or exit is of someone on the list, and the list only cancels registrants, never removes them.
  const row = registrantWithArrivalSync(core, target.registrantId!)!;
  return { id: row.id, name: row.name, organisation: row.organisation, status: row.status, at: target.at, kind: target.kind };
}
