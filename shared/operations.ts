/**
 * The names of the API's operations, without their schemas: light enough for
 * the Electron preload, which is bundled on its own and must not carry zod.
 * shared/contract.ts fails to compile unless it defines exactly these.
 */

/** Every operation of the contract, by name. */
export const OPERATIONS = [
  'status',
  'setupDemo',
  'setupEvent',
  'eventInfo',
  'counts',
  'stationCounts',
  'scan',
  'checkInById',
  'search',
  'doorList',
  'doorChanges',
  'undo',
  'organiserUnlock',
  'organiserLock',
  'pinChange',
  'registrants',
  'importPreview',
  'importCommit',
  'registrantCode',
  'exportCodes',
  'report',
  'reportFile',
  'overview',
  'settingsGet',
  'settingsSet',
  'stationGet',
  'stationSet',
  'cloakIn',
  'cloakOut',
  'cloakFind',
  'cloakList',
  'cloakUndo',
  'lunchServe',
  'lunchUndo',
  'lunchList',
  'eventSettingsGet',
  'eventSettingsSet',
  'eventUpdate',
  'mailStatus',
  'mailSend',
  'mailPreview',
  'syncStatus',
  'joinHub',
  'pairingCode',
  'peers',
  'conflicts',
  'followStatus',
  'hubStart',
  'syncExport',
  'syncImport',
  'leaveEvent',
] as const;

/** The name of one operation. */
export type OperationName = (typeof OPERATIONS)[number];
