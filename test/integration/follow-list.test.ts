/**
 * Following the registration list at an address: imported when it changed
 * (ETag, Last-Modified or its bytes), kept when a fetch fails, spread by the
 * hub to the kiosks, and followed until the event starts.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { StoredText } from '../../shared/i18n.js';
import { Core } from '../../electron/core/core.js';
import { updateEventSettingsSync } from '../../electron/core/event-settings.js';
import {
  eventStartSync,
  fetchListOnce,
  followList,
  followStatusSync,
  osloTime,
  type CheckResult,
} from '../../electron/core/import/follow-list.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { MAX_IMPORT_BYTES } from '../../electron/core/import/read-table.js';
import { createEventWithPinSync } from '../../electron/core/organiser-access.js';
import { listRevisionSync } from '../../electron/core/store/registrants-store.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { TEST_PIN } from '../helpers/cli.js';
import { csvBytes, NORWEGIAN_HEADER, NORWEGIAN_REGISTRANTS } from '../helpers/csv.js';
import { organiserClient, postRaw } from '../helpers/http.js';
import { joinedKiosk, startHub } from '../helpers/kiosk-cluster.js';
import { readRawSync } from '../helpers/raw-database.js';
import { LIST_V1, LIST_V2, NEW_PERSON, serveVersion, startListServer, type ListServer } from '../helpers/list-server.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const opened: Core[] = [];
const servers: ListServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => {
  for (const core of opened.splice(0)) core.closeSync();
  removeTempDirs();
});

async function listServer(): Promise<ListServer> {
  const server = await startListServer();
  servers.push(server);
  return server;
}

/** A new data directory with an event and no registrants yet, opened. */
function eventCore(date = '2026-03-12'): Core {
  const core = Core.openSync(tempDir());
  opened.push(core);
  core.createEventSync({ name: 'Lokaldemokratikonferansen', date, capacity: null });
  return core;
}

/** Every registrant's name and status, sorted by name. */
function registrantsOf(core: Core): { name: string; status: string }[] {
  return readRawSync(core.dataDir, (db) => db.prepare('SELECT name, status FROM registrant ORDER BY name').all() as { name: string; status: string }[]);
}

function failedCheck(result: CheckResult): Extract<CheckResult, { outcome: 'failed' }> {
  if (result.outcome !== 'failed') throw new Error(`expected a failed check, got ${result.outcome}`);
  return result;
}

function failureOf(result: CheckResult): string {
  return failedCheck(result).error.message;
}

/** The failure as the follow status keeps it, in both languages. */
function storedFailureOf(result: CheckResult): StoredText {
  return failedCheck(result).error.stored();
}

const V1_NAMES = NORWEGIAN_REGISTRANTS.slice(0, 3).map((r) => r[1]);
const UNCHANGED_LIST = 'Deltakerlisten i Innsjekk er ikke endret.';

describe('a followed list on the hub', { timeout: 60_000 }, () => {
  it('is imported, left alone while its ETag stands, and a changed list reaches the kiosks in their next round', async () => {
    const server = await listServer();
    const hubDir = tempDir();
    const setup = Core.openSync(hubDir);
    createEventWithPinSync(setup, { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null }, TEST_PIN);
    setup.closeSync();
    const hub = await startHub(hubDir);
    try {
      const url = server.url('/deltakere.csv');
      server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
      const first = await fetchListOnce(hub.core, { url });
      expect(first).toMatchObject({ outcome: 'changed', listRevision: 1, summary: { added: 3, updated: 0, cancelled: 0 } });
      const kiosk = await joinedKiosk(hub.code, 'Kiosk ved døra');
      opened.push(kiosk);
      expect(registrantsOf(kiosk).map((r) => r.name)).toEqual([...V1_NAMES].sort());

      const second = await fetchListOnce(hub.core, { url });
      expect(server.requests.at(-1)?.['if-none-match']).toBe('"v1"');
      expect(second).toMatchObject({ outcome: 'unchanged', listRevision: 1 });
      expect(listRevisionSync(hub.core)).toBe(1);

      server.respond(serveVersion({ body: LIST_V2, etag: '"v2"' }));
      const third = await fetchListOnce(hub.core, { url });
      expect(third).toMatchObject({ outcome: 'changed', listRevision: 2, summary: { added: 1, unchanged: 3, cancelled: 0 } });
      expect(listRevisionSync(kiosk)).toBe(1);
      await syncWithHub(kiosk);
      expect(listRevisionSync(kiosk)).toBe(2);
      expect(registrantsOf(kiosk)).toContainEqual({ name: NEW_PERSON[1], status: 'confirmed' });

      expect(followStatusSync(hub.core)).toEqual({
        url,
        lastCheckedAt: third.at,
        lastChangedAt: third.at,
        lastError: null,
        lastErrorAt: null,
        listRevision: 2,
      });
      // The organiser screens read the same through the API, and only with the PIN.
      const key = hub.core.requireEventSync().eventKey;
      const organiser = await organiserClient(hub.kiosk.url, key, TEST_PIN);
      expect(await organiser('followStatus', {})).toMatchObject({ url, lastChangedAt: third.at, listRevision: 2 });
      const locked = await postRaw(hub.kiosk.url, 'followStatus', '{}', { key });
      expect(locked).toMatchObject({ status: 403, body: { error: { key: 'organiserLocked' } } });
    } finally {
      await hub.close();
    }
  });

  it('keeps the last good list when the registration system fails or is gone, and says so in Norwegian', async () => {
    const server = await listServer();
    const core = eventCore();
    const url = server.url('/deltakere.csv');
    server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const good = await fetchListOnce(core, { url });
    const before = registrantsOf(core);

    server.respond((_req, res) => res.writeHead(500).end('Internal Server Error'));
    const failed = await fetchListOnce(core, { url });
    expect(failureOf(failed)).toMatch(/^Påmeldingssystemet på 127\.0\.0\.1:\d+ svarte med en feil \(HTTP 500\)\./);
    expect(failed.listRevision).toBe(1);
    expect(followStatusSync(core)).toMatchObject({ lastError: storedFailureOf(failed), lastErrorAt: failed.at, lastCheckedAt: failed.at, lastChangedAt: good.at });
    expect(followStatusSync(core).lastError?.messageEn).toMatch(/^The registration system at 127\.0\.0\.1:\d+ answered with an error \(HTTP 500\)\./);

    // A page that is no list at all (a login page, say) is read, refused, and changes nothing.
    server.respond((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>Logg inn</body></html>'));
    const unreadable = await fetchListOnce(core, { url });
    expect(failureOf(unreadable)).toMatch(/^Listen fra påmeldingssystemet kunne ikke leses inn: Filen /);
    expect(failureOf(unreadable)).toContain(UNCHANGED_LIST);

    await server.close();
    const gone = await fetchListOnce(core, { url });
    expect(failureOf(gone)).toMatch(/^Får ikke kontakt med påmeldingssystemet på 127\.0\.0\.1:\d+ \([A-Z_]+\)\. Sjekk adressen/);
    expect(registrantsOf(core)).toEqual(before);
    expect(listRevisionSync(core)).toBe(1);
    expect(followStatusSync(core)).toMatchObject({ lastError: storedFailureOf(gone), lastErrorAt: gone.at, lastChangedAt: good.at, listRevision: 1 });
  });

  it('clears the failure once a fetch succeeds again', async () => {
    const server = await listServer();
    const core = eventCore();
    const url = server.url('/deltakere.csv');
    server.respond((_req, res) => res.writeHead(503).end());
    expect((await fetchListOnce(core, { url })).outcome).toBe('failed');
    server.respond(serveVersion({ body: LIST_V1 }));
    const back = await fetchListOnce(core, { url });
    expect(followStatusSync(core)).toMatchObject({ lastError: null, lastErrorAt: null, lastChangedAt: back.at, listRevision: 1 });
  });

  it('sends the bearer token, and records a refusal as access denied without ever storing the token', async () => {
    const server = await listServer();
    const core = eventCore();
    const token = 's3cret-list-token';
    const url = server.url('/api/deltakere');
    const list = serveVersion({ body: LIST_V1 });
    server.respond((req, res) => (req.headers.authorization === `Bearer ${token}` ? list(req, res) : res.writeHead(401).end()));

    expect(await fetchListOnce(core, { url, token })).toMatchObject({ outcome: 'changed', summary: { added: 3 } });
    const wrong = await fetchListOnce(core, { url, token: 'gammel-nokkel' });
    expect(failureOf(wrong)).toMatch(/^Tilgang nektet: påmeldingssystemet på 127\.0\.0\.1:\d+ godtok ikke tilgangsnøkkelen \(HTTP 401\)/);
    const missing = await fetchListOnce(core, { url });
    expect(server.requests.at(-1)?.authorization).toBeUndefined();
    expect(failureOf(missing)).toMatch(/^Tilgang nektet/);
    expect(followStatusSync(core).lastError).toEqual(storedFailureOf(missing));
    expect(registrantsOf(core).map((r) => r.name)).toEqual([...V1_NAMES].sort());

    const stored = readRawSync(core.dataDir, (db) => db.prepare('SELECT value FROM meta UNION ALL SELECT source FROM list_revision').all() as { value: string }[]);
    expect(stored.filter((row) => row.value.includes(token))).toEqual([]);
  });

  it('sends user and password written in the address as basic auth, and stores the address without them or a secret parameter', async () => {
    const server = await listServer();
    const core = eventCore();
    server.respond(serveVersion({ body: LIST_V1 }));
    const url = server.url('/eksport.csv?arrangement=42&api_key=hemmelig');
    await fetchListOnce(core, { url: url.replace('http://', 'http://ola:h%C3%A6mmelig@') });
    expect(server.requests.at(-1)?.authorization).toBe(`Basic ${Buffer.from('ola:hæmmelig').toString('base64')}`);
    expect(followStatusSync(core).url).toBe(server.url('/eksport.csv?arrangement=42&api_key=***'));
    const stored = readRawSync(core.dataDir, (db) => db.prepare('SELECT value FROM meta').pluck().all() as string[]).join('\n');
    expect(stored).not.toMatch(/hemmelig|hæmmelig|h%C3%A6mmelig/);
  });

  it('imports a JSON list with Norwegian keys, bare or under "attendees"', async () => {
    const server = await listServer();
    const core = eventCore();
    const people = [
      { Påmeldingsnummer: 2001, Navn: 'Kari Ødegård', 'E-post': 'kari.odegard@example.no', Organisasjon: 'Bærum kommune', Status: 'Påmeldt', Svar: { lunsj: true } },
      { Påmeldingsnummer: 2002, Navn: 'Åse Sørensen', 'E-post': null, Organisasjon: 'Tromsø kommune', Status: 'Venteliste' },
      { Påmeldingsnummer: 2003, Navn: '', 'E-post': 'uten.navn@example.no', Organisasjon: 'Vik kommune', Status: 'Påmeldt' },
    ];
    const url = server.url('/api/deltakere.json');
    server.respond(serveVersion({ body: JSON.stringify(people), contentType: 'application/json' }));
    const bare = await fetchListOnce(core, { url });
    expect(bare).toMatchObject({
      outcome: 'changed',
      summary: {
        added: 2,
        // The nested answer is no column; a row's number is the person's place in the list.
        columns: ['Påmeldingsnummer', 'Navn', 'E-post', 'Organisasjon', 'Status'],
        rejected: [{ row: 3, reason: { message: 'mangler navn', messageEn: 'no name' } }],
      },
    });
    expect(readRawSync(core.dataDir, (db) => db.prepare('SELECT ref, name, email, organisation, status FROM registrant ORDER BY ref').all())).toEqual([
      { ref: '2001', name: 'Kari Ødegård', email: 'kari.odegard@example.no', organisation: 'Bærum kommune', status: 'confirmed' },
      { ref: '2002', name: 'Åse Sørensen', email: null, organisation: 'Tromsø kommune', status: 'waitlisted' },
    ]);

    // The same people wrapped in an object, as some systems send them: nothing to change.
    server.respond(serveVersion({ body: JSON.stringify({ attendees: people, total: 3 }), contentType: 'application/json; charset=utf-8' }));
    expect(await fetchListOnce(core, { url })).toMatchObject({ outcome: 'changed', summary: { added: 0, updated: 0, unchanged: 2, cancelled: 0 } });

    server.respond(serveVersion({ body: JSON.stringify({ melding: 'ingen deltakere' }) }));
    expect(failureOf(await fetchListOnce(core, { url }))).toContain('Listen er JSON, men ikke en liste over deltakere.');
    server.respond(serveVersion({ body: '[{"Navn": "Kari"' }));
    expect(failureOf(await fetchListOnce(core, { url }))).toContain('Listen ser ut som JSON, men kan ikke leses');
    expect(listRevisionSync(core)).toBe(2);
  });

  it('asks with Last-Modified when there is no ETag, and compares the bytes when there is neither', async () => {
    const server = await listServer();
    const core = eventCore();
    const url = server.url('/deltakere.csv');
    const lastModified = 'Wed, 11 Mar 2026 08:00:00 GMT';
    server.respond(serveVersion({ body: LIST_V1, lastModified }));
    expect((await fetchListOnce(core, { url })).outcome).toBe('changed');
    expect(await fetchListOnce(core, { url })).toMatchObject({ outcome: 'unchanged', listRevision: 1 });
    expect(server.requests.at(-1)).toMatchObject({ 'if-modified-since': lastModified });
    expect(server.requests.at(-1)?.['if-none-match']).toBeUndefined();

    server.respond(serveVersion({ body: LIST_V1 }));
    expect(await fetchListOnce(core, { url })).toMatchObject({ outcome: 'unchanged', listRevision: 1 });
    server.respond(serveVersion({ body: LIST_V2 }));
    expect(await fetchListOnce(core, { url })).toMatchObject({ outcome: 'changed', listRevision: 2, summary: { added: 1 } });
  });

  it('imports the list again once another list was imported in between, whatever the ETag says', async () => {
    const server = await listServer();
    const core = eventCore();
    const url = server.url('/deltakere.csv');
    server.respond(serveVersion({ body: LIST_V2, etag: '"v2"' }));
    await fetchListOnce(core, { url });
    importRegistrantsSync(core, LIST_V1, { fileName: 'gammel-liste.csv', dryRun: false });
    expect(registrantsOf(core)).toContainEqual({ name: NEW_PERSON[1], status: 'cancelled' });

    expect(await fetchListOnce(core, { url })).toMatchObject({ outcome: 'changed', listRevision: 3, summary: { updated: 1 } });
    expect(server.requests.at(-1)?.['if-none-match']).toBeUndefined();
    expect(registrantsOf(core)).toContainEqual({ name: NEW_PERSON[1], status: 'confirmed' });
  });

  it('refuses a list over the size limit, by its declared length or while it streams', async () => {
    const server = await listServer();
    const core = eventCore();
    const url = server.url('/deltakere.csv');
    server.respond(serveVersion({ body: LIST_V1 }));
    await fetchListOnce(core, { url });

    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(MAX_IMPORT_BYTES + 1) });
      res.write(csvBytes([NORWEGIAN_HEADER]));
    });
    const declared = await fetchListOnce(core, { url });
    expect(failureOf(declared)).toMatch(/^Listen på 127\.0\.0\.1:\d+ er større enn grensen på 20 MB og ble ikke hentet\./);

    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      for (let i = 0; i <= MAX_IMPORT_BYTES / megabyte.length; i++) res.write(megabyte);
      res.end();
    });
    const streamed = await fetchListOnce(core, { url });
    expect(failureOf(streamed)).toContain('er større enn grensen på 20 MB');
    expect(registrantsOf(core).map((r) => r.name)).toEqual([...V1_NAMES].sort());
    expect(listRevisionSync(core)).toBe(1);
  });

  it('gives up on a registration system that does not answer in time', async () => {
    const server = await listServer();
    const core = eventCore();
    server.respond(() => undefined);
    const slow = await fetchListOnce(core, { url: server.url('/deltakere.csv') }, { timeoutMs: 300 });
    expect(failureOf(slow)).toMatch(/^Påmeldingssystemet på 127\.0\.0\.1:\d+ svarte ikke innen 0\.3 sekunder\./);
  });

  it('refuses an address that is not http or https before fetching anything', async () => {
    const core = eventCore();
    await expect(fetchListOnce(core, { url: 'ftp://example.no/liste.csv' })).rejects.toThrow('Adressen «ftp://example.no/liste.csv» er ikke gyldig.');
    await expect(fetchListOnce(core, { url: 'http://' })).rejects.toThrow('er ikke gyldig');
    expect(followStatusSync(core).url).toBeNull();
  });
});

describe('following a list', () => {
  it('checks every interval, imports each change, and ends when the event starts', async () => {
    const server = await listServer();
    const core = eventCore();
    server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const results: CheckResult[] = [];
    const follow = followList(core, { url: server.url('/deltakere.csv') }, {
      intervalMinutes: 0.002,
      until: new Date(Date.now() + 1500),
      onResult: (result) => {
        results.push(result);
        if (results.length === 2) server.respond(serveVersion({ body: LIST_V2, etag: '"v2"' }));
      },
    });
    expect(await follow.finished).toBe('eventStarted');
    expect(results.map((r) => r.outcome).slice(0, 3)).toEqual(['changed', 'unchanged', 'changed']);
    expect(results.slice(3).every((r) => r.outcome === 'unchanged')).toBe(true);
    expect(results.length).toBeGreaterThan(4);
    expect(listRevisionSync(core)).toBe(2);
    const asked = server.requests.length;
    await sleep(400);
    expect(server.requests.length).toBe(asked);
  });

  it('stops when told, abandoning a fetch under way', async () => {
    const server = await listServer();
    const core = eventCore();
    server.respond(() => undefined);
    const results: CheckResult[] = [];
    const follow = followList(core, { url: server.url('/deltakere.csv') }, {
      intervalMinutes: 0.001,
      until: new Date(Date.now() + 3_600_000),
      onResult: (result) => results.push(result),
    });
    while (server.requests.length === 0) await sleep(10);
    await follow.stop();
    expect(await follow.finished).toBe('stopped');
    expect(results).toEqual([]);
    expect(followStatusSync(core).lastCheckedAt).toBeNull();
  });

  it('checks once when the event has already started', async () => {
    const server = await listServer();
    const core = eventCore();
    server.respond(serveVersion({ body: LIST_V1 }));
    const results: CheckResult[] = [];
    const follow = followList(core, { url: server.url('/deltakere.csv') }, {
      intervalMinutes: 0.001,
      until: eventStartSync(core),
      onResult: (result) => results.push(result),
    });
    expect(await follow.finished).toBe('eventStarted');
    expect(results.map((r) => r.outcome)).toEqual(['changed']);
  });

  it('ends when the organiser moves the event start to a moment already past', async () => {
    const server = await listServer();
    const core = eventCore(`${new Date().getUTCFullYear() + 1}-03-12`);
    server.respond(serveVersion({ body: LIST_V1 }));
    const results: CheckResult[] = [];
    const follow = followList(core, { url: server.url('/deltakere.csv') }, {
      intervalMinutes: 0.002,
      until: () => eventStartSync(core),
      onResult: (result) => {
        results.push(result);
        if (results.length === 2) core.updateEventSync({ date: '2026-03-12' });
      },
    });
    expect(await follow.finished).toBe('eventStarted');
    expect(results).toHaveLength(2);
  });

  it('takes the event start from its date and start time in Oslo, summer time included', () => {
    expect(osloTime('2026-03-12', '10:00').toISOString()).toBe('2026-03-12T09:00:00.000Z');
    expect(osloTime('2026-06-10', '10:00').toISOString()).toBe('2026-06-10T08:00:00.000Z');
    // The mornings the clocks change: 03:30 is summer time just after they go forward, winter time just after they go back.
    expect(osloTime('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(osloTime('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
    const core = eventCore('2026-09-17');
    updateEventSettingsSync(core, { registrationOpens: '08:00', starts: '08:30' });
    expect(eventStartSync(core).toISOString()).toBe('2026-09-17T06:30:00.000Z');
  });
});
