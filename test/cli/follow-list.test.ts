/**
 * `innsjekk import URL`: once, followed (--follow) until the event starts or
 * Ctrl-C, beside a hub in another process, and inside `serve --hub --follow`;
 * the registration system is a server on 127.0.0.1.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RegistrantRow } from '../../shared/report/report-model.js';
import { syncWithHub } from '../../electron/core/sync/sync-client.js';
import { expectBadInput, initEvent, reportRegistrants, runCli, runCliJson, TEST_PIN } from '../helpers/cli.js';
import { startCli, type CliProcess } from '../helpers/cli-process.js';
import { NORWEGIAN_REGISTRANTS } from '../helpers/csv.js';
import { joinedKiosk } from '../helpers/kiosk-cluster.js';
import { LIST_V1, LIST_V2, NEW_PERSON, serveVersion, startListServer, type ListServer } from '../helpers/list-server.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const servers: ListServer[] = [];
const processes: CliProcess[] = [];

afterEach(async () => {
  await Promise.all(processes.splice(0).map((p) => p.stop()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(removeTempDirs);

async function listServer(): Promise<ListServer> {
  const server = await startListServer();
  servers.push(server);
  return server;
}

function cli(args: readonly string[], dataDir: string): CliProcess {
  const running = startCli(args, dataDir);
  processes.push(running);
  return running;
}

/** Waits until the text read holds the pattern; fails with the text after a while. */
async function waitFor(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(read())) {
    if (Date.now() > deadline) throw new Error(`never saw ${pattern} in:\n${read()}`);
    await sleep(50);
  }
}

/** A data directory with an event next year, so following goes on until stopped. */
async function upcomingEventDir(): Promise<string> {
  const dataDir = tempDir();
  await runCliJson(['init', '--name', 'Lokaldemokratikonferansen', '--date', `${new Date().getUTCFullYear() + 1}-03-12`, '--pin', TEST_PIN], { dataDir });
  return dataDir;
}

const report = (dataDir: string): Promise<RegistrantRow[]> => reportRegistrants(dataDir);
const V1_NAMES = NORWEGIAN_REGISTRANTS.slice(0, 3).map((r) => r[1]);

describe('innsjekk import URL', { timeout: 60_000 }, () => {
  it('imports once from an address with the usual summary, a dry run first storing nothing', async () => {
    const server = await listServer();
    const dataDir = tempDir();
    await initEvent(dataDir);
    server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const url = server.url('/deltakere.csv');

    expect(await runCliJson(['import', url, '--dry-run'], { dataDir })).toEqual({ added: 3, updated: 0, unchanged: 0, cancelled: 0, rejected: [] });
    expect(await report(dataDir)).toEqual([]);
    expect(await runCliJson(['import', url], { dataDir })).toEqual({ added: 3, updated: 0, unchanged: 0, cancelled: 0, rejected: [] });
    expect((await report(dataDir)).map((r) => r.name).sort()).toEqual([...V1_NAMES].sort());

    // Asked for an import, it imports: no "unchanged since last time" shortcut.
    expect(await runCliJson(['import', url], { dataDir })).toEqual({ added: 0, updated: 0, unchanged: 3, cancelled: 0, rejected: [] });
    expect(server.requests.map((r) => r['if-none-match'])).toEqual([undefined, undefined, undefined]);
  });

  it('follows the list, importing each change, until stopped with Ctrl-C', async () => {
    const server = await listServer();
    const dataDir = await upcomingEventDir();
    server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const follow = cli(['import', server.url('/deltakere.csv'), '--follow', '0.01', '--json'], dataDir);
    await waitFor(() => follow.output().stdout, /"outcome":"unchanged"/);
    server.respond(serveVersion({ body: LIST_V2, etag: '"v2"' }));
    await waitFor(() => follow.output().stdout, /"listRevision":2/);
    expect(await follow.stop('SIGINT')).toBe(0);

    const checks = follow.output().stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(checks[0]).toMatchObject({ outcome: 'changed', listRevision: 1, added: 3 });
    expect(checks.filter((c) => c.outcome === 'changed')).toEqual([
      expect.objectContaining({ listRevision: 1, added: 3 }),
      expect.objectContaining({ listRevision: 2, added: 1, unchanged: 3, cancelled: 0 }),
    ]);
    expect(follow.output().stderr).toContain('Følger listen på');
    expect((await report(dataDir)).map((r) => r.name)).toContain(NEW_PERSON[1]);
  });

  it('imports once and stops when the event has already started', async () => {
    const server = await listServer();
    const dataDir = tempDir();
    await initEvent(dataDir);
    server.respond(serveVersion({ body: LIST_V1 }));
    const result = await runCli(['import', server.url('/deltakere.csv'), '--follow', '0.01'], { dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Listen er endret og lest inn \(versjon 1\)\. Nye: 3, endret: 0, uendret: 0, avmeldt: 0, avvist: 0\n/);
    expect(result.stdout).toContain('Arrangementet har startet (12.03.2026, 10:00), så listen følges ikke lenger.');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a bad address or a bad interval as bad input', async () => {
    const dataDir = tempDir();
    await initEvent(dataDir);
    expectBadInput(await runCli(['import', 'http://', '--json'], { dataDir }), 'Adressen «http://» er ikke gyldig.');
    expectBadInput(await runCli(['import', 'https://127.0.0.1/liste.csv', '--follow', 'ofte'], { dataDir }), '--follow må være et antall minutter');
    expectBadInput(await runCli(['import', 'https://127.0.0.1/liste.csv', '--follow', '5', '--dry-run'], { dataDir }), '--follow og --dry-run kan ikke brukes sammen');
    expectBadInput(await runCli(['import', 'deltakere.csv', '--follow', '5'], { dataDir }), 'gjelder bare når listen hentes fra en adresse');
    expectBadInput(await runCli(['serve', '--follow-minutes', '5'], { dataDir }), '--follow-minutes og --token brukes bare sammen med --follow');
  });

  it('says why a fetch failed: access denied without the token from INNSJEKK_LIST_TOKEN, and a registration system that is gone', async () => {
    const server = await listServer();
    const dataDir = tempDir();
    await initEvent(dataDir);
    const list = serveVersion({ body: LIST_V1 });
    server.respond((req, res) => (req.headers.authorization === 'Bearer liste-token-42' ? list(req, res) : res.writeHead(401).end()));
    const url = server.url('/deltakere.csv');
    expectBadInput(await runCli(['import', url], { dataDir }), 'Tilgang nektet: påmeldingssystemet på 127.0.0.1:');
    process.env.INNSJEKK_LIST_TOKEN = 'liste-token-42';
    try {
      expect(await runCliJson(['import', url], { dataDir })).toMatchObject({ added: 3 });
    } finally {
      delete process.env.INNSJEKK_LIST_TOKEN;
    }

    await server.close();
    const gone = await runCli(['import', url], { dataDir });
    expect({ code: gone.code, stdout: gone.stdout }).toEqual({ code: 1, stdout: '' });
    expect(gone.stderr).toContain('Får ikke kontakt med påmeldingssystemet på 127.0.0.1:');
    expect((await report(dataDir)).map((r) => r.name).sort()).toEqual([...V1_NAMES].sort());
  });

  it('feeds a hub running in another process, whose kiosks get each change in their next round', async () => {
    const server = await listServer();
    const dataDir = await upcomingEventDir();
    server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const hub = cli(['serve', '--hub', '--host', '127.0.0.1', '--port', '0', '--kiosk-port', '0', '--json'], dataDir);
    const { pairingCode } = JSON.parse(await hub.firstLine) as { pairingCode: string };
    const follow = cli(['import', server.url('/deltakere.csv'), '--follow', '0.01'], dataDir);
    await waitFor(() => follow.output().stdout, /Listen er uendret \(versjon 1\)/);

    const kiosk = await joinedKiosk(pairingCode, 'Kiosk ved døra');
    try {
      server.respond(serveVersion({ body: LIST_V2, etag: '"v2"' }));
      await waitFor(() => follow.output().stdout, /Listen er endret og lest inn \(versjon 2\)/);
      await syncWithHub(kiosk);
      const names = readRawSync(kiosk.dataDir, (db) => db.prepare('SELECT name FROM registrant').pluck().all() as string[]);
      expect(names.sort()).toEqual([...V1_NAMES, NEW_PERSON[1]].sort());
    } finally {
      kiosk.closeSync();
    }
  });

  it('follows the list inside serve --hub --follow, a line per check on stderr', async () => {
    const server = await listServer();
    const dataDir = await upcomingEventDir();
    server.respond(serveVersion({ body: LIST_V1, etag: '"v1"' }));
    const url = server.url('/deltakere.csv');
    const hub = cli(['serve', '--hub', '--host', '127.0.0.1', '--port', '0', '--kiosk-port', '0', '--follow', url, '--follow-minutes', '0.01'], dataDir);
    expect(await hub.firstLine).toMatch(/^Innsjekk kjører på http:\/\/127\.0\.0\.1:\d+\/ \(.+«innsjekk status»\) og deler arrangementet på https:\/\/127\.0\.0\.1:\d+/);
    await waitFor(() => hub.output().stderr, /Listen er endret og lest inn \(versjon 1\)\. Nye: 3/);
    server.respond(serveVersion({ body: LIST_V2, etag: '"v2"' }));
    await waitFor(() => hub.output().stderr, /Listen er endret og lest inn \(versjon 2\)\. Nye: 1/);
    expect(hub.output().stdout.trim().split('\n')).toHaveLength(1);
    expect(await hub.stop()).toBe(0);
  });
});
