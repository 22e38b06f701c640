/**
 * The Electron shell's wiring: the built dist/electron/main.js against a
 * stand-in for the `electron` module (the binary cannot run here), on a
 * kiosk joined to a real hub on 127.0.0.1 — the window's settings, the
 * app:// protocol, the IPC channel's checks, the hardening of every page,
 * background sync and the change feed, errors reaching the page as the
 * typed error, and a clean stop. Needs `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { CHANGES_CHANNEL, type IpcOutcome } from '../../electron/ipc-channel.js';
import { SESSION_HELD_IN_MAIN } from '../../electron/ipc-guard.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/server.js';
import { ApiError } from '../../renderer/src/api/api-error.js';
import { createIpcApi, type PreloadBridge } from '../../renderer/src/api/ipc-api.js';
import { acrossBridge } from '../helpers/context-bridge.js';
import { app, electronState as electron, quitApp } from '../helpers/electron-stand-in.js';
import { eventDir, joinedKiosk, startHub, waitFor, type RunningHub } from '../helpers/kiosk-cluster.js';
import { liveResources } from '../helpers/live-resources.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

vi.mock('electron', () => import('../helpers/electron-stand-in.js'));

type Listener = (...args: unknown[]) => unknown;

/** An Emitter-like test double for pages main did not make itself. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

const BUILT_MAIN = path.resolve('dist', 'electron', 'main.js');
const PRELOAD = path.resolve('dist', 'electron', 'preload.cjs');
const PEOPLE = 12;
const PIN = '246813';

afterAll(removeTempDirs);

const PAGE = 'app://innsjekk/index.html';
const mainFrame = { url: PAGE, parent: null };

describe('the Electron shell (electron/main.ts), on a kiosk joined to a hub', () => {
  let hub: RunningHub;
  let window: (typeof electron.windows)[number];
  let ipc: (sender: { id: number }, senderFrame: unknown, operation: unknown, payload: unknown) => Promise<IpcOutcome>;
  let people: { id: string; code: string }[];
  let resourcesAtStart: () => string[];

  beforeAll(async () => {
    hub = await startHub(eventDir(PEOPLE));
    people = codeRowsSync(hub.core).filter((r) => r.status === 'confirmed');
    const kiosk = await joinedKiosk(hub.code, 'Inngang E');
    setPinSync(kiosk, PIN);
    const { dataDir } = kiosk;
    kiosk.closeSync();
    // Arrives at the hub after the kiosk joined: the kiosk learns of it only by syncing.
    checkInByIdSync(hub.core, people[0]!.id);
    resourcesAtStart = liveResources();
    vi.stubEnv('INNSJEKK_DATA_DIR', dataDir);
    vi.stubEnv('INNSJEKK_WINDOWED', '');
    // Registering the scheme must happen on import, before the app is ready.
    await import(BUILT_MAIN);
    expect(electron.registered).toHaveLength(1);
    await vi.waitFor(() => expect(electron.ipcHandlers.size).toBe(1));
    window = electron.windows[0]!;
    const handler = electron.ipcHandlers.get('innsjekk:api')!;
    ipc = async (sender, senderFrame, operation, payload) => (await handler({ sender, senderFrame }, operation, payload)) as IpcOutcome;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await hub?.close();
  });

  it('registers app:// as a standard, secure scheme with fetch', () => {
    expect(electron.registered).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]);
  });

  it('opens one full-screen kiosk window on app://innsjekk, isolated and sandboxed, without a menu', () => {
    expect(electron.windows).toHaveLength(1);
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true });
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(preferences.preload).toBe(PRELOAD);
    expect(window.loaded).toEqual([PAGE]);
    expect(electron.applicationMenu).toBeNull();
  });

  it('serves the built screens on app:// with the content security policy', async () => {
    const serve = electron.protocolHandlers.get('app')!;
    const page = await serve({ url: PAGE, method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<div id="root">');
    expect((await serve({ url: 'app://innsjekk/..%2Fpackage.json', method: 'GET' })).status).toBe(404);
  });

  it("answers the window's main frame on the IPC channel, and no other sender", async () => {
    expect(await ipc({ id: 7 }, mainFrame, 'status', {})).toMatchObject({ ok: true, value: { configured: true } });
    const refused = { ok: false, error: { key: 'unauthorized' } };
    expect(await ipc({ id: 7 }, { url: PAGE, parent: mainFrame }, 'status', {})).toMatchObject(refused);
    expect(await ipc({ id: 8 }, mainFrame, 'status', {})).toMatchObject(refused);
    expect(await ipc({ id: 7 }, null, 'status', {})).toMatchObject(refused);
    expect(await ipc({ id: 7 }, { url: 'https://example.com/', parent: null }, 'status', {})).toMatchObject(refused);
  });

  it('forgets the organiser session when the page reloads or navigates', async () => {
    expect(await ipc({ id: 7 }, mainFrame, 'organiserUnlock', { pin: PIN })).toEqual({ ok: true, value: { session: SESSION_HELD_IN_MAIN } });
    expect(await ipc({ id: 7 }, mainFrame, 'settingsSet', { kioskName: 'Inngang 1' })).toMatchObject({ ok: true });
    window.webContents.emit('did-navigate');
    expect(await ipc({ id: 7 }, mainFrame, 'settingsSet', { kioskName: 'Inngang 2' })).toMatchObject({ ok: false, error: { key: 'organiserLocked' } });
  });

  it('keeps every page in the app: no navigation away, no pop-ups, no <webview>', () => {
    const contents = Object.assign(new Emitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    const attempt = (event: string, url: string): boolean => {
      const preventDefault = vi.fn();
      contents.emit(event, { url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-redirect', 'http://127.0.0.1:4680/')).toBe(true);
    expect(attempt('will-navigate', `${PAGE}#organiser`)).toBe(false);
    expect(attempt('will-attach-webview', PAGE)).toBe(true);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: unknown) => unknown;
    expect(openHandler({ url: PAGE })).toEqual({ action: 'deny' });
  });

  it('grants the camera to the kiosk page and denies every other permission', () => {
    const request = (permission: string, details: Record<string, unknown>): boolean => {
      let granted: boolean | undefined;
      electron.permissionRequest!({}, permission, (answer: boolean) => (granted = answer), { requestingUrl: PAGE, isMainFrame: true, ...details });
      return granted!;
    };
    expect(request('media', { securityOrigin: 'app://innsjekk', mediaTypes: ['video'] })).toBe(true);
    expect(request('media', { securityOrigin: 'app://innsjekk', mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request('geolocation', {})).toBe(false);
    expect(request('media', { requestingUrl: 'https://example.com/', mediaTypes: ['video'] })).toBe(false);

    const check = electron.permissionCheck!;
    expect(check({}, 'media', 'app://innsjekk', { mediaType: 'video', isMainFrame: true })).toBe(true);
    expect(check({}, 'media', 'app://innsjekk', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(check({}, 'notifications', 'app://innsjekk', { isMainFrame: true })).toBe(false);
  });

  it('syncs with the hub in the background: the hub’s arrival reaches the kiosk and its screens, and a scan here reaches the hub', async () => {
    const counts = async (): Promise<{ arrived: number } | undefined> => {
      const outcome = await ipc({ id: 7 }, mainFrame, 'counts', {});
      return outcome.ok ? (outcome.value as { arrived: number }) : undefined;
    };
    await waitFor("the hub's arrival at the kiosk", async () => ((await counts())?.arrived === 1 ? true : undefined));
    const told = (): string[][] => window.webContents.sent.filter((m) => m.channel === CHANGES_CHANNEL).map((m) => m.args[0] as string[]);
    await waitFor('the door change told to the page', () => (told().some((topics) => topics.includes('door')) ? true : undefined));

    expect(await ipc({ id: 7 }, mainFrame, 'scan', { code: people[1]!.code })).toMatchObject({ ok: true, value: { verdict: 'welcome' } });
    await waitFor("the kiosk's scan at the hub", () => (countsSync(hub.core).arrived === 2 ? true : undefined));
  });

  it('gives an organiser-locked refusal to the page as the typed error, through the built preload and a bridge that drops error properties', async () => {
    window.webContents.emit('did-navigate');
    const exposed = new Map<string, unknown>();
    const standIn = {
      contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, acrossBridge(value)) },
      ipcRenderer: {
        invoke: (_channel: string, operation: unknown, payload: unknown) => ipc({ id: 7 }, mainFrame, operation, payload),
        on: () => {},
        removeListener: () => {},
      },
    };
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(PRELOAD, 'utf8'), { require: () => standIn, module, exports: module.exports, Promise, Error, Object });
    const api = createIpcApi(exposed.get('innsjekk') as PreloadBridge['api']);
    const failure = await api.settingsSet({ kioskName: 'Inngang X' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ key: 'organiserLocked', message: 'Arrangørsidene er låst. Skriv inn PIN-koden på nytt.' });
  });

  it('stops cleanly when the app quits: no timer or socket of its own left, the database closed', async () => {
    quitApp();
    await waitFor('the app to exit', () => electron.exitCode);
    expect(electron.exitCode).toBe(0);
    await hub.close();
    await vi.waitFor(() => expect(resourcesAtStart()).toEqual([]), { timeout: 10_000 });
  });
});
