/**
 * The event's name, date, capacity and settings travel with every sync
 * round, so a change on the organiser's kiosk reaches every kiosk.
 */
import { EVENT_SETTING_KEYS, type EventSettingKey } from '../../../shared/domain.js';
import type { EventDetails } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { eventSettingsSync, updateEventSettingsSync } from '../event-settings.js';

/** Settings that live in the event record itself, not among the settings. */
const OWN_FIELDS: ReadonlySet<EventSettingKey> = new Set(['name', 'date', 'capacity']);

/** The event as this kiosk has it. */
export function eventDetailsSync(core: Core): EventDetails {
  const event = core.requireEventSync();
  const settings = Object.fromEntries(Object.entries(eventSettingsSync(core)).filter(([key]) => !OWN_FIELDS.has(key as EventSettingKey)));
  return { name: event.name, date: event.date, capacity: event.capacity, settings };
}

/** Takes on the hub's version of the event, where it differs. Call inside the round's transaction. */
export function applyEventDetailsSync(core: Core, details: EventDetails): void {
  const current = eventDetailsSync(core);
  if (current.name !== details.name || current.date !== details.date || current.capacity !== details.capacity) {
    core.updateEventSync({ name: details.name, date: details.date, capacity: details.capacity });
  }
  // Keys a newer hub knows and this kiosk does not are left out.
  const changed = Object.fromEntries(
    Object.entries(details.settings).filter(
      ([key, value]) => (EVENT_SETTING_KEYS as readonly string[]).includes(key) && !OWN_FIELDS.has(key as EventSettingKey) && current.settings[key] !== value,
    ),
  );
  if (Object.keys(changed).length > 0) updateEventSettingsSync(core, changed);
}
