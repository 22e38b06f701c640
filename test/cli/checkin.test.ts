/**
 * Checking in with the command: `scan` and its verdicts, `undo`, `search` and
 * `report`, on a small Norwegian list with hostile names in it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../shared/contract.js';
import type { RegistrantRow } from '../../shared/report/report-model.js';
import { osloDateAndTime } from '../../shared/oslo-clock.js';
import { parseToken, TOKEN_PREFIX } from '../../shared/token.js';
import { REPEAT_WINDOW_MS } from '../../shared/admission.js';
import { osloTime } from '../../shared/oslo-time.js';
import type { SearchHit } from '../../electron/core/registrants.js';
import { CLI_TEST_TIMEOUT, initEvent, reportRegistrants, runCli, runCliJson } from '../helpers/cli.js';
import { HTML_NAME, norwegianExcelCsv, NORWEGIAN_REGISTRANTS, parseCsv, readCsvFile, SQL_NAME, writeFile } from '../helpers/csv.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/**
 * The code with one base45 character changed: the first of the three-character
 * group holding the given byte pair, moved by one so the text still decodes.
 */
function tamper(code: string, bytePair: number): string {
  const at = TOKEN_PREFIX.length + bytePair * 3;
  const value = BASE45.indexOf(code.charAt(at));
  return code.slice(0, at) + BASE45.charAt(value > 0 ? value - 1 : 1) + code.slice(at + 1);
}

/** Sets up an event from the Norwegian list; returns each registrant's code by name. */
async function eventWithCodes(dataDir: string, name?: string): Promise<Map<string, string>> {
  const files = tempDir();
  await initEvent(dataDir, name);
  await runCliJson(['import', writeFile(files, 'deltakere.csv', norwegianExcelCsv())], { dataDir });
  await runCliJson(['codes', '--out', path.join(files, 'koder')], { dataDir });
  return new Map(readCsvFile(path.join(files, 'koder', 'codes.csv')).map((row) => [row.name ?? '', row.code ?? '']));
}

describe('innsjekk scan, undo, search and report', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  let codes: Map<string, string>;
  let otherEventCode: string;

  const scan = (code: string, kiosk = 'Hovedinngang'): Promise<ScanResult> => runCliJson<ScanResult>(['scan', code, '--kiosk', kiosk], { dataDir });
  const report = (): Promise<RegistrantRow[]> => reportRegistrants(dataDir);
  const search = (text: string): Promise<SearchHit[]> => runCliJson<SearchHit[]>(['search', text], { dataDir });
  const codeOf = (name: string): string => {
    const code = codes.get(name);
    if (!code) throw new Error(`no code for ${name}`);
    return code;
  };

  beforeAll(async () => {
    const otherDir = tempDir();
    const [ours, theirs] = await Promise.all([eventWithCodes(dataDir), eventWithCodes(otherDir, 'Et annet arrangement')]);
    codes = ours;
    otherEventCode = theirs.get('Kari Ødegård') ?? '';
  }, CLI_TEST_TIMEOUT);

  it('welcomes a confirmed registrant, repeats the welcome for the same kiosk, and says "already" elsewhere', async () => {
    const first = await scan(codeOf('Kari Ødegård'), 'A');
    expect(first).toMatchObject({ verdict: 'welcome', kiosk: 'A', registrant: { name: 'Kari Ødegård', organisation: 'Bærum kommune', status: 'confirmed' } });
    expect(first.firstArrival).toBeUndefined();

    // A handheld scanner sending the code twice within the repeat window: still a welcome, still one arrival.
    // On a slow machine the second run may start after the window, and then it is a real repeat.
    const repeat = await scan(codeOf('Kari Ødegård'), 'A');
    const withinWindow = Date.parse(repeat.at) - Date.parse(first.at) < REPEAT_WINDOW_MS;
    expect(repeat.verdict).toBe(withinWindow ? 'welcome' : 'already');

    const second = await scan(codeOf('Kari Ødegård'), 'B');
    expect(second).toMatchObject({ verdict: 'already', kiosk: 'B', registrant: first.registrant, firstArrival: { at: first.at, kiosk: 'A' } });
    expect((await report()).find((r) => r.name === 'Kari Ødegård')).toMatchObject({ arrivedAt: first.at, kiosk: 'A' });
  });

  it('sends the waitlisted and the cancelled to the desk without checking them in', async () => {
    const waitlisted = await scan(codeOf('Per Hansen'));
    expect(waitlisted).toMatchObject({ verdict: 'waitlisted', registrant: { name: 'Per Hansen', status: 'waitlisted' } });
    // Cancelled people get no code; their registration number still identifies them.
    expect(codes.has('Ola Nordmann')).toBe(false);
    const cancelled = await scan('1004');
    expect(cancelled).toMatchObject({ verdict: 'cancelled', registrant: { name: 'Ola Nordmann', status: 'cancelled' } });
    const rows = await report();
    expect(rows.filter((r) => r.arrivedAt !== null).map((r) => r.name)).toEqual(['Kari Ødegård']);
  });

  it('calls garbage, a 10 kB text and a tampered code invalid, and names nobody', async () => {
    const aase = codeOf('Åse Sørensen');
    // Byte pair 4 is in the registrant id: a forger's way to someone else's check-in. Pair 20 is in the signature.
    const tampered = [tamper(aase, 4), tamper(aase, 20)];
    const results = await Promise.all(['hei på deg', 'X'.repeat(10_000), ...tampered].map((code) => runCli(['scan', code, '--json'], { dataDir })));
    for (const result of results) {
      expect(result.code).toBe(0);
      expect(result.json<ScanResult>()).toMatchObject({ verdict: 'invalid', registrant: null });
    }
    // Still well-formed tokens, so only the signature check can have refused them.
    const original = parseToken(aase);
    const [otherPerson, badSignature] = tampered.map(parseToken);
    expect(otherPerson).toMatchObject({ eventId: original?.eventId });
    expect(otherPerson?.registrantId).not.toBe(original?.registrantId);
    expect(badSignature).toMatchObject({ eventId: original?.eventId, registrantId: original?.registrantId });
    // The untouched code is good, and Åse was not checked in before: the change alone made it invalid.
    expect((await scan(aase)).verdict).toBe('welcome');
  });

  it('recognises a code from another event', async () => {
    expect(otherEventCode).toMatch(/^IJ:/);
    expect(await scan(otherEventCode)).toMatchObject({ verdict: 'wrong_event', registrant: null });
  });

  it('accepts the registration number as a code, and undoes the kiosk’s last check-in', async () => {
    const byRef = await scan('1005', 'Resepsjon');
    expect(byRef).toMatchObject({ verdict: 'welcome', registrant: { name: 'Bjørn Lie' } });

    const undo = await runCliJson<{ undone: { id: string; name: string; at: string } | null }>(['undo', '--kiosk', 'Resepsjon'], { dataDir });
    expect(undo.undone).toMatchObject({ id: byRef.registrant?.id, name: 'Bjørn Lie', at: byRef.at });
    const rows = await report();
    expect(rows.find((r) => r.name === 'Bjørn Lie')).toMatchObject({ arrivedAt: null, kiosk: null });
    // Only that kiosk's check-in was taken back.
    expect(rows.find((r) => r.name === 'Kari Ødegård')?.kiosk).toBe('A');

    expect(await runCliJson(['undo', '--kiosk', 'Sideinngang'], { dataDir })).toEqual({ undone: null });
    expect((await scan('1005', 'Resepsjon')).verdict).toBe('welcome');
  });

  it('finds Ødegård and Åse however the name is typed', async () => {
    const spellings = { ødegård: 'Kari Ødegård', odegard: 'Kari Ødegård', oedegaard: 'Kari Ødegård', Åse: 'Åse Sørensen', aase: 'Åse Sørensen', ase: 'Åse Sørensen' };
    const results = await Promise.all(Object.keys(spellings).map(search));
    expect(Object.fromEntries(Object.keys(spellings).map((query, i) => [query, results[i]?.map((hit) => hit.name).join(', ')]))).toEqual(spellings);
    expect(results[0]?.[0]).toEqual({
      id: expect.stringMatching(/^[0-9A-Z]{8}$/),
      name: 'Kari Ødegård',
      organisation: 'Bærum kommune',
      status: 'confirmed',
      arrivedAt: expect.any(String),
    });
  });

  it('reports one row per registrant, the same in CSV (for Norwegian Excel) and JSON', async () => {
    const [csv, json] = await Promise.all([runCli(['report', '--format', 'csv'], { dataDir }), report()]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFID;Navn;E-post;Organisasjon;Status;Kom;Kiosk;Kommune;Fylke;Ekstra innslipp\r\n')).toBe(true);
    expect(json).toHaveLength(NORWEGIAN_REGISTRANTS.length);
    for (const row of json) {
      expect(Object.keys(row)).toEqual(['id', 'name', 'email', 'organisation', 'status', 'arrivedAt', 'kiosk', 'municipality', 'county', 'extraAdmissions']);
    }
    const statusText = { confirmed: 'Påmeldt', waitlisted: 'Venteliste', cancelled: 'Avmeldt' };
    const osloTime = (at: string | null): string => (at === null ? '' : `${osloDateAndTime(at).date} ${osloDateAndTime(at).time}`);
    expect(parseCsv(csv.stdout, ';')).toEqual(
      json.map((row) => ({
        ID: row.id,
        Navn: row.name,
        'E-post': row.email ?? '',
        Organisasjon: row.organisation ?? '',
        Status: statusText[row.status],
        Kom: osloTime(row.arrivedAt),
        Kiosk: row.kiosk ?? '',
        Kommune: row.municipality ?? '',
        Fylke: row.county ?? '',
        'Ekstra innslipp': String(row.extraAdmissions),
      })),
    );
    expect(json.find((r) => r.name === 'Kari Ødegård')).toMatchObject({
      email: 'kari.odegard@example.no',
      status: 'confirmed',
      kiosk: 'A',
      municipality: 'Bærum',
      county: 'Akershus',
    });
  });

  it('prints times in Oslo time as people read them, whatever the machine\'s time zone; JSON keeps ISO 8601', async () => {
    const inNewYork = { dataDir, env: { TZ: 'America/New_York' } };
    await runCliJson(['scan', codeOf('Kari Ødegård'), '--kiosk', 'A'], inNewYork);
    const arrivedAt = (await report()).find((r) => r.name === 'Kari Ødegård')?.arrivedAt ?? '';
    expect(arrivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    const oslo = osloTime(arrivedAt);
    const newYork = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(arrivedAt));
    expect(oslo).not.toBe(newYork);

    const again = await runCli(['scan', codeOf('Kari Ødegård'), '--kiosk', 'C'], inNewYork);
    expect(again.stdout).toContain(`kom kl. ${oslo} ved A`);
    const found = await runCli(['search', 'ødegård'], inNewYork);
    expect(found.stdout).toContain(`kom kl. ${oslo}`);
    for (const output of [again.stdout, found.stdout]) {
      expect(output).not.toContain(arrivedAt);
      expect(output).not.toContain(newYork);
    }
    const hits = await runCliJson<SearchHit[]>(['search', 'ødegård'], inNewYork);
    expect(hits.find((h) => h.name === 'Kari Ødegård')?.arrivedAt).toBe(arrivedAt);
  });

  it('keeps SQL and HTML in names as text, returned verbatim, with the table intact', async () => {
    const [robert] = await search('robert drop table');
    expect(robert?.name).toBe(SQL_NAME);
    const [script] = await search('script alert');
    expect(script).toMatchObject({ name: HTML_NAME, organisation: HTML_NAME });
    expect((await scan('1006')).registrant?.name).toBe(SQL_NAME);
    const names = (await report()).map((r) => r.name);
    expect(names).toContain(SQL_NAME);
    expect(names).toContain(HTML_NAME);
    expect(names).toHaveLength(NORWEGIAN_REGISTRANTS.length);
  });
});
