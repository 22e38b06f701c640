/**
 * The organiser PIN is set when the event is created (`innsjekk init --pin`,
 * the API's setupEvent, the demo's stated PIN) or on the machine itself
 * (`innsjekk pin`), never by whoever first types one at a kiosk.
 */
import os from 'node:os';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEMO_PIN } from '../../shared/domain.js';
import { Core } from '../../electron/core/core.js';
import { CLI_TEST_TIMEOUT, expectBadInput, runCli, runCliJson } from '../helpers/cli.js';
import { startCli, type CliProcess } from '../helpers/cli-process.js';
import { apiClient, postRaw, type ApiErrorBody } from '../helpers/http.js';
import { writeRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const PIN = '48219305';

let serving: CliProcess | undefined;
afterEach(async () => {
  await serving?.stop();
  serving = undefined;
});

/** Serves the data directory with `innsjekk serve`; resolves to its address and event key (empty without an event). */
async function serve(dataDir: string): Promise<{ url: string; key: string }> {
  serving = startCli(['serve', '--json', '--port', '0'], dataDir);
  const { url, kioskUrl } = JSON.parse(await serving.firstLine) as { url: string; kioskUrl: string };
  return { url, key: new URLSearchParams(new URL(kioskUrl).hash.slice(1)).get('key') ?? '' };
}

/** The key of a refusal's error. */
function refusal(body: unknown): string | undefined {
  return (body as Partial<ApiErrorBody>).error?.key;
}

describe('the organiser PIN is set with the event', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('init refuses to create an event without --pin, and creates none', async () => {
    const dataDir = tempDir();
    expectBadInput(
      await runCli(['init', '--name', 'Lokaldemokratikonferansen', '--date', '2026-03-12'], { dataDir }),
      'Velg PIN-koden for arrangørsidene (6 til 12 sifre), for eksempel --pin 482193',
    );
    const core = Core.openSync(dataDir);
    try {
      expect(core.eventSync()).toBeNull();
    } finally {
      core.closeSync();
    }
  });

  it('the demo states its PIN, and that PIN opens the organiser screens', async () => {
    const dataDir = tempDir();
    const human = await runCli(['demo'], { dataDir });
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(`PIN-koden for arrangørsidene er ${DEMO_PIN}.`);
    const { url, key } = await serve(dataDir);
    const { session } = await apiClient(url, { key })('organiserUnlock', { pin: DEMO_PIN });
    expect((await apiClient(url, { key, organiserSession: session })('report', {})).length).toBeGreaterThan(500);
  });

  it('setupEvent over HTTP needs a PIN of 6 to 12 digits, and sets it', async () => {
    const dataDir = tempDir();
    const { url } = await serve(dataDir);
    const event = { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null };
    for (const body of [event, { ...event, pin: '4821' }]) {
      const refused = await postRaw(url, 'setupEvent', JSON.stringify(body), {});
      expect({ status: refused.status, key: refusal(refused.body) }).toEqual({ status: 400, key: 'badRequest' });
    }
    expect((await apiClient(url, {})('status', {})).configured).toBe(false);

    const { eventKey } = await apiClient(url, {})('setupEvent', { ...event, pin: PIN });
    expect(await apiClient(url, {})('status', {})).toMatchObject({ configured: true, pinSet: true });
    expect((await apiClient(url, { key: eventKey })('organiserUnlock', { pin: PIN })).session).toMatch(/^[\w-]{20,}$/);
  });
});

describe('a kiosk without a PIN', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('refuses every unlock, says how to set a PIN on the machine, and never takes a PIN typed at the door', async () => {
    // As a kiosk that joined a hub, or one an older version set up, has it: an event and no PIN.
    const dataDir = tempDir();
    const setup = Core.openSync(dataDir);
    setup.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null });
    setup.closeSync();
    const { url, key } = await serve(dataDir);

    for (const pin of [PIN, PIN, '246813']) {
      const refused = await postRaw(url, 'organiserUnlock', JSON.stringify({ pin }), { key });
      expect({ status: refused.status, key: refusal(refused.body) }).toEqual({ status: 400, key: 'noPinSet' });
      expect((refused.body as ApiErrorBody).error.message).toContain('«innsjekk pin NY-PIN»');
    }
    expect((await apiClient(url, { key })('status', {})).pinSet).toBe(false);

    // On the machine itself, with the kiosk running.
    expectBadInput(await runCli(['pin', '4821'], { dataDir }), 'PIN-koden må være 6 til 12 sifre');
    expect(await runCliJson(['pin', PIN], { dataDir })).toMatchObject({ pinSet: true });
    expect((await apiClient(url, { key })('organiserUnlock', { pin: PIN })).session).toMatch(/^[\w-]{20,}$/);
  });
});

describe('wrong PINs', { timeout: 60_000 }, () => {
  /** A data directory with an event and the PIN. */
  async function preparedDataDir(): Promise<string> {
    const dataDir = tempDir();
    await runCliJson(['init', '--name', 'Lokaldemokratikonferansen', '--date', '2026-03-12', '--pin', PIN], { dataDir });
    return dataDir;
  }

  /** Tries a PIN at a kiosk; resolves to the refusal's key and message, or 'opened'. */
  async function tryPin(url: string, key: string, pin: string): Promise<string> {
    const reply = await postRaw(url, 'organiserUnlock', JSON.stringify({ pin }), { key });
    return reply.status === 200 ? 'opened' : `${refusal(reply.body)}: ${(reply.body as ApiErrorBody).error.message}`;
  }

  /** Moves the lockout of a place into the past, as if its time had run out. */
  function lockoutPassed(dataDir: string, place: 'this_machine' | 'network'): void {
    writeRawSync(dataDir, (db) => db.prepare("UPDATE meta SET value = json_set(value, '$.lockedUntil', 0) WHERE key = ?").run(`pin_lockout_${place}`));
  }

  it('lock the PIN out for longer and longer, and the lockout outlasts a restart', async () => {
    const dataDir = await preparedDataDir();
    let { url, key } = await serve(dataDir);
    const wrong = [];
    for (let attempt = 0; attempt < 5; attempt++) wrong.push(await tryPin(url, key, '111111'));
    expect(wrong).toEqual([...Array(4).fill('wrongPin: Feil PIN. Prøv igjen, eller spør arrangøren.'), 'tooManyPinAttempts: For mange feil forsøk. Vent 30 sekunder og prøv igjen.']);

    // Each wrong guess after a lockout has run out locks for twice as long.
    const after = [];
    for (let lockout = 0; lockout < 4; lockout++) {
      lockoutPassed(dataDir, 'this_machine');
      after.push(await tryPin(url, key, '111111'));
    }
    expect(after).toEqual([
      'tooManyPinAttempts: For mange feil forsøk. Vent 60 sekunder og prøv igjen.',
      'tooManyPinAttempts: For mange feil forsøk. Vent 120 sekunder og prøv igjen.',
      expect.stringMatching(/^tooManyPinAttemptsMinutes: For mange feil forsøk\. Vent 4 minutter og prøv igjen, eller sett en ny PIN-kode på denne maskinen med «innsjekk pin NY-PIN»\.$/),
      expect.stringMatching(/^tooManyPinAttemptsMinutes: .*Vent 8 minutter/),
    ]);

    await serving!.stop();
    ({ url, key } = await serve(dataDir));
    expect(await tryPin(url, key, PIN)).toMatch(/^tooManyPinAttemptsMinutes: .*Vent [78] minutter/);

    // Setting the PIN on the machine lets the organiser in again.
    await runCliJson(['pin', PIN], { dataDir });
    expect(await tryPin(url, key, PIN)).toBe('opened');
  });

  const lanAddress = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)?.address;

  it.skipIf(lanAddress === undefined)('from the network never lock out the organiser at this machine', async () => {
    const dataDir = await preparedDataDir();
    serving = startCli(['serve', '--json', '--port', '0', '--host', '0.0.0.0'], dataDir);
    const { url, kioskUrl } = JSON.parse(await serving.firstLine) as { url: string; kioskUrl: string };
    const key = new URLSearchParams(new URL(kioskUrl).hash.slice(1)).get('key') ?? '';
    const port = new URL(url).port;
    const fromNetwork = `http://${lanAddress}:${port}`;
    const atThisMachine = `http://127.0.0.1:${port}`;

    for (let attempt = 0; attempt < 5; attempt++) await tryPin(fromNetwork, key, '111111');
    expect(await tryPin(fromNetwork, key, PIN)).toMatch(/^tooManyPinAttempts:/);
    expect(await tryPin(atThisMachine, key, PIN)).toBe('opened');
    // Guesses at this machine count for this machine alone.
    for (let attempt = 0; attempt < 5; attempt++) await tryPin(atThisMachine, key, '111111');
    expect(await tryPin(atThisMachine, key, PIN)).toMatch(/^tooManyPinAttempts:/);
  });
});
