/**
 * One rule for an import's cancellations, wherever the list comes from: a
 * list that would cancel more than a small share, or anyone who has arrived,
 * is refused with nothing written unless the organiser confirms the number;
 * someone who arrived keeps their arrival in every count and report. And the
 * review's flags: shared and invalid emails, more confirmed than capacity.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../shared/i18n.js';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { fetchListOnce } from '../../electron/core/import/follow-list.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { liveOverviewSync } from '../../electron/core/report/live-overview.js';
import { attendanceReportSync } from '../../electron/core/report/report-file.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { csvBytes, NORWEGIAN_HEADER } from '../helpers/csv.js';
import { readRawSync } from '../helpers/raw-database.js';
import { serveVersion, startListServer, type ListServer } from '../helpers/list-server.js';
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

/** Forty confirmed people, refs 100 to 139, or the first `count` of them. */
function list(count = 40, extra: string[][] = []): Uint8Array {
  const rows = Array.from({ length: count }, (_, i) => [`${100 + i}`, `Person Nummer ${i}`, `p${i}@example.no`, 'Vik kommune', 'Påmeldt']);
  return csvBytes([NORWEGIAN_HEADER, ...rows, ...extra]);
}

function eventCore(capacity: number | null = 500): Core {
  const core = Core.openSync(tempDir());
  opened.push(core);
  core.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity });
  return core;
}

function tables(core: Core): unknown {
  return readRawSync(core.dataDir, (db) => ({
    registrants: db.prepare('SELECT * FROM registrant ORDER BY id').all(),
    revisions: db.prepare('SELECT * FROM list_revision').all(),
  }));
}

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('the import was not refused');
}

/** Every figure that says how many came, from the door's counts, the report and the live overview. */
function arrivedFigures(core: Core): unknown {
  const report = attendanceReportSync(core);
  return {
    counts: countsSync(core).arrived,
    report: report.summary.arrived,
    reportRows: report.people?.registrants.filter((r) => r.arrivedAt !== null).length,
    overview: liveOverviewSync(core).arrived,
  };
}

describe('an import that would cancel people', () => {
  it('refuses a partial list, writing nothing, until the organiser confirms at least that many', () => {
    const core = eventCore();
    importRegistrantsSync(core, list(), { fileName: 'alle.csv', dryRun: false });
    const before = tables(core);

    const preview = importRegistrantsSync(core, list(19), { fileName: 'ett-ark.csv', dryRun: true });
    expect(preview).toMatchObject({ cancelled: 21, cancelledArrived: 0, confirmCancel: true });
    const refused = refusal(() => importRegistrantsSync(core, list(19), { fileName: 'ett-ark.csv', dryRun: false }));
    expect(refused.key).toBe('importNeedsCancelConfirmation');
    expect(refused.message).toContain('mangler 21 av 40');
    expect(refused.inLanguage('en')).toContain('missing 21 of 40');
    expect(() => importRegistrantsSync(core, list(19), { fileName: 'ett-ark.csv', dryRun: false, allowCancel: 20 })).toThrow(UserError);
    expect(tables(core)).toEqual(before);

    expect(importRegistrantsSync(core, list(19), { fileName: 'ett-ark.csv', dryRun: false, allowCancel: 21 })).toMatchObject({ cancelled: 21 });
    expect(countsSync(core)).toMatchObject({ expected: 19, cancelled: 21 });
  });

  it('lets a small share go without asking', () => {
    const core = eventCore();
    importRegistrantsSync(core, list(), { fileName: 'alle.csv', dryRun: false });
    const summary = importRegistrantsSync(core, list(32), { fileName: 'alle.csv', dryRun: false });
    expect(summary).toMatchObject({ cancelled: 8, cancelledArrived: 0, confirmCancel: false });
  });

  it('asks before cancelling even one who has arrived, and keeps their arrival in every figure once confirmed', () => {
    const core = eventCore();
    importRegistrantsSync(core, list(), { fileName: 'alle.csv', dryRun: false });
    const code = readRawSync(core.dataDir, (db) => db.prepare("SELECT code FROM registrant WHERE ref = '139'").pluck().get() as string);
    expect(scanSync(core, code).verdict).toBe('welcome');
    expect(scanSync(core, '100').verdict).toBe('welcome');
    const arrived = arrivedFigures(core);
    expect(arrived).toEqual({ counts: 2, report: 2, reportRows: 2, overview: 2 });
    const before = tables(core);

    // Person 139, who came, is missing from the newer list: one cancellation, yet it needs the organiser's word.
    expect(importRegistrantsSync(core, list(39), { fileName: 'nyere.csv', dryRun: true })).toMatchObject({ cancelled: 1, cancelledArrived: 1, confirmCancel: true });
    const refused = refusal(() => importRegistrantsSync(core, list(39), { fileName: 'nyere.csv', dryRun: false }));
    expect(refused.message).toContain('1 av dem har allerede kommet');
    expect(tables(core)).toEqual(before);

    importRegistrantsSync(core, list(39), { fileName: 'nyere.csv', dryRun: false, allowCancel: 1 });
    expect(arrivedFigures(core)).toEqual(arrived);
    const report = attendanceReportSync(core);
    expect(report.people?.noShows.map((n) => n.name)).not.toContain('Person Nummer 39');
    const cancelled = report.people?.registrants.find((r) => r.name === 'Person Nummer 39');
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(cancelled?.arrivedAt).not.toBeNull();
  });

  it('holds the followed list to the same rule: a check never cancels one who arrived; the organiser forcing it confirms the number', async () => {
    const core = eventCore();
    const server = await startListServer();
    servers.push(server);
    const url = server.url('/deltakere.csv');
    server.respond(serveVersion({ body: list(12) }));
    expect((await fetchListOnce(core, { url })).outcome).toBe('changed');
    expect(scanSync(core, '111').verdict).toBe('welcome');

    server.respond(serveVersion({ body: list(11) }));
    const check = await fetchListOnce(core, { url });
    expect(check.outcome).toBe('failed');
    expect(check.outcome === 'failed' && check.error.message).toContain('1 av dem har allerede kommet');
    expect(countsSync(core)).toMatchObject({ expected: 12, cancelled: 0 });

    const forced = await fetchListOnce(core, { url }, { force: true });
    expect(forced.outcome === 'failed' && forced.error.key).toBe('importNeedsCancelConfirmation');
    expect(await fetchListOnce(core, { url }, { force: true, allowCancel: 1 })).toMatchObject({ outcome: 'changed', summary: { cancelled: 1, cancelledArrived: 1 } });
    expect(countsSync(core)).toMatchObject({ expected: 11, cancelled: 1, arrived: 1 });
  });
});

describe('the import review', () => {
  it('flags shared and invalid emails and more confirmed than the room holds, before anything is written', () => {
    const core = eventCore(3);
    const file = csvBytes([
      NORWEGIAN_HEADER,
      ['1', 'Kari Ødegård', 'post@vik.kommune.no', 'Vik kommune', 'Påmeldt'],
      ['2', 'Ola Vik', 'post@vik.kommune.no', 'Vik kommune', 'Påmeldt'],
      ['3', 'Per Hansen', 'per.hansen@example', 'KS', 'Påmeldt'],
      ['4', 'Åse Lie', 'ase lie@example.no', 'KS', 'Påmeldt'],
      ['5', 'Bjørn Dahl', 'bjorn@example.no', 'KS', 'Venteliste'],
    ]);
    const summary = importRegistrantsSync(core, file, { fileName: 'liste.csv', dryRun: true });
    expect(summary.flags).toEqual({
      sharedEmails: [{ email: 'post@vik.kommune.no', names: ['Kari Ødegård', 'Ola Vik'] }],
      invalidEmails: [
        { row: 4, name: 'Per Hansen', email: 'per.hansen@example' },
        { row: 5, name: 'Åse Lie', email: 'ase lie@example.no' },
      ],
      overCapacity: { confirmed: 4, capacity: 3 },
    });
    expect(countsSync(core).total).toBe(0);
    expect(importRegistrantsSync(core, list(2), { fileName: 'liste.csv', dryRun: true }).flags).toEqual({ sharedEmails: [], invalidEmails: [], overCapacity: null });
  });
});
