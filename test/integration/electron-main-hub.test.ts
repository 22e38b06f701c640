/**
 * The Electron shell on the organiser's machine: the built main.js, against
 * the stand-in `electron` module, made the hub from the organiser screens
 * (IPC), serves the pairing code, and a new kiosk joins with it over HTTPS on
 * 127.0.0.1. Needs `npm run build`.
 */
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { chosenHubListenSync } from '../../electron/core/sync/hub-role.js';
import { joinSync } from '../../electron/core/sync/sync-client.js';
import type { IpcOutcome } from '../../electron/ipc-channel.js';
import { electronState as electron, quitApp } from '../helpers/electron-stand-in.js';
import { eventDir, LOOPBACK, waitFor } from '../helpers/kiosk-cluster.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

vi.mock('electron', () => import('../helpers/electron-stand-in.js'));

afterAll(removeTempDirs);

const PEOPLE = 7;
const PIN = '135792';
const mainFrame = { url: 'app://innsjekk/index.html', parent: null };

describe("the Electron shell on the organiser's machine", () => {
  let dataDir: string;
  let ipc: (operation: string, payload?: unknown) => Promise<IpcOutcome>;
  let hubUrl: string;

  beforeAll(async () => {
    dataDir = eventDir(PEOPLE);
    const core = Core.openSync(dataDir);
    setPinSync(core, PIN);
    core.closeSync();
    vi.stubEnv('INNSJEKK_DATA_DIR', dataDir);
    vi.stubEnv('INNSJEKK_HUB_LISTEN', `${LOOPBACK}:0`);
    await import(path.resolve('dist', 'electron', 'main.js'));
    await vi.waitFor(() => expect(electron.ipcHandlers.size).toBe(1));
    const handler = electron.ipcHandlers.get('innsjekk:api')!;
    ipc = async (operation, payload = {}) => (await handler({ sender: { id: 7 }, senderFrame: mainFrame }, operation, payload)) as IpcOutcome;
  });
  afterAll(() => vi.unstubAllEnvs());

  it('is not the hub until the organiser makes it one', async () => {
    expect(await ipc('organiserUnlock', { pin: PIN })).toMatchObject({ ok: true });
    expect(await ipc('pairingCode')).toMatchObject({ ok: false, error: { key: 'notServingHub' } });
  });

  it('becomes the hub from the organiser screens, and a new kiosk joins with the pairing code it shows', async () => {
    const started = await ipc('hubStart');
    expect(started).toMatchObject({ ok: true, value: { code: expect.stringMatching(/^IJPAIR:/), url: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/) } });
    const { code, svg } = (started as { value: { code: string; svg: string } }).value;
    expect(svg).toMatch(/^<svg/);
    expect(await ipc('pairingCode')).toMatchObject({ ok: true, value: { code } });
    // A second tap serves on, with the same code.
    expect(await ipc('hubStart')).toMatchObject({ ok: true, value: { code } });

    const joining = Core.openSync(tempDir());
    try {
      expect(await joinSync(joining, code, 'Inngang 2')).toEqual({ eventName: 'Lokaldemokratikonferansen 2026', registrants: PEOPLE });
    } finally {
      joining.closeSync();
    }
    hubUrl = (started as { value: { url: string } }).value.url;
  });

  it('remembers being the hub for its next start, and stops serving when the app quits', async () => {
    quitApp();
    await waitFor('the app to exit', () => electron.exitCode);
    const { port } = new URL(hubUrl);
    const refused = await new Promise<string | undefined>((resolve) => {
      const socket = net.connect(Number(port), LOOPBACK, () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code));
    });
    expect(refused).toBe('ECONNREFUSED');
    const core = Core.openSync(dataDir);
    try {
      expect(chosenHubListenSync(core)).toEqual({ host: LOOPBACK, port: 0 });
    } finally {
      core.closeSync();
    }
  });
});
