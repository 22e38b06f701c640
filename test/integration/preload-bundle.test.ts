/**
 * The bundled Electron preload (dist/electron/preload.cjs, from `npm run
 * build`), run as a sandboxed preload is: one script whose `require` knows
 * only `electron`, here a stand-in whose context bridge copies values as the
 * real one does — an Error loses its own properties on the way — and the
 * screens' IPC client on the page side of it.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiFailure } from '../../shared/contract.js';
import { OPERATIONS } from '../../shared/operations.js';
import { CHANGES_CHANNEL, IPC_CHANNEL, type IpcOutcome } from '../../electron/ipc-channel.js';
import { ApiError } from '../../renderer/src/api/api-error.js';
import { createIpcApi, ipcChanges, type PreloadBridge } from '../../renderer/src/api/ipc-api.js';
import { acrossBridge } from '../helpers/context-bridge.js';

const PRELOAD = path.resolve('dist', 'electron', 'preload.cjs');

interface Invocation {
  readonly channel: string;
  readonly args: unknown[];
}

/** Runs the preload; returns what the page sees of it, the IPC calls it makes, and main's side of the change channel. */
function runPreload(answer: (operation: unknown) => IpcOutcome | Promise<never>): {
  exposed: Map<string, unknown>;
  invocations: Invocation[];
  fromMain: EventEmitter;
} {
  const exposed = new Map<string, unknown>();
  const invocations: Invocation[] = [];
  const fromMain = new EventEmitter();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, acrossBridge(value)) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invocations.push({ channel, args });
        return Promise.resolve(answer(args[0]));
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => fromMain.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => fromMain.removeListener(channel, listener),
    },
  };
  const sandboxedRequire = (name: string): unknown => {
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  vm.runInNewContext(fs.readFileSync(PRELOAD, 'utf8'), { require: sandboxedRequire, module, exports: module.exports, Promise, Error, Object });
  return { exposed, invocations, fromMain };
}

function pageApi(exposed: Map<string, unknown>): PreloadBridge['api'] {
  return exposed.get('innsjekk') as PreloadBridge['api'];
}

describe('the bundled preload', () => {
  beforeAll(() => {
    if (!fs.existsSync(PRELOAD)) throw new Error('The preload is not built: run `npm run build` first.');
  });

  it('is small: the operation names without zod or the contract', () => {
    const source = fs.readFileSync(PRELOAD, 'utf8');
    expect(source.length).toBeLessThan(10_000);
    expect(source).not.toMatch(/ZodType|safeParse|require\("(?!electron")/);
  });

  it('exposes window.innsjekk with one function per operation, and window.innsjekkChanges, not ipcRenderer', () => {
    const { exposed } = runPreload(() => ({ ok: true, value: null }));
    expect([...exposed.keys()]).toEqual(['innsjekk', 'innsjekkChanges']);
    const api = exposed.get('innsjekk') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...OPERATIONS].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.keys(exposed.get('innsjekkChanges') as object)).toEqual(['subscribe']);
  });

  it('calls each operation on the one IPC channel, and the page client resolves to the value', async () => {
    const { exposed, invocations } = runPreload((operation) => ({ ok: true, value: { answered: operation } }));
    await expect(createIpcApi(pageApi(exposed)).search({ query: 'ola' })).resolves.toEqual({ answered: 'search' });
    expect(invocations).toEqual([{ channel: IPC_CHANNEL, args: ['search', { query: 'ola' }] }]);
  });

  it('loses an Error’s own properties on the bridge, as Electron does', async () => {
    const thrown = Object.assign(new Error('Arrangørsidene er låst.'), { key: 'organiserLocked', messageEn: 'Locked.' });
    const { exposed } = runPreload(() => Promise.reject(thrown));
    const failure = await pageApi(exposed).settingsSet({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toHaveProperty('key');
    expect(failure).not.toHaveProperty('messageEn');
  });

  it("gives main's failure to the page as data, which the page client throws as the ApiError every screen handles", async () => {
    const failure = apiFailure('leaveWouldLose', { count: 3 });
    const { exposed } = runPreload(() => ({ ok: false, error: failure }));
    expect(await pageApi(exposed).leaveEvent({})).toEqual({ ok: false, error: failure });
    const thrown = await createIpcApi(pageApi(exposed))
      .leaveEvent({})
      .catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ key: 'leaveWouldLose', params: { count: 3 }, message: failure.message, messageEn: failure.messageEn });
  });

  it('passes the change feed’s topics from main to the page until the page stops listening', () => {
    const { exposed, fromMain } = runPreload(() => ({ ok: true, value: null }));
    const heard: unknown[] = [];
    const changes = ipcChanges(exposed.get('innsjekkChanges') as PreloadBridge['changes']);
    const stop = changes.subscribe((topics) => heard.push(topics));
    fromMain.emit(CHANGES_CHANNEL, { sender: 'main' }, ['door', 'sync']);
    fromMain.emit(CHANGES_CHANNEL, { sender: 'main' }, ['no-such-topic']);
    stop();
    fromMain.emit(CHANGES_CHANNEL, { sender: 'main' }, ['door']);
    expect(heard).toEqual([['door', 'sync']]);
    expect(fromMain.listenerCount(CHANGES_CHANNEL)).toBe(0);
  });
});
