/**
 * Starts the screens on whichever transport is there: the Electron preload's
 * API, or HTTP to the server that served this page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type Transport } from './app.js';
import { createHttpApi, createHttpChanges, rememberEventKey, storedEventKey, takeEventKeyFromAddress } from './api/http-api.js';
import { createIpcApi, ipcChanges, type PreloadBridge } from './api/ipc-api.js';
import './styles.css';

declare global {
  interface Window {
    /** Set by the Electron preload. */
    readonly innsjekk?: PreloadBridge['api'];
    readonly innsjekkChanges?: PreloadBridge['changes'];
  }
}

function chooseTransport(): Transport {
  if (window.innsjekk && window.innsjekkChanges) {
    return { api: createIpcApi(window.innsjekk), changes: ipcChanges(window.innsjekkChanges), hasKey: () => true, rememberKey: () => {}, addressOf: null };
  }
  const storage = window.localStorage;
  takeEventKeyFromAddress(window.location, storage);
  const eventKey = (): string | null => storedEventKey(storage);
  return {
    api: createHttpApi(window.location.origin, eventKey),
    changes: createHttpChanges(window.location.origin, eventKey),
    hasKey: () => storedEventKey(storage) !== null,
    rememberKey: (key) => rememberEventKey(storage, key),
    addressOf: (key) => `${window.location.origin}/#key=${key}`,
  };
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App transport={chooseTransport()} />
  </StrictMode>,
);
