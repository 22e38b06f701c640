/**
 * A kiosk served over HTTP: a running kiosk (kiosk-runtime.ts) with its API,
 * change feed and built screens on a local port, for the browser shell and
 * for machines without Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from './core/core.js';
import type { Follow } from './core/import/follow-list.js';
import { setMetaValueSync } from './core/store/meta-store.js';
import { KioskRuntime, type RuntimeOptions } from './kiosk-runtime.js';
import { startServer, type RunningServer } from './server.js';

/** A running browser kiosk. */
export interface RunningKiosk {
  /** The server's address. */
  readonly url: string;
  /** The address to open: it carries the event key, once there is an event. */
  readonly kioskUrl: string;
  /** The sync service's address, when serving as a hub. */
  readonly hubUrl: string | null;
  readonly runtime: KioskRuntime;
  readonly core: Core;
  readonly server: RunningServer;
  /** The registration list being followed, when asked to follow one. */
  readonly follow: Follow | null;
  close(): Promise<void>;
}

/** Where to listen. */
export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

/** How to run the kiosk behind the server: everything but its data directory. */
export type KioskServerOptions = Omit<RuntimeOptions, 'dataDir'>;

/** The meta key where a served kiosk keeps its address. */
export const KIOSK_URL_KEY = 'kiosk_url';

/** Finds the built screens (dist/renderer) above this module, from the sources or from dist/. */
export function findRendererDir(start: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'dist', 'renderer');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The address that opens the kiosk with its event key, kept in the fragment so it never reaches a log. */
export function kioskAddress(url: string, core: Core): string {
  const event = core.eventSync();
  return event ? `${url}/#key=${event.eventKey}` : `${url}/`;
}

/** Opens a data directory, runs it as a kiosk (and, if asked, as the hub) and serves its screens. */
export async function startKioskServer(dataDir: string, listen: ListenAddress, options: KioskServerOptions = {}): Promise<RunningKiosk> {
  const runtime = await KioskRuntime.start({ ...options, dataDir });
  const { core } = runtime;
  let server: RunningServer;
  try {
    server = await startServer({
      ...listen,
      eventKey: () => core.eventSync()?.eventKey ?? null,
      api: { handlers: runtime.handlers, sessions: runtime.sessions, changes: runtime.changes },
      rendererDir: findRendererDir(),
    });
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  // For `innsjekk status`, which prints the whole address for whoever asks.
  setMetaValueSync(core, KIOSK_URL_KEY, server.url);
  return {
    url: server.url,
    kioskUrl: kioskAddress(server.url, core),
    // The organiser screens can make the kiosk the hub while it runs.
    get hubUrl() {
      return runtime.hubUrl;
    },
    runtime,
    core,
    server,
    follow: runtime.followed,
    close: async () => {
      await server.close();
      await runtime.stop();
    },
  };
}
