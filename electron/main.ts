/**
 * The Electron shell: one full-screen kiosk window showing the built screens
 * from app://innsjekk, talking to the running kiosk (kiosk-runtime.ts: sync,
 * hub, list, mail) over one checked IPC channel, and hearing its change feed.
 * Everything that can be decided without Electron lives in app-origin.ts and
 * ipc-guard.ts, where plain Node tests it.
 *
 * The data directory is the command line's (INNSJEKK_DATA_DIR, else the
 * user's application data folder), so both see the same event; INNSJEKK_WINDOWED=1 gives an ordinary window for development;
 * INNSJEKK_HUB_LISTEN=HOST:PORT is where the organiser screens make the kiosk the hub (else every interface, port 4681).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type MediaAccessPermissionRequest } from 'electron';
import { UserError } from '../shared/i18n.js';
import { allowsPermission, APP_SCHEME, APP_START_URL, appResponse, isAppUrl } from './app-origin.js';
import { resolveDataDir } from './core/database.js';
import { parseHubListen } from './core/sync/hub-role.js';
import { CHANGES_CHANNEL, IPC_CHANNEL } from './ipc-channel.js';
import { IpcBridge } from './ipc-guard.js';
import { KioskRuntime } from './kiosk-runtime.js';
import { findRendererDir } from './kiosk-server.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WINDOWED = process.env.INNSJEKK_WINDOWED === '1';

// Privileges can only be granted before the app is ready. Standard and secure
// give the scheme a real origin and a secure context (needed for the camera).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** Every web page Electron creates: no navigation away, no pop-ups, no <webview>. */
function harden(contents: Electron.WebContents): void {
  const stayInApp = (event: Electron.Event<{ url: string }>): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The camera for the kiosk's own page; every other permission denied, whether asked for or checked. */
function limitPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = details as Partial<MediaAccessPermissionRequest>;
    callback(allowsPermission(permission, media.securityOrigin ?? details.requestingUrl, media.mediaTypes ?? []));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowsPermission(permission, requestingOrigin, details.mediaType ? [details.mediaType] : []),
  );
}

function openKioskWindow(bridge: IpcBridge): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Innsjekk',
    kiosk: !WINDOWED,
    fullscreen: !WINDOWED,
    width: 1280,
    height: 800,
    backgroundColor: '#13294b',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: WINDOWED,
      spellcheck: false,
      preload: path.join(HERE, 'preload.cjs'),
    },
  });
  const { id } = window.webContents;
  window.once('ready-to-show', () => window.show());
  // A reload starts the screens locked, so main forgets the organiser session with it.
  window.webContents.on('did-navigate', () => bridge.forget(id));
  window.webContents.once('destroyed', () => bridge.forget(id));
  void window.loadURL(APP_START_URL);
  return window;
}

/** Stops the running kiosk before the app quits: a sync round or an email under way ends, and the database closes. */
function stopOnQuit(runtime: KioskRuntime): void {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void runtime.stop().finally(() => {
      stopped = true;
      app.exit(0);
    });
  });
}

async function start(): Promise<void> {
  const rendererDir = findRendererDir(HERE);
  if (!rendererDir) throw new Error('skjermbildene er ikke bygget (kjør «npm run build»)');
  // A kiosk the organiser made the hub serves the other kiosks again when started.
  const runtime = await KioskRuntime.start({
    dataDir: resolveDataDir(undefined),
    hub: 'as-chosen',
    hubListen: parseHubListen(process.env.INNSJEKK_HUB_LISTEN) ?? undefined,
  });
  stopOnQuit(runtime);
  const bridge = new IpcBridge(runtime.handlers, runtime.sessions);
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir));
  limitPermissions();
  if (!WINDOWED) Menu.setApplicationMenu(null);
  const window = openKioskWindow(bridge);
  ipcMain.handle(IPC_CHANNEL, (event, operation: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    const isMainFrame = frame !== null && frame.parent === null && !window.isDestroyed() && event.sender.id === window.webContents.id;
    return bridge.call({ id: event.sender.id, url: frame?.url, isMainFrame }, operation, payload);
  });
  const unsubscribe = runtime.changes.subscribe((topics) => {
    if (!window.isDestroyed()) window.webContents.send(CHANGES_CHANNEL, topics);
  });
  window.once('closed', unsubscribe);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another kiosk window already runs on this machine; the second-instance handler brings it forward.
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Innsjekk kunne ikke starte', error instanceof UserError ? error.message : `Noe gikk galt: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}
