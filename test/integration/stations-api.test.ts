/**
 * The stations through the kiosk's HTTP API: every kiosk may read its
 * station, only the organiser (the PIN) may move it, the stations' counts
 * apart from the door's, guests picked by name, the lunch counter's copy,
 * and the door's undo of the person named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import type { RunningKiosk } from '../../electron/kiosk-server.js';
import { apiClient, organiserClient, postRaw } from '../helpers/http.js';
import { startDemoKiosk } from '../helpers/kiosk-cluster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('the stations through the API', () => {
  let kiosk: RunningKiosk;
  let key: string;

  beforeAll(async () => {
    ({ key, kiosk } = await startDemoKiosk());
  });
  afterAll(() => kiosk.close());

  it('lets every kiosk read its station, and only the organiser move it', async () => {
    const api = apiClient(kiosk.url, { key });
    expect(await api('stationGet', {})).toEqual({ station: 'inngang' });
    expect((await postRaw(kiosk.url, 'stationSet', JSON.stringify({ station: 'lunsj' }), { key })).status).toBe(403);
    expect(await api('stationGet', {})).toEqual({ station: 'inngang' });

    const organiser = await organiserClient(kiosk.url, key, DEMO_PIN);
    expect(await organiser('stationSet', { station: 'garderobe' })).toEqual({ station: 'garderobe' });
    expect(await api('stationGet', {})).toEqual({ station: 'garderobe' });
    const { session } = await api('organiserUnlock', { pin: DEMO_PIN });
    const unknown = await postRaw(kiosk.url, 'stationSet', JSON.stringify({ station: 'bar' }), { key, organiserSession: session });
    expect(unknown.status).toBe(400);
    expect(await api('stationGet', {})).toEqual({ station: 'garderobe' });
  });

  it('counts the cloakroom and the lunch counter apart from the head counts', async () => {
    const api = apiClient(kiosk.url, { key });
    expect(await api('stationCounts', {})).toMatchObject({ cloak: { handedIn: 0, hanging: 0, uncollected: [], flagged: [] }, lunch: { served: 0, expected: 0, dietary: [] } });
    // The door's counts carry the door's figures of a full day (issue 11), never the stations'.
    const doorCounts = Object.keys(await api('counts', {}));
    expect(doorCounts).toEqual(expect.arrayContaining(['arrived', 'cancelled', 'expected', 'total', 'waitlisted']));
    expect(doorCounts).not.toContain('cloak');
    expect(doorCounts).not.toContain('lunch');
  });

  it("works the kiosk's station: the cloakroom's operations there, the lunch counter's refused until it is moved", async () => {
    const api = apiClient(kiosk.url, { key });
    expect(await api('stationGet', {})).toEqual({ station: 'garderobe' });
    expect(await api('cloakIn', { tag: '12', code: null })).toMatchObject({ verdict: 'ok', tag: 12, owner: null });
    expect(await api('cloakIn', { tag: '12', code: null })).toMatchObject({ verdict: 'tag_in_use', handIns: [{ tag: 12 }] });
    expect(await api('cloakList', { uncollected: true })).toMatchObject([{ tag: 12, owner: null, collectedAt: null }]);
    expect(await api('cloakOut', { tag: '12' })).toMatchObject({ verdict: 'ok', tag: 12 });
    expect(await api('cloakUndo', { reason: 'feil' })).toMatchObject({ undone: { kind: 'cloak_out', tag: 12 } });
    expect(await api('cloakFind', { query: 'ingen slik gjest' })).toEqual([]);

    const refused = await postRaw(kiosk.url, 'lunchServe', JSON.stringify({ code: null }), { key });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { key: 'wrongStation', params: { station: 'garderobe', needed: 'lunsj' } } });
    const organiser = await organiserClient(kiosk.url, key, DEMO_PIN);
    await organiser('stationSet', { station: 'lunsj' });
    expect(await api('lunchServe', { code: null })).toMatchObject({ verdict: 'ok', registrant: null });
    expect(await api('lunchUndo', {})).toMatchObject({ undone: { registrant: null } });
    expect((await api('stationCounts', {})).cloak).toMatchObject({ handedIn: 1, hanging: 1 });
  });

  it("serves a guest picked by name, gives the lunch counter its copy, and undoes the door's check-in of the person named only", async () => {
    const api = apiClient(kiosk.url, { key });
    const [first, second] = (await api('search', { query: 'a', limit: 50 })).filter((hit) => hit.status === 'confirmed' && hit.arrivedAt === null);
    expect(await api('lunchServe', { code: null, registrantId: first!.id })).toMatchObject({ verdict: 'ok', registrant: { id: first!.id }, checkedIn: false });
    expect((await api('lunchList', {})).servings).toEqual([{ registrantId: first!.id, at: expect.any(String) as string, kiosk: expect.any(String) as string }]);
    const unknown = await postRaw(kiosk.url, 'lunchServe', JSON.stringify({ code: null, registrantId: 'NOSUCHID' }), { key });
    expect(unknown.body).toMatchObject({ error: { key: 'registrantNotFound' } });

    expect(await api('checkInById', { registrantId: first!.id })).toMatchObject({ verdict: 'welcome' });
    const none = await postRaw(kiosk.url, 'undo', JSON.stringify({ reason: 'feil person', registrantId: second!.id }), { key });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ error: { key: 'undoNoCheckinOfPerson', params: { name: second!.name } } });
    expect(await api('undo', { reason: 'feil person', registrantId: first!.id })).toMatchObject({ undone: { id: first!.id } });
  });
});
