/**
 * The Electron preload: gives the kiosk page `window.innsjekk`, one function
 * per operation, each a call on the checked IPC channel answering with a
 * plain outcome (the context bridge drops an Error's own properties, so
 * failures travel as data), and `window.innsjekkChanges`, the change feed.
 * The page never sees ipcRenderer itself.
 *
 * A sandboxed preload cannot import local modules at run time, so Vite
 * bundles this file with the operation names into dist/electron/preload.cjs
 * (vite.preload.config.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { OPERATIONS } from '../shared/operations.js';
import { CHANGES_CHANNEL, IPC_CHANNEL, type IpcOutcome, type PreloadApi, type PreloadChanges } from './ipc-channel.js';

const api = Object.fromEntries(
  OPERATIONS.map((operation) => [operation, (request: unknown) => ipcRenderer.invoke(IPC_CHANNEL, operation, request) as Promise<IpcOutcome>]),
) as unknown as PreloadApi;

const changes: PreloadChanges = {
  subscribe(listener) {
    // Only the topics reach the page, never the IPC event.
    const forward = (_event: IpcRendererEvent, topics: readonly string[]): void => listener(topics);
    ipcRenderer.on(CHANGES_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(CHANGES_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('innsjekk', api);
contextBridge.exposeInMainWorld('innsjekkChanges', changes);
