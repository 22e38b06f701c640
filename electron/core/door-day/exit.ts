/**
 * Going out: a scan at the exit (or the entrance's "ut") records that
 * someone inside left, so the inside count falls and their next admission
 * is a re-entry.
 */
import { exitVerdict } from '../../../shared/door-day.js';
import type { IdentifiedBy } from '../../../shared/event-log.js';
import type { ScanResult } from '../../../shared/contract.js';
import { UserError } from '../../../shared/i18n.js';
import { identifyCodeSync, kioskNameOf, scanResultBase, type ScanPlace } from '../checkin.js';
import type { Core } from '../core.js';
import { kioskStationSync } from '../stations/kiosk-station.js';
import { appendEventSync } from '../store/log-store.js';
import { registrantWithArrivalSync } from '../store/registrants-store.js';
import { doorStateSync } from './door-state.js';

/** Records the exit of the guest with the scanned code; a code that names nobody records nothing. */
export function exitSync(core: Core, code: string, place: ScanPlace = {}): ScanResult {
  const event = core.requireEventSync();
  const at = new Date();
  const kiosk = kioskNameOf(core, place);
  const identified = identifyCodeSync(core, event, code);
  if (identified.row === null) return { verdict: identified.refused, registrant: null, at: at.toISOString(), kiosk };
  return recordExitSync(core, identified.row.id, identified.by, at, kiosk, place);
}

/** Records the exit of a registrant picked from the search. */
export function exitByIdSync(core: Core, registrantId: string, place: ScanPlace = {}): ScanResult {
  core.requireEventSync();
  if (!registrantWithArrivalSync(core, registrantId)) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
  return recordExitSync(core, registrantId, 'search', new Date(), kioskNameOf(core, place), place);
}

function recordExitSync(core: Core, registrantId: string, by: IdentifiedBy, at: Date, kiosk: string, place: ScanPlace): ScanResult {
  return core.transaction((): ScanResult => {
    const row = registrantWithArrivalSync(core, registrantId)!;
    const base = scanResultBase(row, at, kiosk);
    const station = place.station ?? kioskStationSync(core);
    const verdict = exitVerdict(row.inside === 1);
    if (verdict === 'goodbye') appendEventSync(core, { at: base.at, kioskName: kiosk, station, kind: 'exit', registrantId, details: { by } });
    else appendEventSync(core, { at: base.at, kioskName: kiosk, station, kind: 'scan', registrantId, details: { by, verdict } });
    return { verdict, ...base, door: doorStateSync(core) };
  });
}
