/**
 * A kiosk served over HTTP: the core, the API and the built screens, for the
 * browser shell and for machines without Electron — and, as a hub, the sync
 * service over HTTPS for the other kiosks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiHandlers, Operation } from '../shared/contract.js';
import { createApiHandlers } from './core/api.js';
import { Core } from './core/core.js';
import { eventStartSync, followList, type CheckResult, type Follow, type ListSource } from './core/import/follow-list.js';
import { OrganiserSessions } from './core/organiser-access.js';
import { BackgroundSync } from './core/sync/background-sync.js';
import { hubSync } from './core/sync/sync-client.js';
import { HUB_ADDRESS_KEY, snapshotSync, syncRoundSync } from './core/sync/sync-service.js';
import { tlsIdentity } from './core/sync/tls-identity.js';
import { startServer, type RunningServer } from './server.js';

/** A running browser kiosk. */
export interface RunningKiosk {
  /** The server's address. */
  readonly url: string;
  /** The address to open: it carries the event key, once there is an event. */
  readonly kioskUrl: string;
  /** The sync service's address, when serving as a hub. */
  readonly hubUrl: string | null;
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

/** Options beyond the local kiosk. */
export interface KioskServerOptions {
  /** Serve the event to other kiosks over HTTPS here. */
  readonly hub?: ListenAddress;
  /** Sync rounds with the joined hub this often (default 3 s). */
  readonly syncIntervalMs?: number;
  /** Follow the registration list at an address until the event starts; the kiosks get each change in their next round. */
  readonly follow?: { readonly source: ListSource; readonly intervalMinutes: number; readonly onResult: (result: CheckResult) => void };
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

/** An address other machines can reach a server on: a wildcard host becomes this machine's LAN address. */
export function reachableUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname !== '0.0.0.0' && parsed.hostname !== '[::]') return url;
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  parsed.hostname = lan?.address ?? '127.0.0.1';
  return parsed.origin;
}

/** Runs a hook after some operations succeed: the kiosk syncs right after each scan, and starts syncing once it joined. */
function withHooks(handlers: ApiHandlers, hooks: Partial<Record<Operation, () => void>>): ApiHandlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([operation, handler]) => {
      const hook = hooks[operation as Operation];
      if (!hook) return [operation, handler];
      return [
        operation,
        async (request: never, context: never) => {
          const result = await (handler as (r: never, c: never) => unknown)(request, context);
          hook();
          return result;
        },
      ];
    }),
  ) as unknown as ApiHandlers;
}

/** Opens a data directory and serves it as a browser kiosk (and, if asked, as a hub). */
export async function startKioskServer(dataDir: string, listen: ListenAddress, options: KioskServerOptions = {}): Promise<RunningKiosk> {
  const core = Core.openSync(dataDir);
  core.checkpointInBackground();
  const sessions = new OrganiserSessions(core);
  const background = new BackgroundSync(core, options.syncIntervalMs);
  const nudge = (): void => background.nudge();
  const handlers = withHooks(createApiHandlers(core, sessions), { scan: nudge, checkInById: nudge, undo: nudge, joinHub: () => background.start() });
  const eventKey = (): string | null => core.eventSync()?.eventKey ?? null;
  const servers: RunningServer[] = [];
  try {
    const server = await startServer({ ...listen, eventKey, handlers, sessions, rendererDir: findRendererDir() });
    servers.push(server);
    let hubUrl: string | null = null;
    if (options.hub) {
      const identity = await tlsIdentity(core);
      const hub = await startServer({
        ...options.hub,
        eventKey,
        handlers,
        sessions,
        rendererDir: null,
        tls: identity,
        syncRoutes: { '/sync/snapshot': () => snapshotSync(core), '/sync/round': (body) => syncRoundSync(core, body) },
      });
      servers.push(hub);
      hubUrl = reachableUrl(hub.url);
      core.setMetaSync(HUB_ADDRESS_KEY, hubUrl);
    }
    if (hubSync(core)) background.start();
    const follow = options.follow
      ? followList(core, options.follow.source, { intervalMinutes: options.follow.intervalMinutes, until: () => eventStartSync(core), onResult: options.follow.onResult })
      : null;
    return {
      url: server.url,
      kioskUrl: kioskAddress(server.url, core),
      hubUrl,
      core,
      server,
      follow,
      close: async () => {
        await follow?.stop();
        await background.stop();
        await Promise.all(servers.map((s) => s.close()));
        core.closeSync();
      },
    };
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    core.closeSync();
    throw error;
  }
}
