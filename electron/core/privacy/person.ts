/**
 * Everything this kiosk holds about one registrant, for a request for access:
 * their fields, their events in the log and the emails sent to them.
 */
import type { LogEvent } from '../../../shared/event-log.js';
import { UserError } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { arrivalTimesSync, registrantEventsSync } from '../store/log-store.js';
import { mailOfSync } from '../store/outbox-store.js';
import { registrantRecordSync, type StoredRegistrantRecord } from '../store/registrants-store.js';

/** One registrant's data as held here. */
export interface PersonData {
  readonly registrant: StoredRegistrantRecord;
  /** When they arrived (null: not arrived). */
  readonly arrivedAt: string | null;
  /** Their events, oldest first. */
  readonly events: readonly LogEvent[];
  readonly mails: ReturnType<typeof mailOfSync>;
}

/** Everything held about a registrant; refused for an id no registrant has. */
export function personSync(core: Core, registrantId: string): PersonData {
  return core.transaction((): PersonData => {
    core.requireEventSync();
    const registrant = registrantRecordSync(core, registrantId);
    if (!registrant) throw new UserError('personUnknown', { id: registrantId });
    return {
      registrant,
      arrivedAt: arrivalTimesSync(core, [registrantId]).get(registrantId) ?? null,
      events: registrantEventsSync(core, registrantId),
      mails: mailOfSync(core, registrantId),
    };
  });
}
