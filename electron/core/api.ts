/**
 * The core's services joined into the one API contract that the HTTP server
 * and the Electron IPC bridge expose.
 */
import type { ApiHandlers, CallContext, Override, ResponseOf } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from './checkin.js';
import { codeSvg, exportCodesToZip } from './codes.js';
import type { Core, EventRecord } from './core.js';
import { createDemoEventSync } from './demo.js';
import { deskCheckInSync, deskCorrectSync, deskUndoArrivalSync } from './desk.js';
import { admitForcedSync, releaseWaitlistSync, waitlistAdmitSync } from './door-day/admissions.js';
import { doorCountsSync, waitlistQueueSync } from './door-day/door-state.js';
import { exitByIdSync, exitSync } from './door-day/exit.js';
import { setNoteSync } from './door-day/notes.js';
import { walkInSync } from './door-day/walk-in.js';
import { doorChangesSync, doorListSync } from './door-list.js';
import { eventSettingsSync, updateEventSettingsSync } from './event-settings.js';
import { followStatusSync } from './import/follow-list.js';
import { importRegistrantsSync } from './import/import-registrants.js';
import type { MailSender } from './mail/background.js';
import { previewMail } from './mail/preview.js';
import { createEventWithPinSync, hasPinSync, setPinSync, type OrganiserSessions } from './organiser-access.js';
import { codeRowSync, reportSync, searchSync } from './registrants.js';
import { liveOverviewSync } from './report/live-overview.js';
import { municipalityNames } from './report/municipality-list.js';
import { reportFile } from './report/report-file.js';
import { cloakFindSync, cloakInSync, cloakListSync, cloakOutSync, undoLastCloakEventSync } from './stations/cloakroom.js';
import { kioskStationSync, setKioskStationSync } from './stations/kiosk-station.js';
import { lunchListSync, serveLunchSync, undoLastLunchSync } from './stations/lunch.js';
import { stationCountsSync } from './stations/station-counts.js';
import { peersSync } from './store/hub-store.js';
import { listRegistrantsSync } from './store/registrants-store.js';
import { conflictsSync } from './sync/conflicts.js';
import { servedHubAddressSync } from './sync/hub-role.js';
import { joinAndSync, syncStatusSync } from './sync/sync-client.js';
import { importSyncFileSync, syncFileContentSync, syncFileNameSync } from './sync/sync-file.js';
import { pairingCodeOf } from './sync/sync-service.js';
import { personSync } from './privacy/person.js';
import { recordWrittenFileSync } from './privacy/privacy-state.js';
import { privacyStatusSync } from './privacy/privacy-status.js';
import { forgetPersonSync, purgeSync } from './privacy/purge.js';

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

/** What the handlers ask of the running kiosk besides its core: the services it runs. */
export interface KioskServices {
  readonly mail: MailSender;
  /** Starts serving the event to the other kiosks, or keeps serving; resolves once listening. */
  serveAsHub(): Promise<void>;
  /** Leaves the event (see leaveEventSync), stopping and restarting what runs around it. */
  leaveEvent(confirmLoss: number | undefined): Promise<{ readonly eventName: string }>;
}

async function pairingCodeAnswer(core: Core): Promise<ResponseOf<'pairingCode'>> {
  const url = servedHubAddressSync(core);
  if (!url) throw new UserError('notServingHub');
  const code = pairingCodeOf(core, url);
  return { code, svg: await codeSvg(code), url };
}

/**
 * Checks the organiser PIN an override gives, here in the core, as an unlock
 * from the caller's place would. An open organiser session (the information
 * desk, already unlocked) stands for the PIN; without one, a missing PIN is
 * the locked organiser screens, not a wrong guess.
 */
async function confirmOverride(sessions: OrganiserSessions, override: Override, { organiserSession, fromThisMachine }: CallContext): Promise<void> {
  if (sessions.touch(organiserSession)) return;
  if (override.pin === '') throw new UserError('organiserLocked');
  await sessions.confirm(override.pin, fromThisMachine === true ? 'this-machine' : 'network');
}

/** The API handlers for one opened data directory. */
export function createApiHandlers(core: Core, sessions: OrganiserSessions, services: KioskServices): ApiHandlers {
  const { mail } = services;
  return {
    syncStatus: () => syncStatusSync(core),
    joinHub: async ({ code, kioskName }) => {
      const joined = await joinAndSync(core, code, kioskName);
      return { eventKey: core.requireEventSync().eventKey, ...joined };
    },
    pairingCode: () => pairingCodeAnswer(core),
    hubStart: async () => {
      await services.serveAsHub();
      return pairingCodeAnswer(core);
    },
    syncExport: () => {
      const content = syncFileContentSync(core);
      const fileName = syncFileNameSync(core);
      recordWrittenFileSync(core, { path: fileName, kind: 'sync-file', fromScreens: true });
      return { fileName, content: JSON.stringify(content), events: content.events.length };
    },
    syncImport: ({ fileName, content }) => ({ received: importSyncFileSync(core, content, fileName) }),
    leaveEvent: ({ confirmLoss }) => services.leaveEvent(confirmLoss),
    privacyStatus: () => privacyStatusSync(core),
    purge: ({ confirmPeople }) => purgeSync(core, 'screens', confirmPeople),
    person: ({ registrantId }) => personSync(core, registrantId),
    forget: ({ registrantId }) => forgetPersonSync(core, registrantId),
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
    counts: () => doorCountsSync(core),
    stationCounts: () => stationCountsSync(core),
    scan: ({ code, station }) => scanSync(core, code, { station }),
    checkInById: ({ registrantId, station }) => checkInByIdSync(core, registrantId, { station }),
    search: ({ query, limit }) => searchSync(core, query, limit),
    doorList: () => doorListSync(core),
    doorChanges: ({ cursor }) => doorChangesSync(core, cursor),
    undo: ({ reason, registrantId }) => ({ undone: undoLastCheckinSync(core, reason ?? '', {}, registrantId) }),
    exit: ({ code, station }) => exitSync(core, code, { station }),
    exitById: ({ registrantId, station }) => exitByIdSync(core, registrantId, { station }),
    admitForced: async ({ registrantId, override, station }, context) => {
      await confirmOverride(sessions, override, context);
      return admitForcedSync(core, registrantId, override, { station });
    },
    waitlist: () => waitlistQueueSync(core),
    waitlistAdmit: async ({ override, station, ...admission }, context) => {
      if (override) await confirmOverride(sessions, override, context);
      return waitlistAdmitSync(core, { ...admission, override }, { station });
    },
    waitlistRelease: () => releaseWaitlistSync(core),
    walkIn: async ({ override, station, ...input }, context) => {
      if (override) await confirmOverride(sessions, override, context);
      const { result, code } = walkInSync(core, input, override, { station });
      return { result, code, svg: await codeSvg(code) };
    },
    municipalities: () => municipalityNames(),
    noteSet: ({ registrantId, note }) => setNoteSync(core, registrantId, note),
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
    deskCheckIn: ({ registrantId, reason }) => deskCheckInSync(core, registrantId, reason),
    deskUndoArrival: ({ registrantId, reason }) => deskUndoArrivalSync(core, registrantId, reason),
    deskCorrect: ({ registrantId, name, organisation }) => deskCorrectSync(core, registrantId, { name, organisation }),
    importPreview: ({ fileName, content, mapping }) =>
      importRegistrantsSync(core, Buffer.from(content, 'base64'), { fileName, mapping, dryRun: true }),
    importCommit: ({ fileName, content, mapping, allowCancel }) =>
      importRegistrantsSync(core, Buffer.from(content, 'base64'), { fileName, mapping, dryRun: false, allowCancel }),
    registrantCode: async ({ registrantId }) => {
      const { code } = codeRowSync(core, registrantId);
      return { code, svg: await codeSvg(code) };
    },
    exportCodes: async () => {
      const { zip, count } = await exportCodesToZip(core);
      const fileName = `innsjekk-koder-${core.requireEventSync().date}.zip`;
      recordWrittenFileSync(core, { path: fileName, kind: 'codes', fromScreens: true });
      return { fileName, zip: Buffer.from(zip).toString('base64'), count };
    },
    report: () => reportSync(core),
    overview: () => liveOverviewSync(core),
    reportFile: async (request) => {
      const file = await reportFile(core, request);
      if (request.anonymous !== true) recordWrittenFileSync(core, { path: file.fileName, kind: 'report', fromScreens: true });
      return { fileName: file.fileName, mimeType: file.mimeType, content: Buffer.from(file.bytes).toString('base64') };
    },
    settingsGet: () => core.settingsSync(),
    settingsSet: (changes) => core.updateSettingsSync(changes),
    stationGet: () => ({ station: kioskStationSync(core) }),
    stationSet: ({ station }) => ({ station: setKioskStationSync(core, station) }),
    cloakIn: ({ tag, code, registrantId }) => cloakInSync(core, tag, registrantId === undefined ? code : { registrantId }),
    cloakOut: ({ tag }) => cloakOutSync(core, tag),
    cloakFind: ({ query }) => cloakFindSync(core, query),
    cloakList: ({ uncollected }) => cloakListSync(core, uncollected ? 'uncollected' : 'all'),
    cloakUndo: ({ reason }) => ({ undone: undoLastCloakEventSync(core, reason ?? '') }),
    lunchServe: ({ code, registrantId, again }) => serveLunchSync(core, { code: registrantId === undefined ? code : { registrantId }, again }),
    lunchUndo: ({ reason }) => ({ undone: undoLastLunchSync(core, reason ?? '') }),
    lunchList: () => lunchListSync(core),
    eventSettingsGet: () => eventSettingsSync(core),
    eventSettingsSet: (changes) => updateEventSettingsSync(core, changes),
    eventUpdate: (changes) => eventInfo(core, core.updateEventSync(changes)),
    mailStatus: () => mail.status(),
    mailSend: (request) => mail.start(request),
    mailPreview: (request) => previewMail(core, request),
    followStatus: () => followStatusSync(core),
  };
}
