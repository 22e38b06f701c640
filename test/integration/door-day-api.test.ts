/**
 * The door on a full day through the kiosk's HTTP API: the organiser PIN an
 * admission past the rules gives is checked by the core (a wrong one admits
 * nobody and counts as a wrong guess; the information desk's organiser
 * session stands for it), walk-ins come with their code's QR,
 * notes are the organiser's alone, and the counts carry the day's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import type { RunningKiosk } from '../../electron/kiosk-server.js';
import { apiClient, organiserClient, postRaw, type ApiErrorBody } from '../helpers/http.js';
import { startDemoKiosk } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('the door on a full day through the API', () => {
  let kiosk: RunningKiosk;
  let key: string;
  let dir: string;

  beforeAll(async () => {
    ({ dir, key, kiosk } = await startDemoKiosk());
  });
  afterAll(() => kiosk.close());

  const logSize = () => readRawSync(dir, (db) => db.prepare('SELECT COUNT(*) FROM log').pluck().get()) as number;
  const confirmed = () => readRawSync(dir, (db) => db.prepare("SELECT id, code FROM registrant WHERE status = 'confirmed' ORDER BY id LIMIT 3").all()) as { id: string; code: string }[];

  it('checks the PIN of a forced admission in the core: a wrong one admits nobody', async () => {
    const api = apiClient(kiosk.url, { key });
    const organiser = await organiserClient(kiosk.url, key, DEMO_PIN);
    await organiser('eventUpdate', { capacity: 1 });
    const [first, second] = confirmed();
    expect((await api('scan', { code: first!.code })).verdict).toBe('welcome');
    expect(await api('scan', { code: second!.code })).toMatchObject({ verdict: 'full', door: { inside: 1, capacity: 1 } });

    const before = logSize();
    const override = { pin: '999999', by: 'Ingrid', reason: 'taler' };
    const wrong = await postRaw(kiosk.url, 'admitForced', JSON.stringify({ registrantId: second!.id, override }), { key });
    expect((wrong.body as ApiErrorBody).error.key).toBe('wrongPin');
    expect(logSize()).toBe(before);

    const admitted = await api('admitForced', { registrantId: second!.id, override: { ...override, pin: DEMO_PIN } });
    expect(admitted).toMatchObject({ verdict: 'welcome', forced: true, door: { inside: 2, capacity: 1 } });
    expect(await api('counts', {})).toMatchObject({ inside: 2, capacity: 1, forced: 1, overCapacity: 1 });
  });

  it('registers a walk-in with the code and its QR, refused while full without the PIN', async () => {
    const api = apiClient(kiosk.url, { key });
    const full = await postRaw(kiosk.url, 'walkIn', JSON.stringify({ name: 'Nils Nykommer', organisation: 'Lesja kommune', email: null }), { key });
    expect((full.body as ApiErrorBody).error).toMatchObject({ key: 'doorFull', message: expect.stringContaining('Ingenting er registrert') });
    const override = { pin: DEMO_PIN, by: 'Ingrid', reason: 'ny ordfører' };
    const walkIn = await api('walkIn', { name: 'Nils Nykommer', organisation: 'Lesja kommune', email: null, override });
    expect(walkIn.code).toMatch(/^W-[0-9A-Z]{8}-\d+$/);
    expect(walkIn.svg).toContain('<svg');
    expect(walkIn.result).toMatchObject({ verdict: 'welcome', forced: true, registrant: { name: 'Nils Nykommer' } });
    expect(await api('exit', { code: walkIn.code })).toMatchObject({ verdict: 'goodbye', registrant: { name: 'Nils Nykommer' } });
    expect(await api('municipalities', {})).toContain('Lesja');
  });

  it('takes the information desk\'s open organiser session for the PIN, and a missing PIN without one as the locked screens, not a wrong guess', async () => {
    const waiting = readRawSync(dir, (db) => db.prepare("SELECT id FROM registrant WHERE status = 'waitlisted' ORDER BY id LIMIT 1").pluck().get()) as string;
    const admission = JSON.stringify({ registrantId: waiting, reason: 'taler', override: { pin: '', by: 'Ingrid', reason: 'taler' } });
    const before = logSize();
    // More than the five guesses that would lock the organiser screens, were an empty PIN counted as a wrong one.
    for (let attempt = 0; attempt < 6; attempt++) {
      const refused = await postRaw(kiosk.url, 'waitlistAdmit', admission, { key });
      expect((refused.body as ApiErrorBody).error.key).toBe('organiserLocked');
    }
    expect(logSize()).toBe(before);

    const organiser = await organiserClient(kiosk.url, key, DEMO_PIN);
    expect(await organiser('waitlistAdmit', JSON.parse(admission) as { registrantId: string })).toMatchObject({ verdict: 'admitted_from_waitlist', forced: true, registrant: { id: waiting } });
    const [logged] = readRawSync(dir, (db) => db.prepare("SELECT details FROM log WHERE kind = 'checkin' AND registrant_id = ?").pluck().all(waiting)) as string[];
    expect(JSON.parse(logged!)).toMatchObject({ waitlist: { reason: 'taler' }, forced: { by: 'Ingrid', reason: 'taler' } });
  });

  it("keeps notes the organiser's: a kiosk without the PIN may not set one", async () => {
    const [first] = confirmed();
    const refused = await postRaw(kiosk.url, 'noteSet', JSON.stringify({ registrantId: first!.id, note: 'VIP' }), { key });
    expect(refused.status).toBe(403);
    const organiser = await organiserClient(kiosk.url, key, DEMO_PIN);
    expect(await organiser('noteSet', { registrantId: first!.id, note: 'VIP — hent vertskap' })).toEqual({ registrantId: first!.id, note: 'VIP — hent vertskap' });
    expect((await apiClient(kiosk.url, { key })('exit', { code: first!.code })).note).toBe('VIP — hent vertskap');
  });
});
