/**
 * The API over the Electron preload: each operation answers with a plain
 * outcome, and a failure becomes the same ApiError the HTTP client throws.
 */
import { contract, type Api, type CallOutcome, type Operation } from '../../../shared/contract.js';
import { ApiError } from './api-error.js';
import { sharedSource, topicsOf, type ChangeSource } from './change-source.js';

/** What the preload gives the page (electron/ipc-channel.ts PreloadApi and PreloadChanges). */
export interface PreloadBridge {
  readonly api: { readonly [O in Operation]: (request: unknown) => Promise<CallOutcome> };
  readonly changes: { subscribe(listener: (topics: readonly string[]) => void): () => void };
}

/** The Api on the preload's outcomes. */
export function createIpcApi(api: PreloadBridge['api']): Api {
  const call = async (operation: Operation, request: unknown): Promise<unknown> => {
    const outcome = await api[operation](request);
    if (outcome.ok) return outcome.value;
    throw new ApiError(outcome.error);
  };
  return Object.fromEntries((Object.keys(contract) as Operation[]).map((operation) => [operation, (request: unknown) => call(operation, request)])) as unknown as Api;
}

/** The change feed main sends the window. */
export function ipcChanges(changes: PreloadBridge['changes']): ChangeSource {
  return sharedSource((emit) => changes.subscribe((topics) => emit(topicsOf(topics))));
}
