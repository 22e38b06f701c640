/**
 * The kiosk runtime behind every shell, here behind the browser shell's HTTP
 * server on 127.0.0.1 with a real hub: the change feed telling the screens of
 * another kiosk's arrival, joining with a first sync, the sync file through
 * the API, leaving the event, and a clean stop with nothing left running.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChangeTopic } from '../../shared/contract.js';
import { checkInByIdSync } from '../../electron/core/checkin.js';
import type { Core } from '../../electron/core/core.js';
import { setPinSync } from '../../electron/core/organiser-access.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { metaValueSync } from '../../electron/core/store/meta-store.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { pairingCodeOf } from '../../electron/core/sync/sync-service.js';
import { startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { apiClient, postRaw, type ApiErrorBody } from '../helpers/http.js';
import { eventDir, joinedKiosk, LOOPBACK, startHub, waitFor } from '../helpers/kiosk-cluster.js';
import { LIST_V1, serveVersion, startListServer } from '../helpers/list-server.js';
import { liveResources } from '../helpers/live-resources.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const PEOPLE = 10;
const PIN = '246813';
const LOCAL = { host: LOOPBACK, port: 0 };

/** A screen listening to a served kiosk's change feed, as the browser shell does. */
async function listen(kiosk: RunningKiosk, key: string): Promise<{ heard: ChangeTopic[][]; close: () => void }> {
  const heard: ChangeTopic[][] = [];
  const stopping = new AbortController();
  const response = await fetch(`${kiosk.url}/api/changes`, { headers: { authorization: `Bearer ${key}` }, signal: stopping.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += chunk.value;
      const messages = buffered.split('\n\n');
      buffered = messages.pop() ?? '';
      for (const message of messages) if (message.startsWith('data: ')) heard.push(JSON.parse(message.slice(6)) as ChangeTopic[]);
    }
  })().catch(() => undefined);
  return { heard, close: () => stopping.abort() };
}

/** A kiosk joined to the hub by its pairing code and served to the browser, syncing often. */
async function servedKiosk(code: string, name: string): Promise<{ kiosk: RunningKiosk; key: string }> {
  const joined = await joinedKiosk(code, name);
  const key = joined.requireEventSync().eventKey;
  const { dataDir } = joined;
  joined.closeSync();
  return { kiosk: await startKioskServer(dataDir, LOCAL, { syncIntervalMs: 100 }), key };
}

describe('the kiosk runtime behind the browser shell', () => {
  it("tells the screens of another kiosk's arrival as soon as it syncs, without them asking", async () => {
    const hub = await startHub(eventDir(PEOPLE));
    const { kiosk, key } = await servedKiosk(hub.code, 'Inngang B');
    const other = await joinedKiosk(hub.code, 'Inngang A');
    const screen = await listen(kiosk, key);
    try {
      const api = apiClient(kiosk.url, { key });
      const { cursor } = await api('doorList', {});
      const person = codeRowsSync(other).find((r) => r.status === 'confirmed')!;
      checkInByIdSync(other, person.id);
      await syncWithHub(other);
      await waitFor('the door change told to the screen', () => (screen.heard.some((topics) => topics.includes('door')) ? true : undefined));
      const changes = await api('doorChanges', { cursor });
      expect(changes.arrivals.map((a) => a.registrantId)).toEqual([person.id]);
    } finally {
      screen.close();
      other.closeSync();
      await kiosk.close();
      await hub.close();
    }
  });

  it('joins a hub from the screens with a first sync, so the day’s arrivals come with the list', async () => {
    const hub = await startHub(eventDir(PEOPLE));
    const arrived = codeRowsSync(hub.core).filter((r) => r.status === 'confirmed').slice(0, 2);
    for (const person of arrived) checkInByIdSync(hub.core, person.id);
    const kiosk = await startKioskServer(tempDir(), LOCAL, { syncIntervalMs: 60_000 });
    try {
      const { eventKey } = await apiClient(kiosk.url, {})('joinHub', { code: hub.code, kioskName: 'Inngang C' });
      expect((await apiClient(kiosk.url, { key: eventKey })('counts', {})).arrived).toBe(2);
    } finally {
      await kiosk.close();
      await hub.close();
    }
  });

  it('carries the events in a sync file from one kiosk to another through the organiser screens’ API', async () => {
    const hub = await startHub(eventDir(PEOPLE));
    const from = await servedKiosk(hub.code, 'Inngang D');
    const to = await servedKiosk(hub.code, 'Inngang E');
    await hub.close();
    try {
      const person = codeRowsSync(from.kiosk.core).find((r) => r.status === 'confirmed')!;
      await apiClient(from.kiosk.url, { key: from.key })('scan', { code: person.code });
      const exporter = await organiser(from.kiosk.url, from.key, from.kiosk.core);
      const file = await exporter('syncExport', {});
      expect(file.fileName).toMatch(/^innsjekk-hendelser-2026-03-12-Inngang-D\.json$/);
      expect(file.events).toBe(1);
      const importer = await organiser(to.kiosk.url, to.key, to.kiosk.core);
      expect(await importer('syncImport', { fileName: file.fileName, content: file.content })).toEqual({ received: 1 });
      expect(await importer('syncImport', { fileName: file.fileName, content: file.content })).toEqual({ received: 0 });
      expect(countsSync(to.kiosk.core).arrived).toBe(1);
      const damaged = await postRaw(to.kiosk.url, 'syncImport', JSON.stringify({ fileName: 'pinne.json', content: file.content.slice(0, 100) }), {
        key: to.key,
        organiserSession: await sessionOf(to.kiosk.url, to.key, to.kiosk.core),
      });
      expect(damaged.status).toBe(400);
      expect((damaged.body as ApiErrorBody).error).toMatchObject({ key: 'syncFileUnreadable', params: { file: 'pinne.json' } });
    } finally {
      await from.kiosk.close();
      await to.kiosk.close();
    }
  });

  it('leaves the event only once the organiser confirms the check-ins that would be lost, then wipes it and stops syncing', async () => {
    const hub = await startHub(eventDir(PEOPLE));
    const { kiosk, key } = await servedKiosk(hub.code, 'Inngang F');
    // The hub is gone: what this kiosk scans now stays unsent.
    await hub.close();
    const screen = await listen(kiosk, key);
    try {
      const kioskId = kiosk.core.kioskId;
      const person = codeRowsSync(kiosk.core).find((r) => r.status === 'confirmed')!;
      await apiClient(kiosk.url, { key })('scan', { code: person.code });
      const session = await sessionOf(kiosk.url, key, kiosk.core);
      // Wrong PINs until this machine is locked out: the lockout belongs to the event, and goes with it.
      for (let attempt = 0; attempt < 5; attempt++) await postRaw(kiosk.url, 'organiserUnlock', JSON.stringify({ pin: '111111' }), { key });
      const lockedOut = await postRaw(kiosk.url, 'organiserUnlock', JSON.stringify({ pin: PIN }), { key });
      expect((lockedOut.body as ApiErrorBody).error).toMatchObject({ key: 'tooManyPinAttempts' });
      const refused = await postRaw(kiosk.url, 'leaveEvent', '{}', { key, organiserSession: session });
      expect(refused.status).toBe(400);
      expect((refused.body as ApiErrorBody).error).toMatchObject({ key: 'leaveWouldLose', params: { count: 1 } });
      expect(kiosk.core.eventSync()).not.toBeNull();

      const left = await postRaw(kiosk.url, 'leaveEvent', JSON.stringify({ confirmLoss: 1 }), { key, organiserSession: session });
      expect(left).toEqual({ status: 200, body: { eventName: 'Lokaldemokratikonferansen 2026' } });
      expect(kiosk.core.eventSync()).toBeNull();
      expect(kiosk.core.kioskId).not.toBe(kioskId);
      expect(countsSync(kiosk.core)).toMatchObject({ total: 0, arrived: 0 });
      expect((await apiClient(kiosk.url, {})('status', {})).configured).toBe(false);
      await waitFor('the event change told to the screen', () => (screen.heard.some((topics) => topics.includes('event')) ? true : undefined));
      expect(metaValueSync(kiosk.core, 'hub_listen')).toBeUndefined();

      // The next event on this kiosk comes with its own PIN, which opens at once: neither the old PIN nor its lockout is left.
      expect((await apiClient(kiosk.url, {})('status', {})).pinSet).toBe(false);
      const { eventKey: nextKey } = await apiClient(kiosk.url, {})('setupEvent', { name: 'Neste konferanse', date: '2026-04-01', capacity: null, pin: '97531864' });
      const oldPin = await postRaw(kiosk.url, 'organiserUnlock', JSON.stringify({ pin: PIN }), { key: nextKey });
      expect((oldPin.body as ApiErrorBody).error).toMatchObject({ key: 'wrongPin' });
      expect((await apiClient(kiosk.url, { key: nextKey })('organiserUnlock', { pin: '97531864' })).session).toMatch(/^[\w-]{20,}$/);
    } finally {
      screen.close();
      await kiosk.close();
    }
  });

  it('stops cleanly: hub, kiosk, background sync, the followed list and the change feed leave no timer or socket behind', async () => {
    const list = await startListServer();
    list.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const live = liveResources();
    const hub = await startKioskServer(eventDir(PEOPLE), LOCAL, {
      hub: LOCAL,
      follow: { source: { url: list.url('/liste.csv') }, intervalMinutes: 1, onResult: () => {} },
    });
    const hubKey = hub.core.requireEventSync().eventKey;
    const { kiosk, key } = await servedKiosk(pairingCodeOf(hub.core, hub.hubUrl!), 'Inngang G');
    const screens = [await listen(kiosk, key), await listen(hub, hubKey)];
    await waitFor('a round with the hub', () => (kiosk.core.eventSync() && screens[0]!.heard.some((t) => t.includes('sync')) ? true : undefined));
    await waitFor('the list checked once', () => (list.requests.length > 0 ? true : undefined));
    await kiosk.close();
    await hub.close();
    for (const screen of screens) screen.close();
    await list.close();
    await vi.waitFor(() => expect(live()).toEqual([]), { timeout: 10_000 });
  });
});

/** An organiser session on a served kiosk, the PIN set on its core first. */
async function sessionOf(url: string, key: string, core: Core): Promise<string> {
  setPinSync(core, PIN);
  return (await apiClient(url, { key })('organiserUnlock', { pin: PIN })).session;
}

/** An organiser's client for a served kiosk. */
async function organiser(url: string, key: string, core: Core): Promise<ReturnType<typeof apiClient>> {
  return apiClient(url, { key, organiserSession: await sessionOf(url, key, core) });
}
