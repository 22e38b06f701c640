/**
 * A running kiosk: everything one opened data directory runs, whatever the
 * shell — the core, the organiser sessions, the API handlers, background sync
 * with the hub, the hub's own sync service when this kiosk is (or becomes)
 * the hub, the registration list being followed, the mail sender, the WAL
 * checkpoint and the change feed. The Electron shell, `innsjekk serve` and
 * the commands that need a running kiosk only adapt a transport to it.
 */
import os from 'node:os';
import { CHANGE_TOPICS, type ApiHandlers, type ChangeTopic, type Operation } from '../shared/contract.js';
import { UserError } from '../shared/i18n.js';
import { createApiHandlers, type KioskServices } from './core/api.js';
import { ChangeFeed } from './core/change-feed.js';
import { Core } from './core/core.js';
import { eventStartSync, followList, type CheckResult, type Follow, type ListSource } from './core/import/follow-list.js';
import { createMailSender, type MailSender } from './core/mail/background.js';
import { OrganiserSessions } from './core/organiser-access.js';
import { BackgroundSync } from './core/sync/background-sync.js';
import { chosenHubListenSync, DEFAULT_HUB_LISTEN, hubIdentity, recordHubSync, type HubListen } from './core/sync/hub-role.js';
import { checkLeaveSync, leaveEventSync } from './core/sync/leave-event.js';
import { watchRetention } from './core/privacy/retention.js';
import { hubSync } from './core/store/hub-store.js';
import { snapshotSync, syncRoundSync } from './core/sync/sync-service.js';
import { startServer, type RunningServer } from './server.js';

/** Following the registration list at an address until the event starts. */
export interface FollowRequest {
  readonly source: ListSource;
  readonly intervalMinutes: number;
  readonly onResult: (result: CheckResult) => void;
}

/** How to run a kiosk. */
export interface RuntimeOptions {
  readonly dataDir: string;
  /**
   * Serve the event to other kiosks: at this address, or `as-chosen` — where
   * the organiser last made this kiosk the hub, if ever. Without it the kiosk
   * becomes the hub only when asked (the organiser screens).
   */
  readonly hub?: HubListen | 'as-chosen';
  /** Where the organiser screens make this kiosk the hub, the first time (default: every interface, port 4681). */
  readonly hubListen?: HubListen;
  /** Sync rounds with the joined hub this often (default 3 s). */
  readonly syncIntervalMs?: number;
  readonly follow?: FollowRequest;
}

/** How often to look for writes by other processes on the data directory. */
const OTHER_WRITERS_MS = 500;

/** After each operation that changes something: what the screens should hear, and whether to sync soon. */
const AFTER: Partial<Record<Operation, { readonly topics: readonly ChangeTopic[]; readonly nudge?: boolean }>> = {
  scan: { topics: ['door'], nudge: true },
  checkInById: { topics: ['door'], nudge: true },
  undo: { topics: ['door'], nudge: true },
  importCommit: { topics: ['door'] },
  deskCheckIn: { topics: ['door'], nudge: true },
  deskUndoArrival: { topics: ['door'], nudge: true },
  deskCorrect: { topics: ['door'], nudge: true },
  setupDemo: { topics: ['event', 'door'] },
  setupEvent: { topics: ['event', 'door'] },
  joinHub: { topics: ['event', 'door', 'sync'] },
  settingsSet: { topics: ['event'] },
  stationSet: { topics: ['event'] },
  cloakIn: { topics: ['door'], nudge: true },
  cloakOut: { topics: ['door'], nudge: true },
  cloakUndo: { topics: ['door'], nudge: true },
  lunchServe: { topics: ['door'], nudge: true },
  lunchUndo: { topics: ['door'], nudge: true },
  eventUpdate: { topics: ['event'] },
  eventSettingsSet: { topics: ['event'] },
  pinChange: { topics: ['event'] },
  mailSend: { topics: ['mail'] },
  hubStart: { topics: ['sync'] },
  syncImport: { topics: ['door', 'sync'] },
  leaveEvent: { topics: ['event', 'door', 'sync'] },
  purge: { topics: ['event', 'door'] },
  forget: { topics: ['door'], nudge: true },
};

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

/** One opened data directory, running. */
export class KioskRuntime {
  readonly core: Core;
  readonly sessions: OrganiserSessions;
  readonly changes = new ChangeFeed();
  /** The API, as every transport serves it. */
  readonly handlers: ApiHandlers;
  private readonly mail: MailSender;
  private readonly background: BackgroundSync;
  private hub: { readonly server: RunningServer; readonly url: string } | null = null;
  private hubStarting: Promise<void> | null = null;
  private follow: Follow | null = null;
  private otherWriters: NodeJS.Timeout | undefined;
  private stopRetention: () => void = () => {};

  private constructor(core: Core, { syncIntervalMs, hubListen = DEFAULT_HUB_LISTEN }: Omit<RuntimeOptions, 'dataDir'>) {
    this.core = core;
    this.sessions = new OrganiserSessions(core);
    this.mail = createMailSender(core, { onChange: () => this.changes.publish('mail') });
    this.background = new BackgroundSync(core, syncIntervalMs, (outcome) => {
      this.changes.publish(...(outcome && outcome.received > 0 ? (['sync', 'door'] as const) : (['sync'] as const)));
    });
    const services: KioskServices = {
      mail: this.mail,
      serveAsHub: () => this.serveAsHub(chosenHubListenSync(core) ?? hubListen),
      leaveEvent: (confirmLoss) => this.leaveEvent(confirmLoss),
    };
    this.handlers = this.withAfterEffects(createApiHandlers(core, this.sessions, services));
  }

  /** Opens the data directory and starts everything the kiosk runs; on failure nothing is left running. */
  static async start(options: RuntimeOptions): Promise<KioskRuntime> {
    const runtime = new KioskRuntime(Core.openSync(options.dataDir), options);
    try {
      runtime.core.checkpointInBackground();
      runtime.watchOtherWriters();
      // Before anything serves or syncs: a kiosk past its retention date starts purged.
      runtime.stopRetention = watchRetention(runtime.core, () => runtime.changes.publish(...CHANGE_TOPICS));
      const hub = options.hub === 'as-chosen' ? chosenHubListenSync(runtime.core) : options.hub;
      if (hub) await runtime.serveAsHub(hub);
      if (hubSync(runtime.core)) runtime.background.start();
      if (options.follow) runtime.startFollowing(options.follow);
      return runtime;
    } catch (error) {
      await runtime.stop();
      throw error;
    }
  }

  /** The address the other kiosks sync with, while this kiosk serves as hub. */
  get hubUrl(): string | null {
    return this.hub?.url ?? null;
  }

  /** The registration list being followed, if asked to follow one. */
  get followed(): Follow | null {
    return this.follow;
  }

  /**
   * Serves the event to the other kiosks over HTTPS — the sync routes only,
   * never the screens' API — and remembers the choice for the next start.
   */
  async serveAsHub(listen: HubListen): Promise<void> {
    if (this.hub) return;
    // Two taps on the button start one server.
    this.hubStarting ??= this.listenAsHub(listen).finally(() => (this.hubStarting = null));
    await this.hubStarting;
  }

  private async listenAsHub(listen: HubListen): Promise<void> {
    const identity = await hubIdentity(this.core);
    const server = await startServer({
      ...listen,
      eventKey: () => this.core.eventSync()?.eventKey ?? null,
      rendererDir: null,
      tls: identity,
      syncRoutes: {
        '/sync/snapshot': () => snapshotSync(this.core),
        '/sync/round': (body) => {
          const answer = syncRoundSync(this.core, body);
          // Every kiosk syncs every few seconds: the door screens here hear only of rounds that brought events.
          const brought = (body as { readonly events: readonly unknown[] }).events.length > 0;
          this.changes.publish(...(brought ? (['sync', 'door'] as const) : (['sync'] as const)));
          return answer;
        },
      },
    }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError('hubPortInUse', { port: listen.port }, 'internal');
      throw error;
    });
    const url = reachableUrl(server.url);
    recordHubSync(this.core, url, listen);
    this.hub = { server, url };
  }

  /**
   * Another process on the same data directory (the command line importing
   * a list, scanning, reading a sync file) writes past this kiosk's feed:
   * SQLite's data_version tells, and the screens hear of everything.
   */
  private watchOtherWriters(): void {
    let seen = this.core.dataVersionSync();
    this.otherWriters = setInterval(() => {
      const now = this.core.dataVersionSync();
      if (now === seen) return;
      seen = now;
      this.changes.publish(...CHANGE_TOPICS);
    }, OTHER_WRITERS_MS);
    this.otherWriters.unref();
  }

  private startFollowing(request: FollowRequest): void {
    this.follow = followList(this.core, request.source, {
      intervalMinutes: request.intervalMinutes,
      until: () => eventStartSync(this.core),
      onResult: (result) => {
        // A check that failed or found nothing new changes what the organiser screens show about the list too.
        this.changes.publish('door');
        request.onResult(result);
      },
    });
  }

  /** Leaves the event: nothing that belongs to it keeps running while its data is wiped. */
  private async leaveEvent(confirmLoss: number | undefined): Promise<{ readonly eventName: string }> {
    // Refused before anything stops, so a kiosk that stays keeps syncing.
    checkLeaveSync(this.core, confirmLoss);
    await this.stopServices();
    try {
      const left = leaveEventSync(this.core, confirmLoss);
      // The PIN went with the event: no session opened with it outlives it.
      this.sessions.lockAll();
      return left;
    } catch (error) {
      // A scan came in while the services stopped: the kiosk stays in the event, and syncs again.
      if (hubSync(this.core)) this.background.start();
      throw error;
    }
  }

  private withAfterEffects(handlers: ApiHandlers): ApiHandlers {
    return Object.fromEntries(
      Object.entries(handlers).map(([operation, handler]) => {
        const after = AFTER[operation as Operation];
        if (!after) return [operation, handler];
        const afterwards = (): void => {
          if (after.nudge) this.background.nudge();
          // A kiosk that just joined starts syncing in the background.
          if (operation === 'joinHub') this.background.start();
          this.changes.publish(...after.topics);
        };
        return [
          operation,
          // A handler that answers at once still does (a scan's answer waits for no promise, a refusal is thrown at once).
          (request: never, context: never) => {
            const result = (handler as (r: never, c: never) => unknown)(request, context);
            if (!(result instanceof Promise)) {
              afterwards();
              return result;
            }
            return result.then((value) => {
              afterwards();
              return value;
            });
          },
        ];
      }),
    ) as unknown as ApiHandlers;
  }

  /** Stops what runs for the event: following, sending, syncing and serving as hub. */
  private async stopServices(): Promise<void> {
    await this.follow?.stop();
    this.follow = null;
    await this.mail.stop();
    await this.background.stop();
    await this.hubStarting?.catch(() => undefined);
    await this.hub?.server.close();
    this.hub = null;
  }

  /** Stops everything in order and closes the database last. */
  async stop(): Promise<void> {
    await this.stopServices();
    clearInterval(this.otherWriters);
    this.stopRetention();
    this.core.closeSync();
  }
}
