/**
 * The Electron preload: gives the kiosk page `window.innsjekk`, one function
 * per operation, each a call on the checked IPC channel. The page never sees
 * ipcRenderer itself.
 *
 * A sandboxed preload cannot import local modules at run time, so Vite
 * bundles this file with the operation names into dist/electron/preload.cjs
 * (vite.preload.config.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/contract.js';
import { OPERATIONS, type OperationName } from '../shared/operations.js';
import { IPC_CHANNEL, type IpcOutcome } from './ipc-channel.js';

async function call(operation: OperationName, request: unknown): Promise<unknown> {
  const outcome = (await ipcRenderer.invoke(IPC_CHANNEL, operation, request)) as IpcOutcome;
  if (outcome.ok) return outcome.value;
  // The context bridge hands the page an Error's message (the Norwegian text the screens show) and drops the rest.
  const { key, message, messageEn } = outcome.error;
  throw Object.assign(new Error(message), { key, messageEn });
}

const api = Object.fromEntries(OPERATIONS.map((operation) => [operation, (request: unknown) => call(operation, request)])) as unknown as Api;

contextBridge.exposeInMainWorld('innsjekk', api);
