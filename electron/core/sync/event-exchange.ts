/**
 * Taking in what another kiosk sent, log events and registrant changes —
 * atomically and idempotently. What one side has and lacks is read from the
 * stores (versionVectorSync, eventsAboveSync, registrantsAboveSync).
 */
import type { LogEvent } from '../../../shared/event-log.js';
import { UserError } from '../../../shared/i18n.js';
import type { WireRegistrant } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { storeNewEventsSync, versionVectorSync } from '../store/log-store.js';
import { adoptListRevisionSync, applyCorrectionsSync, blankRegistrantSync, putRegistrantSync } from '../store/registrants-store.js';
import { isPurgedSync, takeInEventsSync } from '../privacy/purge.js';

/**
 * Applies events from another kiosk in one transaction, skipping those held
 * already. Each kiosk's events must continue where this side stops, so the
 * log never has a gap; a batch that would leave one is refused whole. What
 * they say about personal data (a purge, a person forgotten) is done in the
 * same transaction; the caller then completes it (completeDeletionSync).
 */
export function applyEventsSync(core: Core, events: readonly LogEvent[]): number {
  return core.transaction((): number => {
    const vector = versionVectorSync(core);
    const sorted = [...events].sort((a, b) => (a.kioskId === b.kioskId ? a.seq - b.seq : a.kioskId < b.kioskId ? -1 : 1));
    const fresh: LogEvent[] = [];
    for (const event of sorted) {
      const held = vector[event.kioskId] ?? 0;
      if (event.seq <= held) continue;
      if (event.seq !== held + 1) throw new UserError('syncGap', { kiosk: event.kioskId, expected: held + 1, got: event.seq });
      vector[event.kioskId] = event.seq;
      fresh.push(event);
    }
    return takeInEventsSync(core, fresh, (events) => storeNewEventsSync(core, events));
  });
}

/** Takes in the hub's registrant changes and its list revision, in one transaction. */
export function applyRegistrantsSync(core: Core, registrants: readonly WireRegistrant[], revision: number): void {
  core.transaction(() => {
    const now = new Date().toISOString();
    // A purged kiosk keeps a registrant's id and status only, whatever the hub still holds.
    const purged = isPurgedSync(core);
    for (const r of registrants) {
      putRegistrantSync(core, r, r.id, r.code, r.listRevision, now);
      if (purged) blankRegistrantSync(core, r.id);
    }
    if (registrants.length > 0) applyCorrectionsSync(core, registrants.map((r) => r.id));
    adoptListRevisionSync(core, revision);
  });
}
