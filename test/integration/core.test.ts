import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInByIdSync, scanSync, undoLastCheckinSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { reportSync, searchSync } from '../../electron/core/registrants.js';
import { countsSync } from '../../electron/core/store/registrants-store.js';
import { issueToken } from '../../electron/core/tokens.js';
import { UserError } from '../../shared/i18n.js';
import { readRawSync, writeRawSync } from '../helpers/raw-database.js';

const HEADER = 'Påmeldingsnummer;Fornavn;Etternavn;E-post;Organisasjon;Status';
const LIST = [
  HEADER,
  '1;Kari;Ødegård;kari@bodo.kommune.no;Bodø kommune;Påmeldt',
  '2;Åse;Lærum;ase@nibr.no;NIBR;Påmeldt',
  '3;Ola;Nordmann;ola@ks.no;KS;Venteliste',
  '4;Per;Hansen;per@ks.no;KS;Avmeldt',
].join('\r\n');

const csv = (text: string): Uint8Array => new TextEncoder().encode(text);
let dir: string;
let core: Core;

function importText(text: string, dryRun = false) {
  return importRegistrantsSync(core, csv(text), { fileName: 'liste.csv', dryRun });
}
function codeOf(ref: string): string {
  return readRawSync(dir, (db) => db.prepare('SELECT code FROM registrant WHERE ref = ?').pluck().get(ref) as string);
}
function tableState(): unknown {
  return readRawSync(dir, (db) => ({
    registrants: db.prepare('SELECT * FROM registrant ORDER BY id').all(),
    revisions: db.prepare('SELECT * FROM list_revision').all(),
    log: db.prepare('SELECT * FROM log').all(),
  }));
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-core-'));
  core = Core.openSync(dir);
  core.createEventSync({ name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: 500 });
});
afterEach(() => {
  core.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the event', () => {
  it('is created once, with a kiosk id that never changes', () => {
    expect(() => core.createEventSync({ name: 'Annet', date: '2026-03-12', capacity: null })).toThrow(/finnes allerede/);
    const kioskId = core.kioskId;
    core.closeSync();
    core = Core.openSync(dir);
    expect(core.kioskId).toBe(kioskId);
    expect(core.requireEventSync().name).toBe('Lokaldemokratikonferansen');
  });

  it('refuses a date that is not a date', () => {
    const other = Core.openSync(fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-core-')));
    expect(() => other.createEventSync({ name: 'X', date: '2026-02-30', capacity: null })).toThrow(/ÅÅÅÅ-MM-DD/);
    expect(other.eventSync()).toBeNull();
    fs.rmSync(other.dataDir, { recursive: true, force: true });
    other.closeSync();
  });
});

describe('import', () => {
  it('adds everyone with their status and a code', () => {
    const summary = importText(LIST);
    expect(summary).toMatchObject({ added: 4, updated: 0, unchanged: 0, cancelled: 0, rejected: [], listRevision: 1 });
    expect(countsSync(core)).toEqual({ total: 4, expected: 2, arrived: 0, waitlisted: 1, cancelled: 1 });
  });

  it('updates in place on re-import, cancels the missing, and keeps codes and arrivals', () => {
    importText(LIST);
    const kariCode = codeOf('1');
    expect(scanSync(core, kariCode).verdict).toBe('welcome');
    const newer = [
      HEADER,
      '1;Kari;Ødegård;kari@bodo.kommune.no;Bodø kommune;Påmeldt',
      '2;Åse;Lærum;ase@nibr.no;OsloMet;Påmeldt',
      '3;Ola;Nordmann;ola@ks.no;KS;Påmeldt',
      '5;Sølvi;Aasen;solvi@ks.no;KS;Påmeldt',
    ].join('\r\n');
    // Per is missing, but was cancelled already.
    expect(importText(newer)).toMatchObject({ added: 1, updated: 2, unchanged: 1, cancelled: 0, listRevision: 2 });
    expect(countsSync(core)).toMatchObject({ total: 5, expected: 4, arrived: 1 });
    expect(codeOf('1')).toBe(kariCode);
    expect(reportSync(core).find((r) => r.name === 'Kari Ødegård')?.arrivedAt).not.toBeNull();

    const withoutKari = [HEADER, '2;Åse;Lærum;ase@nibr.no;OsloMet;Påmeldt'].join('\n');
    expect(importRegistrantsSync(core, csv(withoutKari), { fileName: 'liste.csv', dryRun: false, allowCancel: 3 })).toMatchObject({ cancelled: 3, unchanged: 1 });
    const kari = reportSync(core).find((r) => r.name === 'Kari Ødegård')!;
    expect(kari.status).toBe('cancelled');
    expect(kari.arrivedAt).not.toBeNull();
  });

  it('reports the same file again as unchanged', () => {
    importText(LIST);
    expect(importText(LIST)).toMatchObject({ added: 0, updated: 0, unchanged: 4, cancelled: 0 });
  });

  it('changes nothing on a dry run', () => {
    importText(LIST);
    const before = tableState();
    const summary = importText([HEADER, '9;Ny;Person;ny@x.no;X;Påmeldt'].join('\n'), true);
    expect(summary).toMatchObject({ added: 1, cancelled: 3 });
    expect(tableState()).toEqual(before);
  });

  it('takes an exact duplicate row as one person, and two people sharing an email as two', () => {
    const text = [
      'Navn,E-post,Organisasjon',
      'Kari Hansen,post@x.kommune.no,X kommune',
      'Kari Hansen,post@x.kommune.no,X kommune',
      'Ola Hansen,post@x.kommune.no,X kommune',
    ].join('\n');
    expect(importText(text)).toMatchObject({ added: 2, rejected: [] });
    expect(importText(text)).toMatchObject({ added: 0, unchanged: 2 });
  });

  it('skips rows without a name, reporting their row number, and does not cancel them', () => {
    importText(LIST);
    const text = [HEADER, '1;;;kari@bodo.kommune.no;Bodø kommune;Påmeldt', '', '2;Åse;Lærum;ase@nibr.no;NIBR;Påmeldt'].join('\n');
    const summary = importText(text);
    expect(summary.rejected).toEqual([{ row: 2, reason: { message: 'mangler navn', messageEn: 'no name' } }]);
    // Kari's row is broken, not gone: she keeps her place.
    expect(reportSync(core).find((r) => r.name === 'Kari Ødegård')?.status).toBe('confirmed');
  });

  it('changes nothing when the file has a fatal problem', () => {
    importText(LIST);
    const before = tableState();
    const bad: [Uint8Array, string][] = [
      [new Uint8Array(), 'fileEmpty'],
      [csv('Foo;Bar\n1;2\n'), 'noNameColumn'],
      [csv(`${HEADER}\r\n`), 'headerOnly'],
      [Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'fileNotTable'],
    ];
    for (const [bytes, key] of bad) {
      let thrown: unknown;
      try {
        importRegistrantsSync(core, bytes, { fileName: 'x.csv', dryRun: false });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, key).toBeInstanceOf(UserError);
      expect((thrown as UserError).key).toBe(key);
    }
    expect(tableState()).toEqual(before);
  });

  it('refuses, unless the organiser confirms the number, a list that would cancel many of those still coming', () => {
    const many = [HEADER, ...Array.from({ length: 40 }, (_, i) => `${100 + i};Person;Nr ${i};p${i}@x.no;X;Påmeldt`)].join('\n');
    importText(many);
    const before = tableState();
    const truncated = [HEADER, ...Array.from({ length: 20 }, (_, i) => `${100 + i};Person;Nr ${i};p${i}@x.no;X;Påmeldt`)].join('\n');
    expect(() => importRegistrantsSync(core, csv(truncated), { fileName: 'x.csv', dryRun: false })).toThrow(/mangler 20 av 40/);
    expect(tableState()).toEqual(before);
    // A few missing is an ordinary change, and an organiser who confirms the number decides for themselves.
    const fewer = [HEADER, ...Array.from({ length: 35 }, (_, i) => `${100 + i};Person;Nr ${i};p${i}@x.no;X;Påmeldt`)].join('\n');
    expect(importRegistrantsSync(core, csv(fewer), { fileName: 'x.csv', dryRun: false }).cancelled).toBe(5);
    expect(importRegistrantsSync(core, csv(truncated), { fileName: 'x.csv', dryRun: false, allowCancel: 15 }).cancelled).toBe(15);
  });

  it('needs the signing key to give new people codes', () => {
    importText(LIST);
    writeRawSync(dir, (db) => db.prepare('UPDATE event SET private_key = NULL').run());
    core.closeSync();
    core = Core.openSync(dir);
    expect(importText(LIST)).toMatchObject({ unchanged: 4 });
    expect(() => importText(`${LIST}\n6;Ny;Person;ny@x.no;X;Påmeldt`)).toThrow(/signeringsnøkkel/);
    expect(countsSync(core).total).toBe(4);
  });

  it('stores SQL and HTML in names as plain text', () => {
    importText(['Navn;E-post', `"Robert'); DROP TABLE registrant;--";r@x.no`, '<script>alert(1)</script>;s@x.no'].join('\n'));
    expect(reportSync(core).map((r) => r.name).sort()).toEqual(['<script>alert(1)</script>', "Robert'); DROP TABLE registrant;--"]);
    expect(searchSync(core, 'drop table').map((h) => h.name)).toEqual(["Robert'); DROP TABLE registrant;--"]);
  });
});

describe('scan', () => {
  beforeEach(() => importText(LIST));

  it('welcomes once, then says already with when and where', () => {
    const first = scanSync(core, codeOf('1'), { kioskName: 'Kiosk A' });
    expect(first).toMatchObject({ verdict: 'welcome', registrant: { name: 'Kari Ødegård', organisation: 'Bodø kommune', status: 'confirmed' }, kiosk: 'Kiosk A' });
    const second = scanSync(core, codeOf('1'), { kioskName: 'Kiosk B' });
    expect(second).toMatchObject({ verdict: 'already', firstArrival: { at: first.at, kiosk: 'Kiosk A' } });
    expect(countsSync(core).arrived).toBe(1);
  });

  it('counts a code read twice within 3 seconds once', () => {
    expect(scanSync(core, codeOf('1')).verdict).toBe('welcome');
    expect(scanSync(core, codeOf('1')).verdict).toBe('welcome');
    expect(readRawSync(dir, (db) => db.prepare('SELECT COUNT(*) AS n FROM log').get())).toEqual({ n: 1 });
  });

  it('turns away the waitlisted and the cancelled without admitting them', () => {
    expect(scanSync(core, codeOf('3')).verdict).toBe('waitlisted');
    expect(scanSync(core, codeOf('4')).verdict).toBe('cancelled');
    expect(countsSync(core).arrived).toBe(0);
  });

  it('accepts the registration system reference number as a code', () => {
    expect(scanSync(core, ' 2 ')).toMatchObject({ verdict: 'welcome', registrant: { name: 'Åse Lærum' } });
  });

  it('refuses tampered, foreign and absurd codes', () => {
    const code = codeOf('1');
    const i = code.length - 10;
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(scanSync(core, tampered)).toMatchObject({ verdict: 'invalid', registrant: null });
    expect(scanSync(core, 'x'.repeat(10_000)).verdict).toBe('invalid');
    expect(scanSync(core, "' OR 1=1 --").verdict).toBe('invalid');
    expect(scanSync(core, '').verdict).toBe('invalid');

    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-core-'));
    const other = Core.openSync(otherDir);
    const otherEvent = other.createEventSync({ name: 'Annen konferanse', date: '2026-04-01', capacity: null });
    const event = core.requireEventSync();
    const registrantId = readRawSync(dir, (db) => db.prepare("SELECT id FROM registrant WHERE ref = '1'").pluck().get() as string);
    // Another event's code, and a code for this event signed with another event's key.
    expect(scanSync(core, issueToken(otherEvent.privateKey!, { eventId: otherEvent.id, registrantId, issuedAt: 1 })).verdict).toBe('wrong_event');
    expect(scanSync(core, issueToken(otherEvent.privateKey!, { eventId: event.id, registrantId, issuedAt: 1 })).verdict).toBe('invalid');
    other.closeSync();
    fs.rmSync(otherDir, { recursive: true, force: true });
    expect(countsSync(core).arrived).toBe(0);
  });

  it('checks in someone found by search', () => {
    const [hit] = searchSync(core, 'ødegård');
    expect(checkInByIdSync(core, hit!.id).verdict).toBe('welcome');
    expect(searchSync(core, 'odegard')[0]?.arrivedAt).not.toBeNull();
    expect(() => checkInByIdSync(core, 'NOTANID0')).toThrow(UserError);
  });
});

describe('undo', () => {
  beforeEach(() => importText(LIST));

  it("takes back this kiosk's latest check-in, keeping the reason in the log", () => {
    scanSync(core, codeOf('1'), { kioskName: 'A' });
    scanSync(core, codeOf('2'), { kioskName: 'A' });
    scanSync(core, codeOf('2'), { kioskName: 'B' });
    expect(undoLastCheckinSync(core, 'feil person', { kioskName: 'A' })).toMatchObject({ name: 'Åse Lærum' });
    expect(countsSync(core).arrived).toBe(1);
    expect(undoLastCheckinSync(core, '', { kioskName: 'A' })).toMatchObject({ name: 'Kari Ødegård' });
    expect(undoLastCheckinSync(core, '', { kioskName: 'A' })).toBeNull();
    expect(countsSync(core).arrived).toBe(0);
    const reasons = readRawSync(dir, (db) => db.prepare("SELECT json_extract(details, '$.reason') AS reason FROM log WHERE kind = 'undo' ORDER BY seq").all());
    expect(reasons).toEqual([{ reason: 'feil person' }, { reason: '' }]);
    // The log keeps every scan: nothing was deleted.
    expect(readRawSync(dir, (db) => db.prepare("SELECT COUNT(*) AS n FROM log WHERE kind != 'undo'").get())).toEqual({ n: 3 });
    expect(scanSync(core, codeOf('1'), { kioskName: 'A' }).verdict).toBe('welcome');
  });

  it('takes back the check-in of the person named, not the latest of anyone, and refuses when this kiosk has none of theirs', () => {
    const kari = scanSync(core, codeOf('1'), { kioskName: 'A' }).registrant!;
    const ase = scanSync(core, codeOf('2'), { kioskName: 'A' }).registrant!;
    expect(undoLastCheckinSync(core, 'feil person', { kioskName: 'A' }, kari.id)).toMatchObject({ id: kari.id, name: 'Kari Ødegård' });
    expect(readRawSync(dir, (db) => db.prepare('SELECT registrant_id FROM attendance').pluck().all())).toEqual([ase.id]);
    expect(() => undoLastCheckinSync(core, 'feil person', { kioskName: 'A' }, kari.id)).toThrow(
      new UserError('undoNoCheckinOfPerson', { name: 'Kari Ødegård' }),
    );
    // Another kiosk's check-in of the same person is not this kiosk's to take back.
    scanSync(core, codeOf('1'), { kioskName: 'B' });
    expect(() => undoLastCheckinSync(core, '', { kioskName: 'A' }, kari.id)).toThrow(/ingen innsjekking av Kari Ødegård/);
    expect(undoLastCheckinSync(core, '', { kioskName: 'A' }, ase.id)).toMatchObject({ name: 'Åse Lærum' });
  });
});

describe('search', () => {
  beforeEach(() => importText(LIST));

  it('ignores case and diacritics, on name and organisation, never the email', () => {
    const names = (q: string): string[] => searchSync(core, q).map((h) => h.name);
    expect(names('odegard')).toEqual(['Kari Ødegård']);
    expect(names('OEDEGAARD')).toEqual(['Kari Ødegård']);
    expect(names('aase')).toEqual(['Åse Lærum']);
    expect(names('ase l')).toEqual(['Åse Lærum']);
    expect(names('nibr')).toEqual(['Åse Lærum']);
    // The door's list holds no emails, so it cannot find by one.
    expect(names('ola@ks')).toEqual([]);
    expect(names('ks')).toEqual(['Ola Nordmann', 'Per Hansen']);
    expect(names('   ')).toEqual([]);
  });

  it('puts names that start with the query first', () => {
    importText(`${LIST}\n7;Hans;Perstad;h@x.no;Y;Påmeldt`);
    expect(searchSync(core, 'per').map((h) => h.name)).toEqual(['Per Hansen', 'Hans Perstad']);
  });
});
