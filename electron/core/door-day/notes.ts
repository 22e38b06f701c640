/**
 * Notes for the security check ("Må vise legitimasjon", "VIP — hent
 * vertskap"): the list may bring one, and the organiser sets or clears one as
 * an event in the log, so every kiosk shows it on a scan.
 */
import { MAX_NOTE } from '../../../shared/door-day.js';
import { UserError } from '../../../shared/i18n.js';
import { kioskNameOf, type ScanPlace } from '../checkin.js';
import type { Core } from '../core.js';
import { kioskStationSync } from '../stations/kiosk-station.js';
import { appendEventSync } from '../store/log-store.js';
import { registrantWithArrivalSync } from '../store/registrants-store.js';

/** Sets a registrant's note (null or only spaces: clears it); returns the note in force. Refused, with nothing recorded, when too long. */
export function setNoteSync(core: Core, registrantId: string, text: string | null, place: ScanPlace = {}): { readonly registrantId: string; readonly note: string | null } {
  core.requireEventSync();
  const note = text?.replace(/\s+/g, ' ').trim() || null;
  if (note !== null && note.length > MAX_NOTE) throw new UserError('noteTooLong', { length: note.length, max: MAX_NOTE });
  return core.transaction(() => {
    if (!registrantWithArrivalSync(core, registrantId)) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
    appendEventSync(core, {
      at: new Date().toISOString(),
      kioskName: kioskNameOf(core, place),
      station: place.station ?? kioskStationSync(core),
      kind: 'note',
      registrantId,
      details: { note },
    });
    return { registrantId, note: registrantWithArrivalSync(core, registrantId)!.note };
  });
}
