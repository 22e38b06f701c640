/**
 * Starts the screens on whichever transport is there: the Electron preload's
 * API, or HTTP to the server that served this page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Api } from '../../shared/contract.js';
import { App, type Transport } from './app.js';
import { createHttpApi, rememberEventKey, storedEventKey, takeEventKeyFromAddress } from './api/http-api.js';
import './styles.css';

declare global {
  interface Window {
    /** Set by the Electron preload. */
    readonly innsjekk?: Api;
  }
}

function chooseTransport(): Transport {
  if (window.innsjekk) return { api: window.innsjekk, hasKey: () => true, rememberKey: () => {} };
  const storage = window.localStorage;
  takeEventKeyFromAddress(window.location, storage);
  return {
    api: createHttpApi(window.location.origin, () => storedEventKey(storage)),
    hasKey: () => storedEventKey(storage) !== null,
    rememberKey: (key) => rememberEventKey(storage, key),
  };
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App transport={chooseTransport()} />
  </StrictMode>,
);
