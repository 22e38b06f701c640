/**
 * `innsjekk serve` as a separate process, spoken to over real sockets the way
 * a careless or hostile client would: bodies too large, too many or too slow;
 * connections cut off half-way; another host's name, another site's page, a
 * body that is not JSON.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_BYTES_IN_FLIGHT, SETUP_BODY } from '../../electron/request-body.js';
import { CLI_TEST_TIMEOUT, runCliJson } from '../helpers/cli.js';
import { startCli, type CliProcess } from '../helpers/cli-process.js';
import { waitFor } from '../helpers/kiosk-cluster.js';
import { openRequest, rawPost, writeSpaces, type RawReply } from '../helpers/raw-http.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const PIN = '48219305';
const JSON_TYPE = { 'content-type': 'application/json' };

let serving: CliProcess | undefined;
afterEach(async () => {
  await serving?.stop();
  serving = undefined;
  removeTempDirs();
});

/** Serves a data directory (empty unless prepared) with `innsjekk serve`; resolves to its address and event key (empty without an event). */
async function serve(dataDir: string = tempDir()): Promise<{ url: string; key: string }> {
  serving = startCli(['serve', '--json', '--port', '0'], dataDir);
  const { url, kioskUrl } = JSON.parse(await serving.firstLine) as { url: string; kioskUrl: string };
  return { url, key: new URLSearchParams(new URL(kioskUrl).hash.slice(1)).get('key') ?? '' };
}

/** The error key of a refusal. */
function errorKey(reply: RawReply): string | undefined {
  return (reply.body as { error?: { key?: string } }).error?.key;
}

/** The peak memory (resident set) of a process so far, in MB, from Linux's /proc. */
function peakMemoryMb(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? NaN) / 1024;
}

describe('bodies: each route takes what it needs, within a time, and the server holds only so much at once', { timeout: 60_000 }, () => {
  it('refuses a setup body over a few kB without reading it, even 24 at once of 29 MB each', async () => {
    const { url } = await serve();
    const oversized = JSON.stringify({ name: 'x'.repeat(SETUP_BODY.bytes), date: '2026-03-12', capacity: null, pin: PIN });
    const refused = await rawPost(`${url}/api/setupEvent`, JSON_TYPE, oversized);
    expect({ status: refused.status, key: errorKey(refused) }).toEqual({ status: 413, key: 'requestTooLarge' });

    const bodies = Array.from({ length: 24 }, (_, i) => {
      // Half declare their length, half are sent chunked, so only reading could tell their size.
      const open = openRequest(`${url}/api/status`, i % 2 === 0 ? { ...JSON_TYPE, 'content-length': String(29 * 1024 * 1024) } : JSON_TYPE);
      void writeSpaces(open, 29 * 1024 * 1024);
      // The server answers and closes while the client is still sending: the client may see only the close.
      return open.reply.then(
        (reply) => `${reply.status} ${errorKey(reply)}`,
        () => 'closed while sending',
      );
    });
    const outcomes = new Set(await Promise.all(bodies));
    expect(['413 requestTooLarge', 'closed while sending']).toEqual(expect.arrayContaining([...outcomes]));
    expect(peakMemoryMb(serving!.pid)).toBeLessThan(250);
    // Nothing was set up, and the server still answers.
    expect((await rawPost(`${url}/api/status`, JSON_TYPE, '{}')).body).toMatchObject({ configured: false });
  });

  it('answers a body that stops arriving with 408 once its time is up', async () => {
    const { url } = await serve();
    const slow = openRequest(`${url}/api/setupEvent`, { ...JSON_TYPE, 'content-length': '200' });
    await slow.write('{"name": "Lokaldemokratikonferansen');
    const reply = await slow.reply;
    expect({ status: reply.status, key: errorKey(reply) }).toEqual({ status: 408, key: 'requestTooSlow' });
  });

  it('holds at most MAX_BYTES_IN_FLIGHT of bodies at once: the one that would go over gets 503', async () => {
    const dataDir = tempDir();
    await runCliJson(['init', '--name', 'Lokaldemokratikonferansen', '--date', '2026-03-12', '--pin', PIN], { dataDir });
    const { url, key } = await serve(dataDir);
    const unlocked = await rawPost(`${url}/api/organiserUnlock`, { ...JSON_TYPE, authorization: `Bearer ${key}` }, JSON.stringify({ pin: PIN }));
    const { session } = unlocked.body as { session: string };
    const headers = { ...JSON_TYPE, authorization: `Bearer ${key}`, 'x-innsjekk-organiser': session, 'content-length': String(MAX_BODY_BYTES) };

    // Imports each within its own limit, none of them finished: together they hold more than the server may,
    // and without any one of them, no more.
    const count = Math.floor(MAX_BYTES_IN_FLIGHT / (MAX_BODY_BYTES - 1)) + 1;
    expect((count - 1) * (MAX_BODY_BYTES - 1)).toBeLessThanOrEqual(MAX_BYTES_IN_FLIGHT);
    const imports = Array.from({ length: count }, () => openRequest(`${url}/api/importPreview`, headers));
    for (const open of imports) void writeSpaces(open, MAX_BODY_BYTES - 1);
    const first = await Promise.race(imports.map((open) => open.reply));
    expect({ status: first.status, key: errorKey(first) }).toEqual({ status: 503, key: 'serverBusy' });
    // The others are still being read, and other requests are answered meanwhile.
    expect((await rawPost(`${url}/api/counts`, { ...JSON_TYPE, authorization: `Bearer ${key}` }, '{}')).status).toBe(200);
    expect(imports.filter((open) => open.answered())).toHaveLength(1);
    for (const open of imports) open.drop();
  });
});

describe('a dropped connection', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('is logged once, with the reason, and nothing of the request', async () => {
    const { url } = await serve();
    const cut = openRequest(`${url}/api/setupEvent`, { ...JSON_TYPE, 'content-length': '200' });
    await cut.write('{"name": "Kari Ødegård');
    cut.drop();
    const log = await waitFor('the server to log the dropped connection', () => (serving!.output().stderr.includes('innsjekk:') ? serving!.output().stderr : undefined));
    // A whole request afterwards: had the drop been logged twice, both lines would be there by now.
    expect((await rawPost(`${url}/api/status`, JSON_TYPE, '{}')).status).toBe(200);
    const lines = serving!.output().stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^innsjekk: a connection closed before its request arrived \((ECONNRESET|aborted)\)$/)]);
    expect(log).not.toContain('Kari');
    expect(log).not.toContain('setupEvent');
  });
});

describe('a request for another host, from another site, or not in JSON', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('is refused before it is read: a page rebinding its DNS name to the kiosk cannot set up an event or learn its key', async () => {
    const { url } = await serve();
    const port = new URL(url).port;
    const rebound = `rebound.example:${port}`;
    const attempts: readonly { readonly headers: Readonly<Record<string, string>>; readonly refused: string }[] = [
      { headers: { ...JSON_TYPE, host: rebound }, refused: '421 requestWrongHost' },
      { headers: { 'content-type': 'text/plain', host: rebound, origin: `http://${rebound}` }, refused: '421 requestWrongHost' },
      { headers: { ...JSON_TYPE, origin: `http://${rebound}` }, refused: '403 requestForeignOrigin' },
      { headers: { ...JSON_TYPE, origin: 'null' }, refused: '403 requestForeignOrigin' },
      { headers: { 'content-type': 'text/plain' }, refused: '415 requestNotJson' },
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, refused: '415 requestNotJson' },
      { headers: {}, refused: '415 requestNotJson' },
    ];
    for (const { headers, refused } of attempts) {
      const reply = await rawPost(`${url}/api/setupDemo`, headers, '{}');
      expect({ headers, answer: `${reply.status} ${errorKey(reply)}` }).toEqual({ headers, answer: refused });
      expect(JSON.stringify(reply.body)).not.toMatch(/eventKey/);
    }
    expect((await rawPost(`${url}/api/status`, JSON_TYPE, '{}')).body).toMatchObject({ configured: false });
  });

  it('lets the kiosk page through, by either of its loopback names', async () => {
    const { url } = await serve();
    const port = new URL(url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const page = openRequest(`${url}/`, { host }, 'GET');
      page.end();
      expect((await page.reply).status).toBe(200);
      const status = await rawPost(`${url}/api/status`, { ...JSON_TYPE, 'content-type': 'application/json; charset=utf-8', host, origin: `http://${host}` }, '{}');
      expect(status).toMatchObject({ status: 200, body: { configured: false } });
    }
    const elsewhere = openRequest(`${url}/`, { host: `rebound.example:${port}` }, 'GET');
    elsewhere.end();
    expect((await elsewhere.reply).status).toBe(421);
  });

  it('lets the change feed (a GET without a body) through by its own address, and not for another host or site', async () => {
    const { url } = await serve();
    const port = new URL(url).port;
    for (const [headers, refused] of [
      [{ host: `rebound.example:${port}` }, '421 requestWrongHost'],
      [{ origin: `http://rebound.example:${port}` }, '403 requestForeignOrigin'],
    ] as const) {
      const feed = openRequest(`${url}/api/changes`, headers, 'GET');
      feed.end();
      const reply = await feed.reply;
      expect(`${reply.status} ${errorKey(reply)}`).toBe(refused);
    }
    // Before an event exists the feed needs no key; it streams until the screen goes.
    const screen = new AbortController();
    const feed = await fetch(`${url}/api/changes`, { signal: screen.signal });
    expect({ status: feed.status, type: feed.headers.get('content-type') }).toEqual({ status: 200, type: 'text/event-stream; charset=utf-8' });
    screen.abort();
  });
});
