/**
 * The bundled Electron preload (dist/electron/preload.cjs, from `npm run
 * build`), run as a sandboxed preload is: one script whose `require` knows
 * only `electron`, here a stand-in that records what the preload does.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNEL, type IpcOutcome } from '../../electron/ipc-channel.js';
import { OPERATIONS } from '../../shared/operations.js';

const PRELOAD = path.resolve('dist', 'electron', 'preload.cjs');

interface Invocation {
  readonly channel: string;
  readonly args: unknown[];
}

/** Runs the preload; returns what it exposed to the page and the IPC calls it makes. */
function runPreload(answer: (operation: unknown) => IpcOutcome): { exposed: Map<string, unknown>; invocations: Invocation[] } {
  const exposed = new Map<string, unknown>();
  const invocations: Invocation[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invocations.push({ channel, args });
        return Promise.resolve(answer(args[0]));
      },
    },
  };
  const sandboxedRequire = (name: string): unknown => {
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  vm.runInNewContext(fs.readFileSync(PRELOAD, 'utf8'), { require: sandboxedRequire, module, exports: module.exports, Promise, Error, Object });
  return { exposed, invocations };
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

  it('exposes window.innsjekk with one function per operation and nothing else, not ipcRenderer', () => {
    const { exposed } = runPreload(() => ({ ok: true, value: null }));
    expect([...exposed.keys()]).toEqual(['innsjekk']);
    const api = exposed.get('innsjekk') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...OPERATIONS].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('calls each operation on the one IPC channel and resolves to the value', async () => {
    const { exposed, invocations } = runPreload((operation) => ({ ok: true, value: { answered: operation } }));
    const api = exposed.get('innsjekk') as Record<string, (request: unknown) => Promise<unknown>>;
    await expect(api.search!({ query: 'ola' })).resolves.toEqual({ answered: 'search' });
    expect(invocations).toEqual([{ channel: IPC_CHANNEL, args: ['search', { query: 'ola' }] }]);
  });

  it("throws a failure again as an Error with main's Norwegian message, key and English message", async () => {
    const error = { key: 'wrongPin', message: 'Feil PIN. Prøv igjen, eller spør arrangøren.', messageEn: 'Wrong PIN.' };
    const { exposed } = runPreload(() => ({ ok: false, error }));
    const api = exposed.get('innsjekk') as Record<string, (request: unknown) => Promise<unknown>>;
    const thrown = await api.organiserUnlock!({ pin: '1234' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject(error);
  });
});
