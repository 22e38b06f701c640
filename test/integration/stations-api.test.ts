/**
 * The stations through the kiosk's HTTP API: every kiosk may read its
 * station, only the organiser (the PIN) may move it, and the counts carry
 * the cloakroom and the lunch counter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import { Core } from '../../electron/core/core.js';
import { createDemoEventSync } from '../../electron/core/demo.js';
import { startKioskServer, type RunningKiosk } from '../../electron/kiosk-server.js';
import { apiClient, organiserClient, postRaw } from '../helpers/http.js';
import { LOOPBACK } from '../helpers/kiosk-cluster.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('the stations through the API', () => {
  let kiosk: RunningKiosk;
  let key: string;

  beforeAll(async () => {
    const dir = tempDir();
    const core = Core.openSync(dir);
    try {
      createDemoEventSync(core);
      key = core.requireEventSync().eventKey;
    } finally {
      core.closeSync();
    }
    kiosk = await startKioskServer(dir, { host: LOOPBACK, port: 0 });
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

  it('counts the cloakroom and the lunch counter with the head counts', async () => {
    const counts = await apiClient(kiosk.url, { key })('counts', {});
    expect(counts).toMatchObject({ arrived: 0, cloak: { handedIn: 0, hanging: 0, uncollected: [], flagged: [] }, lunch: { served: 0, expected: 0, dietary: [] } });
  });
});
