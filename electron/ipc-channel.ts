/**
 * What crosses IPC between the preload and main. Only types and names, so
 * the bundled preload stays small.
 */
import type { CallOutcome } from '../shared/contract.js';
import type { OperationName } from '../shared/operations.js';

/** The channel the preload invokes the API on: (operation, request). */
export const IPC_CHANNEL = 'innsjekk:api';

/** The channel main sends the change feed's topics to the window on. */
export const CHANGES_CHANNEL = 'innsjekk:changes';

/** Main's answer to one call: plain data, which the context bridge passes whole. */
export type IpcOutcome = CallOutcome;

/** What the preload gives the page as `window.innsjekk`: each operation answers with an outcome, never a thrown error. */
export type PreloadApi = { readonly [O in OperationName]: (request: unknown) => Promise<CallOutcome> };

/** What the preload gives the page as `window.innsjekkChanges`. */
export interface PreloadChanges {
  /** Calls the listener with each change's topics until the returned function is called. */
  subscribe(listener: (topics: readonly string[]) => void): () => void;
}
