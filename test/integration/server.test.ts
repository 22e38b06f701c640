/**
 * The HTTP API on a real socket: the event key, refusals of bad requests, the
 * operations a kiosk screen calls, and `innsjekk serve` as a separate process.
 */
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core.js';
import { createDemoEventSync, DEMO_REGISTRANTS } from '../../electron/core/demo.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from '../../electron/core/fictitious-registrants.js';
import { KioskRuntime } from '../../electron/kiosk-runtime.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { MAX_BODY_BYTES } from '../../electron/request-body.js';
import { startServer, type RunningServer } from '../../electron/server.js';
import { DEMO_PIN } from '../../shared/domain.js';
import { CLI_PATH, CLI_TEST_TIMEOUT, runCliJson } from '../helpers/cli.js';
import type { RequestOf } from '../../shared/contract.js';
import type { AttendanceReport } from '../../shared/report/report-model.js';
import { apiClient, organiserClient, postRaw, type ApiErrorBody } from '../helpers/http.js';
import { readRawSync } from '../helpers/raw-database.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

/** The first line a child process writes to stdout; fails with its stderr when it writes none. */
async function firstLine(child: { readonly stdout: Readable; readonly stderr: Readable }): Promise<string> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  for await (const line of readline.createInterface({ input: child.stdout })) return line;
  throw new Error(`no output; stderr: ${stderr}`);
}

describe('the HTTP API', () => {
  const core = Core.openSync(tempDir());
  createDemoEventSync(core);
  const key = core.requireEventSync().eventKey;
  let server: RunningServer;
  let api: ReturnType<typeof apiClient>;
  let organiser: ReturnType<typeof apiClient>;
  // Each test checks in people of its own, so that the tests stay independent.
  const confirmed = codeRowsSync(core).filter((r) => r.status === 'confirmed');
  const person = (index: number): { id: string; name: string; code: string } => {
    const row = confirmed[index];
    if (!row) throw new Error(`the demo has fewer than ${index + 1} confirmed registrants`);
    return row;
  };

  /** Everything a request could have written. */
  const stored = (): unknown => ({
    counts: countsSync(core),
    ...readRawSync(core.dataDir, (db) => ({
      log: db.prepare('SELECT COUNT(*) AS n FROM log').get(),
      registrants: db.prepare('SELECT id, status, content_hash FROM registrant ORDER BY id').all(),
      revisions: db.prepare('SELECT COUNT(*) AS n FROM list_revision').get(),
    })),
  });

  let runtime: KioskRuntime;

  beforeAll(async () => {
    runtime = await KioskRuntime.start({ dataDir: core.dataDir });
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      eventKey: () => core.eventSync()?.eventKey ?? null,
      api: { handlers: runtime.handlers, sessions: runtime.sessions, changes: runtime.changes },
      rendererDir: null,
    });
    api = apiClient(server.url, { key });
    organiser = await organiserClient(server.url, key, DEMO_PIN);
  });
  afterAll(async () => {
    await server.close();
    await runtime.stop();
    core.closeSync();
  });

  it('refuses a request without the key or with a wrong one, and writes nothing', async () => {
    const before = stored();
    const scan = JSON.stringify({ code: person(0).code });
    const wrongKey = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    for (const k of [undefined, wrongKey, '', `${key}x`]) {
      const response = await postRaw(server.url, 'scan', scan, { key: k });
      expect(response.status).toBe(401);
      expect((response.body as ApiErrorBody).error).toMatchObject({ key: 'unauthorized', message: 'Mangler eller feil arrangementsnøkkel.' });
    }
    expect(stored()).toEqual(before);
  });

  it('answers 404 for an unknown operation and 400 for a body that is not valid', async () => {
    expect((await postRaw(server.url, 'dropTables', '{}', { key })).status).toBe(404);
    const before = stored();
    for (const [operation, body] of [
      ['scan', '{"code": "IJ:'],
      ['scan', 'null'],
      ['scan', JSON.stringify({ code: 42 })],
      ['scan', JSON.stringify({ code: 'x'.repeat(20_001) })],
      ['search', JSON.stringify({ query: 'kari', limit: 0 })],
      ['counts', JSON.stringify({ extra: true })],
      ['checkInById', JSON.stringify({ registrantId: 'X'.repeat(21) })],
    ] as const) {
      const response = await postRaw(server.url, operation, body, { key });
      expect({ operation, body: body.slice(0, 40), status: response.status }).toEqual({ operation, body: body.slice(0, 40), status: 400 });
      expect((response.body as ApiErrorBody).error.message).toMatch(/^Ugyldig forespørsel: /);
    }
    expect((await postRaw(server.url, 'scan', '{"code": "IJ:', { key })).body).toMatchObject({ error: { key: 'badRequest', message: 'Ugyldig forespørsel: ugyldig JSON' } });
    expect(stored()).toEqual(before);
  });

  it('refuses a body over MAX_BODY_BYTES with 413, with or without a declared length, and writes nothing', async () => {
    const { code } = person(1);
    // Valid JSON that would check someone in, were it not for its size.
    const padded = `{"code": ${JSON.stringify(code)}}${' '.repeat(MAX_BODY_BYTES)}`;
    const before = stored();
    expect((await postRaw(server.url, 'scan', padded, { key })).status).toBe(413);

    const megabyte = new TextEncoder().encode(' '.repeat(1024 * 1024));
    let sent = 0;
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(`{"code": ${JSON.stringify(code)}}`));
        else if (sent * megabyte.length <= MAX_BODY_BYTES) controller.enqueue(megabyte);
        else controller.close();
        sent += 1;
      },
    });
    expect((await postRaw(server.url, 'scan', chunked, { key })).status).toBe(413);
    expect(stored()).toEqual(before);
    // The same request at its normal size goes through.
    expect((await api('scan', { code })).verdict).toBe('welcome');
  }, CLI_TEST_TIMEOUT);

  it('scans, finds, counts and undoes with the key', async () => {
    const { id, name, code } = person(2);
    const before = await api('counts', {});
    expect(before.total).toBe(DEMO_REGISTRANTS);

    const scan = await api('scan', { code, station: 'inngang' });
    expect(scan).toMatchObject({ verdict: 'welcome', registrant: { id, name, status: 'confirmed' } });
    expect((await api('scan', { code: 'ikke en kode' })).verdict).toBe('invalid');
    expect(await api('counts', {})).toEqual({ ...before, arrived: before.arrived + 1, inside: before.inside + 1 });

    const hits = await api('search', { query: name, limit: 200 });
    expect(hits.find((h) => h.id === id)).toEqual({ id, name, organisation: scan.registrant?.organisation, status: 'confirmed', arrivedAt: scan.at });
    expect(hits.every((h) => !('email' in h))).toBe(true);

    expect((await api('undo', { reason: 'feil person' })).undone).toMatchObject({ id, name, at: scan.at });
    expect(await api('counts', {})).toEqual(before);
    expect((await api('search', { query: name, limit: 200 })).find((h) => h.id === id)?.arrivedAt).toBeNull();
  });

  it('previews an import without writing, then commits it', async () => {
    // The demo's own list (the generator is deterministic) with one late registration.
    const list = generateFictitiousRegistrants(DEMO_REGISTRANTS);
    const first = list[0]!;
    list.push({ ...first, ref: 'SEN-1', firstName: 'Sigrun', lastName: 'Sent-Påmeldt', email: 'sigrun.sent@example.no' });
    const request = { fileName: 'påmeldte.csv', content: Buffer.from(fictitiousRegistrantsCsv(list)).toString('base64') };

    const before = stored();
    // Changing the list takes the organiser's PIN, not just the key every kiosk holds.
    expect((await postRaw(server.url, 'importCommit', JSON.stringify(request), { key })).status).toBe(403);
    const preview = await organiser('importPreview', request);
    expect(preview).toMatchObject({ added: 1, updated: 0, cancelled: 0, rejected: [] });
    expect(preview.columns).toContain('Påmeldingsnummer');
    expect(stored()).toEqual(before);

    const commit = await organiser('importCommit', request);
    expect(commit).toMatchObject({ added: 1, updated: 0, unchanged: preview.unchanged, cancelled: 0 });
    const [late] = await api('search', { query: 'sigrun sent' });
    expect(late).toMatchObject({ name: 'Sigrun Sent-Påmeldt', status: 'confirmed', arrivedAt: null });

    // The new registrant has a code of their own, and it checks them in.
    const { code, svg } = await organiser('registrantCode', { registrantId: late?.id ?? '' });
    expect(svg).toMatch(/^<svg[^>]*>[\s\S]*<\/svg>\s*$/);
    expect(await api('scan', { code })).toMatchObject({ verdict: 'welcome', registrant: { id: late?.id } });
  });

  it('saves the attendance report in every format for the organiser only', async () => {
    const { name, code } = person(3);
    expect((await api('scan', { code })).verdict).toBe('welcome');
    const date = core.requireEventSync().date;
    const saved = async (request: RequestOf<'reportFile'>): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> => {
      const file = await organiser('reportFile', request);
      return { ...file, bytes: Buffer.from(file.content, 'base64') };
    };
    const pdf = await saved({ format: 'pdf' });
    expect([pdf.fileName, pdf.mimeType, pdf.bytes.subarray(0, 5).toString()]).toEqual([`oppmoterapport-${date}.pdf`, 'application/pdf', '%PDF-']);
    const xlsx = await saved({ format: 'xlsx', language: 'en' });
    expect([xlsx.fileName, xlsx.bytes.subarray(0, 2).toString()]).toEqual([`attendance-report-${date}.xlsx`, 'PK']);
    const csv = await saved({ format: 'csv' });
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFID;Navn;/);
    expect(csv.bytes.toString('utf8')).toContain(name);
    const kiosks = await saved({ format: 'csv', table: 'kiosks', anonymous: true });
    expect(kiosks.fileName).toBe(`oppmoterapport-anonym-${date}-kiosks.csv`);
    const json = JSON.parse((await saved({ format: 'json', anonymous: true })).bytes.toString('utf8')) as AttendanceReport;
    expect({ anonymous: json.anonymous, people: json.people, arrived: json.summary.arrived }).toEqual({ anonymous: true, people: null, arrived: countsSync(core).arrived });

    const locked = await postRaw(server.url, 'reportFile', JSON.stringify({ format: 'csv' }), { key });
    expect(locked).toMatchObject({ status: 403, body: { error: { key: 'organiserLocked' } } });
    const { session } = await api('organiserUnlock', { pin: DEMO_PIN });
    const personal = await postRaw(server.url, 'reportFile', JSON.stringify({ format: 'csv', table: 'no-shows', anonymous: true }), { key, organiserSession: session });
    expect(personal).toMatchObject({ status: 400, body: { error: { key: 'reportTableNotAnonymous' } } });
  });

  it('answers 400 with a Norwegian message for a registrant that does not exist', async () => {
    const { session } = await api('organiserUnlock', { pin: DEMO_PIN });
    const response = await postRaw(server.url, 'registrantCode', JSON.stringify({ registrantId: 'FINNESIK' }), { key, organiserSession: session });
    expect(response.status).toBe(400);
    expect((response.body as ApiErrorBody).error).toMatchObject({ key: 'registrantNotFound', message: 'Fant ingen deltaker med id «FINNESIK».' });
  });
});

describe('innsjekk serve', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('prints its URL as one JSON line and serves the API there until stopped', async () => {
    const dataDir = tempDir();
    await runCliJson(['demo'], { dataDir });

    const child = spawn(process.execPath, [CLI_PATH, 'serve', '--json', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const { url, kioskUrl } = JSON.parse(await firstLine(child)) as { url: string; kioskUrl: string };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // The address to open carries the event key in its fragment, which browsers never send to a server.
      expect(kioskUrl.startsWith(`${url}/#key=`)).toBe(true);
      const key = new URLSearchParams(new URL(kioskUrl).hash.slice(1)).get('key') ?? '';

      expect(await apiClient(url, { key })('counts', {})).toMatchObject({ total: DEMO_REGISTRANTS, arrived: 0 });
      expect((await postRaw(url, 'counts', '{}', {})).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
