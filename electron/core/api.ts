/**
 * The core's services joined into the one API contract that the HTTP server
 * and the Electron IPC bridge expose.
 */
import type { ApiHandlers } from '../../shared/contract.js';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from './checkin.js';
import { codeSvg } from './codes.js';
import type { Core } from './core.js';
import { importRegistrantsSync } from './import/import-registrants.js';
import { codeRowSync, countsSync, reportSync, searchSync } from './registrants.js';

/** The API handlers for one opened data directory. */
export function createApiHandlers(core: Core): ApiHandlers {
  return {
    eventInfo: () => {
      const event = core.requireEventSync();
      return {
        id: event.id,
        name: event.name,
        date: event.date,
        capacity: event.capacity,
        kioskId: core.kioskId,
        kioskName: core.settingsSync().kioskName,
        canSignCodes: event.privateKey !== null,
      };
    },
    counts: () => countsSync(core),
    scan: ({ code, station }) => scanSync(core, code, { station }),
    checkInById: ({ registrantId, station }) => checkInByIdSync(core, registrantId, { station }),
    search: ({ query, limit }) => searchSync(core, query, limit),
    undo: ({ reason }) => ({ undone: undoLastCheckinSync(core, reason ?? '') }),
    importPreview: ({ fileName, content, mapping }) =>
      importRegistrantsSync(core, Buffer.from(content, 'base64'), { fileName, mapping, dryRun: true }),
    importCommit: ({ fileName, content, mapping }) =>
      importRegistrantsSync(core, Buffer.from(content, 'base64'), { fileName, mapping, dryRun: false }),
    registrantCode: async ({ registrantId }) => {
      const { code } = codeRowSync(core, registrantId);
      return { code, svg: await codeSvg(code) };
    },
    report: () => reportSync(core),
    settingsGet: () => core.settingsSync(),
    settingsSet: (changes) => core.updateSettingsSync(changes),
  };
}
