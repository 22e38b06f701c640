/**
 * The Electron IPC bridge's checks, under plain Node: who may send, which
 * operations and requests pass, and the organiser session main keeps.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskRuntime } from '../../electron/kiosk-runtime.js';
import { Core } from '../../electron/core/core.js';
import { OrganiserSessions, setPinSync } from '../../electron/core/organiser-access.js';
import { guardIpcCall, IpcBridge, SESSION_HELD_IN_MAIN, type IpcCall, type IpcSender } from '../../electron/ipc-guard.js';
import type { ApiHandlers } from '../../shared/contract.js';
import { text, UserError } from '../../shared/i18n.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const APP_PAGE = 'app://innsjekk/index.html';

/** A call from the kiosk page's main frame without an organiser session, with the given changes. */
function call(changes: Partial<IpcCall>): IpcCall {
  return { senderUrl: APP_PAGE, fromMainFrame: true, operation: 'status', payload: {}, holdsOrganiserSession: () => false, ...changes };
}

describe('guardIpcCall', () => {
  it('passes a good call with the request as the schema parsed it, unknown fields dropped', () => {
    expect(guardIpcCall(call({ operation: 'search', payload: { query: 'ola', limit: 5, admin: true } }))).toEqual({
      ok: true,
      operation: 'search',
      request: { query: 'ola', limit: 5 },
    });
  });

  it('refuses extra fields where the schema is strict', () => {
    const result = guardIpcCall(call({ operation: 'counts', payload: { everything: true } }));
    expect(result).toMatchObject({ ok: false, reason: 'payload', failure: { key: 'badRequest' } });
  });

  it.each([
    ['another app:// host', 'app://evil/index.html'],
    ['a host that only starts like ours', 'app://innsjekk.evil/index.html'],
    ['our host with credentials', 'app://user@innsjekk/index.html'],
    ['our host on a port', 'app://innsjekk:8080/index.html'],
    ['a file:// page', 'file:///opt/Innsjekk/resources/app.asar/dist/renderer/index.html'],
    ['an https:// page', 'https://innsjekk/index.html'],
    ['the browser kiosk', 'http://127.0.0.1:4680/'],
    ['no URL (the frame is gone)', undefined],
    ['not a URL', 'innsjekk'],
  ])('refuses %s as the sender', (_what, senderUrl) => {
    expect(guardIpcCall(call({ senderUrl }))).toEqual({
      ok: false,
      reason: 'sender',
      failure: { key: 'unauthorized', message: text('unauthorized'), messageEn: text('unauthorized', {}, 'en'), params: {} },
    });
  });

  it('refuses a subframe of the kiosk page, before looking at the operation', () => {
    expect(guardIpcCall(call({ fromMainFrame: false }))).toMatchObject({ ok: false, reason: 'sender' });
    expect(guardIpcCall(call({ fromMainFrame: false, operation: 'noSuchThing' }))).toMatchObject({ ok: false, reason: 'sender' });
  });

  it.each([['dropEverything'], ['__proto__'], ['constructor'], ['toString'], [''], [42], [null]])('refuses %j as an operation', (operation) => {
    expect(guardIpcCall(call({ operation }))).toMatchObject({ ok: false, reason: 'operation', failure: { key: 'badRequest', message: 'Ugyldig forespørsel: ukjent operasjon' } });
  });

  it("refuses a bad request with zod's explanation, in the Norwegian message", () => {
    const result = guardIpcCall(call({ operation: 'search', payload: { query: 42 } }));
    expect(result).toMatchObject({ ok: false, reason: 'payload', failure: { key: 'badRequest' } });
    const { failure } = result as { failure: { message: string; messageEn: string } };
    expect(failure.message).toMatch(/^Ugyldig forespørsel: .*expected string, received number[\s\S]*→ at query$/);
    expect(failure.messageEn).toContain('→ at query');
  });

  it('refuses an organiser operation without an open organiser session', () => {
    expect(guardIpcCall(call({ operation: 'report' }))).toEqual({
      ok: false,
      reason: 'access',
      failure: { key: 'organiserLocked', message: text('organiserLocked'), messageEn: text('organiserLocked', {}, 'en'), params: {} },
    });
    expect(guardIpcCall(call({ operation: 'report', holdsOrganiserSession: () => true }))).toEqual({ ok: true, operation: 'report', request: {} });
  });

  it('asks after the organiser session only for organiser operations, since asking keeps it open', () => {
    const holdsOrganiserSession = vi.fn(() => false);
    expect(guardIpcCall(call({ operation: 'counts', holdsOrganiserSession }))).toMatchObject({ ok: true });
    expect(guardIpcCall(call({ operation: 'report', payload: 'not an object', holdsOrganiserSession }))).toMatchObject({ reason: 'payload' });
    expect(holdsOrganiserSession).not.toHaveBeenCalled();
  });
});

describe('IpcBridge', () => {
  const kioskPage: IpcSender = { id: 1, url: APP_PAGE, isMainFrame: true };
  let core: Core;
  let sessions: OrganiserSessions;
  let bridge: IpcBridge;

  let runtime: KioskRuntime;

  beforeEach(async () => {
    runtime = await KioskRuntime.start({ dataDir: tempDir() });
    ({ core, sessions } = runtime);
    setPinSync(core, '246813');
    bridge = new IpcBridge(runtime.handlers, sessions);
  });
  afterEach(() => runtime.stop());

  it('keeps the organiser session in main: the page gets a stand-in, organiser calls then pass until it locks', async () => {
    expect(await bridge.call(kioskPage, 'settingsSet', { kioskName: 'Inngang 1' })).toMatchObject({ ok: false, error: { key: 'organiserLocked' } });

    const unlocked = await bridge.call(kioskPage, 'organiserUnlock', { pin: '246813' });
    expect(unlocked).toEqual({ ok: true, value: { session: SESSION_HELD_IN_MAIN } });
    expect(await bridge.call(kioskPage, 'settingsSet', { kioskName: 'Inngang 1' })).toEqual({ ok: true, value: { kioskName: 'Inngang 1', language: 'nb' } });
    // The stand-in opens nothing over HTTP either.
    expect(sessions.touch(SESSION_HELD_IN_MAIN)).toBe(false);

    expect(await bridge.call(kioskPage, 'organiserLock', {})).toEqual({ ok: true, value: {} });
    expect(await bridge.call(kioskPage, 'settingsSet', { kioskName: 'Inngang 2' })).toMatchObject({ ok: false, error: { key: 'organiserLocked' } });
    expect(core.settingsSync().kioskName).toBe('Inngang 1');
  });

  it("keeps one window's session from another, and closes it when main forgets the window", async () => {
    const closed = vi.spyOn(sessions, 'lock');
    await bridge.call(kioskPage, 'organiserUnlock', { pin: '246813' });
    const otherWindow: IpcSender = { ...kioskPage, id: 2 };
    expect(await bridge.call(otherWindow, 'report', {})).toMatchObject({ ok: false, error: { key: 'organiserLocked' } });

    bridge.forget(kioskPage.id);
    expect(closed).toHaveBeenCalledWith(expect.any(String));
    expect(await bridge.call(kioskPage, 'report', {})).toMatchObject({ ok: false, error: { key: 'organiserLocked' } });
  });

  it('answers a refused sender without running anything', async () => {
    const outcome = await bridge.call({ ...kioskPage, url: 'https://example.com/' }, 'organiserUnlock', { pin: '246813' });
    expect(outcome).toMatchObject({ ok: false, error: { key: 'unauthorized' } });
    // Had the unlock run, the window would now hold a session.
    expect(await bridge.call(kioskPage, 'settingsSet', { kioskName: 'Inngang 1' })).toMatchObject({ ok: false, error: { key: 'organiserLocked' } });
  });

  it('takes the kiosk window for this machine: wrong PINs from the network do not lock it out', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await sessions.unlock('111111', 'network').catch(() => undefined);
    await expect(sessions.unlock('246813', 'network')).rejects.toMatchObject({ key: 'tooManyPinAttempts' });
    expect(await bridge.call(kioskPage, 'organiserUnlock', { pin: '246813' })).toEqual({ ok: true, value: { session: SESSION_HELD_IN_MAIN } });
  });

  it("wraps a handler's UserError in both languages, so the preload can throw it again", async () => {
    await bridge.call(kioskPage, 'organiserUnlock', { pin: '246813' });
    expect(await bridge.call(kioskPage, 'organiserUnlock', { pin: '1357' })).toEqual({
      ok: false,
      error: { key: 'wrongPin', message: new UserError('wrongPin').message, messageEn: new UserError('wrongPin').inLanguage('en'), params: {} },
    });
  });

  it('turns any other failure into a plain "try again" that leaks nothing, and logs only its kind', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = { status: () => { throw new TypeError('Ola Nordmann, ola@example.com'); } } as unknown as ApiHandlers;
    const outcome = await new IpcBridge(failing, sessions).call(kioskPage, 'status', {});
    expect(outcome).toEqual({ ok: false, error: { key: 'internal', message: 'Noe gikk galt. Prøv igjen.', messageEn: 'Something went wrong. Try again.', params: {} } });
    expect(log).toHaveBeenCalledWith('innsjekk: request failed: TypeError');
    log.mockRestore();
  });
});
