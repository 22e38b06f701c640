/**
 * A stand-in for the `electron` module, since the binary cannot run here,
 * faithful where the shell depends on it: `app` events and readiness,
 * `protocol.handle`, `ipcMain.handle`, a window whose webContents records
 * what main sends it, and the permission handlers. Tests load the built
 * dist/electron/main.js against it with
 * `vi.mock('electron', () => import('../helpers/electron-stand-in.js'))`
 * and read what main did from `electronState`.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** A kiosk window as main made it. */
export class BrowserWindow extends EventEmitter {
  readonly webContents = Object.assign(new EventEmitter(), {
    id: 7,
    /** What main sent the page, by channel. */
    sent: [] as { channel: string; args: unknown[] }[],
    send(channel: string, ...args: unknown[]): void {
      this.sent.push({ channel, args });
    },
  });
  readonly loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    electronState.windows.push(this);
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

/** What main registered and opened. */
export const electronState = {
  registered: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as BrowserWindow[],
  permissionRequest: undefined as Listener | undefined,
  permissionCheck: undefined as Listener | undefined,
  applicationMenu: 'default' as unknown,
  /** The exit code main quit with, once it did. */
  exitCode: undefined as number | undefined,
  errorBoxes: [] as string[][],
};

export const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: (): never => {
    throw new Error('INNSJEKK_DATA_DIR is set: the user data folder must not be used');
  },
  quit: (): void => {},
  exit: (code: number): void => {
    electronState.exitCode = code;
  },
});

export const dialog = { showErrorBox: (...args: string[]) => electronState.errorBoxes.push(args) };
export const ipcMain = { handle: (channel: string, handler: Listener) => electronState.ipcHandlers.set(channel, handler) };
export const Menu = { setApplicationMenu: (menu: unknown) => (electronState.applicationMenu = menu) };
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown) => electronState.registered.push(schemes),
  handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => electronState.protocolHandlers.set(scheme, handler),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => (electronState.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (electronState.permissionCheck = handler),
  },
};

/** Quits the app as Electron does: will-quit, which main may hold up (preventDefault) until it has stopped. */
export function quitApp(): void {
  let prevented = false;
  app.emit('will-quit', { preventDefault: () => (prevented = true) });
  if (!prevented) electronState.exitCode = 0;
}
