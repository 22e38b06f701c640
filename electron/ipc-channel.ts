/**
 * What crosses the one IPC channel between the preload and main. Only types
 * and a name, so the bundled preload stays small.
 */
import type { ApiFailure } from './api-access.js';

/** The channel the preload invokes the API on: (operation, request). */
export const IPC_CHANNEL = 'innsjekk:api';

/**
 * Main's answer to one call. Errors lose their class crossing IPC, so a
 * failure comes back as data and the preload throws it again.
 */
export type IpcOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ApiFailure };
