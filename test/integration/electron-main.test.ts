/**
 * The Electron shell's wiring (electron/main.ts) against a stand-in for the
 * `electron` module, since the binary is not installed here: the window's
 * settings, the app:// protocol, the IPC channel's sender checks, and the
 * hardening of every page. Needs the built screens (`npm run build`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/server.js';
import type { IpcOutcome } from '../../electron/ipc-channel.js';
import { SESSION_HELD_IN_MAIN } from '../../electron/ipc-guard.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

type Listener = (...args: unknown[]) => unknown;

/** Something with `on`/`once` that remembers its listeners, so a test can fire them. */
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

const electron = vi.hoisted(() => ({
  registered: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as { options: Record<string, unknown>; webContents: unknown; loaded: string[] }[],
  permissionRequest: undefined as Listener | undefined,
  permissionCheck: undefined as Listener | undefined,
  applicationMenu: 'default' as unknown,
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => {
      throw new Error('INNSJEKK_DATA_DIR is set: the user data folder must not be used');
    },
    quit: vi.fn(),
    exit: vi.fn(),
  });
  class BrowserWindow extends EventEmitter {
    readonly webContents = Object.assign(new EventEmitter(), { id: 7 });
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed = (): boolean => false;
    isMinimized = (): boolean => false;
    show(): void {}
    focus(): void {}
    restore(): void {}
  }
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, handler: Listener) => electron.ipcHandlers.set(channel, handler) },
    Menu: { setApplicationMenu: (menu: unknown) => (electron.applicationMenu = menu) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => electron.registered.push(schemes),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => electron.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (electron.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (electron.permissionCheck = handler),
      },
    },
  };
});

afterAll(removeTempDirs);

const PAGE = 'app://innsjekk/index.html';
const mainFrame = { url: PAGE, parent: null };

describe('the Electron shell (electron/main.ts)', () => {
  let app: Emitter;
  let window: (typeof electron.windows)[number];
  let ipc: (sender: { id: number }, senderFrame: unknown, operation: unknown, payload: unknown) => Promise<IpcOutcome>;

  beforeAll(async () => {
    const dataDir = tempDir();
    // The organiser PIN, as `innsjekk pin` sets it on a kiosk without an event.
    const core = Core.openSync(dataDir);
    setPinSync(core, '246813');
    core.closeSync();
    vi.stubEnv('INNSJEKK_DATA_DIR', dataDir);
    vi.stubEnv('INNSJEKK_WINDOWED', '');
    // Registering the scheme must happen on import, before the app is ready.
    await import('../../electron/main.js');
    expect(electron.registered).toHaveLength(1);
    app = (await import('electron')).app as unknown as Emitter;
    await vi.waitFor(() => expect(electron.ipcHandlers.size).toBe(1));
    window = electron.windows[0]!;
    const handler = electron.ipcHandlers.get('innsjekk:api')!;
    ipc = async (sender, senderFrame, operation, payload) => (await handler({ sender, senderFrame }, operation, payload)) as IpcOutcome;
  });
  afterAll(() => {
    app.emit('will-quit');
    vi.unstubAllEnvs();
  });

  it('registers app:// as a standard, secure scheme with fetch', () => {
    expect(electron.registered).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]);
  });

  it('opens one full-screen kiosk window on app://innsjekk, isolated and sandboxed, without a menu', () => {
    expect(electron.windows).toHaveLength(1);
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true });
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
    const mainDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'electron');
    expect(preferences.preload).toBe(path.join(mainDir, 'preload.cjs'));
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
    expect(await ipc({ id: 7 }, mainFrame, 'status', {})).toMatchObject({ ok: true, value: { configured: false } });
    const refused = { ok: false, error: { key: 'unauthorized' } };
    expect(await ipc({ id: 7 }, { url: PAGE, parent: mainFrame }, 'status', {})).toMatchObject(refused);
    expect(await ipc({ id: 8 }, mainFrame, 'status', {})).toMatchObject(refused);
    expect(await ipc({ id: 7 }, null, 'status', {})).toMatchObject(refused);
    expect(await ipc({ id: 7 }, { url: 'https://example.com/', parent: null }, 'status', {})).toMatchObject(refused);
  });

  it('forgets the organiser session when the page reloads or navigates', async () => {
    expect(await ipc({ id: 7 }, mainFrame, 'organiserUnlock', { pin: '246813' })).toEqual({ ok: true, value: { session: SESSION_HELD_IN_MAIN } });
    expect(await ipc({ id: 7 }, mainFrame, 'settingsSet', { kioskName: 'Inngang 1' })).toMatchObject({ ok: true });
    (window.webContents as Emitter).emit('did-navigate');
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
});
