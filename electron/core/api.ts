/**
 * The core's services joined into the one API contract that the HTTP server
 * and the Electron IPC bridge expose.
 */
import type { ApiHandlers, ResponseOf } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from './checkin.js';
import { codeSvg, exportCodesToZip } from './codes.js';
import type { Core, EventRecord } from './core.js';
import { createDemoEventSync } from './demo.js';
import { doorChangesSync, doorListSync } from './door-list.js';
import { eventSettingsSync, updateEventSettingsSync } from './event-settings.js';
import { followStatusSync } from './import/follow-list.js';
import { importRegistrantsSync } from './import/import-registrants.js';
import { createMailSender } from './mail/background.js';
import { previewMail } from './mail/preview.js';
import { createEventWithPinSync, hasPinSync, setPinSync, type OrganiserSessions } from './organiser-access.js';
import { codeRowSync, countsSync, listRegistrantsSync, reportSync, searchSync } from './registrants.js';
import { conflictsSync } from './sync/conflicts.js';
import { joinSync, syncStatusSync } from './sync/sync-client.js';
import { HUB_ADDRESS_KEY, pairingCodeOf, peersSync } from './sync/sync-service.js';

/** What every kiosk may know about the event: no keys. */
function eventInfo(core: Core, event: EventRecord): ResponseOf<'eventInfo'> {
  return {
    id: event.id,
    name: event.name,
    date: event.date,
    capacity: event.capacity,
    kioskId: core.kioskId,
    kioskName: core.settingsSync().kioskName,
    canSignCodes: event.privateKey !== null,
  };
}

/** The API handlers for one opened data directory. */
export function createApiHandlers(core: Core, sessions: OrganiserSessions): ApiHandlers {
  const mail = createMailSender(core);
  return {
    syncStatus: () => syncStatusSync(core),
    joinHub: async ({ code, kioskName }) => {
      const joined = await joinSync(core, code, kioskName);
      return { eventKey: core.requireEventSync().eventKey, ...joined };
    },
    pairingCode: async () => {
      const url = core.metaSync(HUB_ADDRESS_KEY);
      if (!url) throw new UserError('notServingHub');
      const code = pairingCodeOf(core, url);
      return { code, svg: await codeSvg(code), url };
    },
    peers: () => peersSync(core),
    conflicts: () => conflictsSync(core),
    status: () => {
      const settings = core.settingsSync();
      const event = core.eventSync();
      return { configured: event !== null, eventName: event?.name ?? null, ...settings, pinSet: hasPinSync(core) };
    },
    setupDemo: () => {
      if (core.eventSync()) throw new UserError('alreadyConfigured');
      createDemoEventSync(core);
      return { eventKey: core.requireEventSync().eventKey };
    },
    setupEvent: ({ pin, ...event }) => {
      if (core.eventSync()) throw new UserError('alreadyConfigured');
      return { eventKey: createEventWithPinSync(core, event, pin).eventKey };
    },
    eventInfo: () => eventInfo(core, core.requireEventSync()),
    counts: () => countsSync(core),
    scan: ({ code, station }) => scanSync(core, code, { station }),
    checkInById: ({ registrantId, station }) => checkInByIdSync(core, registrantId, { station }),
    search: ({ query, limit }) => searchSync(core, query, limit),
    doorList: () => doorListSync(core),
    doorChanges: ({ cursor }) => doorChangesSync(core, cursor),
    undo: ({ reason }) => ({ undone: undoLastCheckinSync(core, reason ?? '') }),
    organiserUnlock: async ({ pin }, { fromThisMachine }) => ({ session: await sessions.unlock(pin, fromThisMachine === true ? 'this-machine' : 'network') }),
    organiserLock: (_request, { organiserSession }) => {
      sessions.lock(organiserSession);
      return {};
    },
    pinChange: ({ pin }) => {
      setPinSync(core, pin);
      return {};
    },
    registrants: (page) => listRegistrantsSync(core, page),
    importPreview: ({ fileName, content, mapping }) =>
      importRegistrantsSync(core, Buffer.from(content, 'base64'), { fileName, mapping, dryRun: true }),
    importCommit: ({ fileName, content, mapping }) =>
      importRegistrantsSync(core, Buffer.from(content, 'base64'), { fileName, mapping, dryRun: false }),
    registrantCode: async ({ registrantId }) => {
      const { code } = codeRowSync(core, registrantId);
      return { code, svg: await codeSvg(code) };
    },
    exportCodes: async () => {
      const { zip, count } = await exportCodesToZip(core);
      return { fileName: `innsjekk-koder-${core.requireEventSync().date}.zip`, zip: Buffer.from(zip).toString('base64'), count };
    },
    report: () => reportSync(core),
    settingsGet: () => core.settingsSync(),
    settingsSet: (changes) => core.updateSettingsSync(changes),
    eventSettingsGet: () => eventSettingsSync(core),
    eventSettingsSet: (changes) => updateEventSettingsSync(core, changes),
    eventUpdate: (changes) => eventInfo(core, core.updateEventSync(changes)),
    mailStatus: () => mail.status(),
    mailSend: (request) => mail.start(request),
    mailPreview: (request) => previewMail(core, request),
    followStatus: () => followStatusSync(core),
  };
}
