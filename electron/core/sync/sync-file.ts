/**
 * Carrying events on a USB stick when there is no network at all: one kiosk
 * writes every event it holds (and the list) to a file, another takes in
 * what it lacks. The same for the command line and the organiser screens.
 */
import { UserError } from '../../../shared/i18n.js';
import { syncFile, type SyncFileContent } from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { eventsAboveSync } from '../store/log-store.js';
import { listRevisionSync, registrantsAboveSync } from '../store/registrants-store.js';
import { completeDeletionSync } from '../privacy/purge.js';
import { applyEventsSync, applyRegistrantsSync } from './event-exchange.js';

/** Every event a file can carry; a sync file holds them all. */
const ALL_EVENTS = Number.MAX_SAFE_INTEGER;

/** Everything this kiosk holds, as a sync file's content. */
export function syncFileContentSync(core: Core): SyncFileContent {
  return {
    format: 'innsjekk-sync-2',
    eventId: core.requireEventSync().id,
    kioskId: core.kioskId,
    exportedAt: new Date().toISOString(),
    events: eventsAboveSync(core, {}, ALL_EVENTS).events,
    registrants: registrantsAboveSync(core, 0),
    listRevision: listRevisionSync(core),
  };
}

/** The name a sync file is offered under: the event's date and the kiosk, so files from several kiosks do not overwrite each other. */
export function syncFileNameSync(core: Core): string {
  const kiosk = core.settingsSync().kioskName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || core.kioskId;
  return `innsjekk-hendelser-${core.requireEventSync().date}-${kiosk}.json`;
}

/**
 * Takes in a sync file's text (named `fileName` in messages): the events this
 * kiosk lacks, and a newer list on a kiosk that is not the organiser's. One
 * transaction: a damaged or foreign file changes nothing. Returns how many
 * events were new.
 */
export function importSyncFileSync(core: Core, text: string, fileName: string): number {
  let parsed;
  try {
    parsed = syncFile.safeParse(JSON.parse(text));
  } catch {
    throw new UserError('syncFileUnreadable', { file: fileName });
  }
  if (!parsed.success) throw new UserError('syncFileUnreadable', { file: fileName });
  const content = parsed.data;
  const received = core.transaction(() => {
    if (content.eventId !== core.requireEventSync().id) throw new UserError('syncOtherEvent');
    const applied = applyEventsSync(core, content.events);
    // Only a newer list replaces what this kiosk holds; the organiser's own list is never rolled back.
    if (content.listRevision > listRevisionSync(core) && !core.requireEventSync().privateKey) {
      applyRegistrantsSync(core, content.registrants, content.listRevision);
    }
    return applied;
  });
  completeDeletionSync(core);
  return received;
}
