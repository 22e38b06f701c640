/**
 * A kiosk served over HTTP: the core, the API and the built screens, for the
 * browser shell and for machines without Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiHandlers } from './core/api.js';
import { Core } from './core/core.js';
import { OrganiserSessions } from './core/organiser-access.js';
import { startServer, type RunningServer } from './server.js';

/** A running browser kiosk. */
export interface RunningKiosk {
  /** The server's address. */
  readonly url: string;
  /** The address to open: it carries the event key, once there is an event. */
  readonly kioskUrl: string;
  readonly core: Core;
  readonly server: RunningServer;
  close(): Promise<void>;
}

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

/** Opens a data directory and serves it as a browser kiosk. */
export async function startKioskServer(dataDir: string, listen: { readonly host: string; readonly port: number }): Promise<RunningKiosk> {
  const core = Core.openSync(dataDir);
  const sessions = new OrganiserSessions(core);
  try {
    const server = await startServer({
      ...listen,
      eventKey: () => core.eventSync()?.eventKey ?? null,
      handlers: createApiHandlers(core, sessions),
      sessions,
      rendererDir: findRendererDir(),
    });
    return {
      url: server.url,
      kioskUrl: kioskAddress(server.url, core),
      core,
      server,
      close: async () => {
        await server.close();
        core.closeSync();
      },
    };
  } catch (error) {
    core.closeSync();
    throw error;
  }
}
