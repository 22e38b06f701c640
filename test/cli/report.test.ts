/**
 * The end-of-day report on a scripted day: a fixed list, and known scans,
 * cloakroom hand-ins and collections, and lunches at three kiosks carried to
 * the organiser's machine in their sync files. Every
 * format (PDF read back with pdftotext, XLSX with exceljs, CSV and JSON
 * parsed) must give exactly the expected numbers, and the anonymous version
 * must hold no registrant's name, email or organisation in any of them.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventId, type LogEvent } from '../../shared/event-log.js';
import type { AttendanceReport, PeopleCount } from '../../shared/report/report-model.js';
import { toWireEvent, type SyncFileContent } from '../../shared/sync-protocol.js';
import { CLI_TEST_TIMEOUT, expectBadInput, runCli, runCliJson, TEST_PIN } from '../helpers/cli.js';
import { csvBytes, parseCsv, writeFile } from '../helpers/csv.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);

afterAll(removeTempDirs);

const HOSTILE_NAME = '=Formel Fredriksen';
const HOSTILE_ORGANISATION = '@Alfa Beta AS';

/** The list: Vågå spelled five ways, Oslo by its district, a Sami name, a county authority, a ministry, a company, nobody's organisation; some dietary needs. */
const LIST = [
  ['Påmeldingsnummer', 'Navn', 'E-post', 'Organisasjon', 'Status', 'Allergier'],
  ['1001', 'Kari Ødegård', 'kari.odegard@vaga.example.no', 'Vågå kommune', 'Påmeldt', 'Glutenfri'],
  ['1002', 'Ola Sørbø', 'ola.sorbo@vaga.example.no', 'Vaga kommune', 'Påmeldt', 'Vegetar'],
  ['1003', 'Åse Lunde', 'ase.lunde@oslo.example.no', 'Bydel Frogner, Oslo kommune', 'Påmeldt', 'glutenfri, laktosefri'],
  ['1004', 'Per Hætta', 'per.haetta@kautokeino.example.no', 'Guovdageainnu suohkan', 'Påmeldt', ''],
  ['1005', 'Liv Bergheim', 'liv.bergheim@innlandet.example.no', 'Innlandet fylkeskommune', 'Påmeldt', ''],
  ['1006', 'Nils Nordvik', 'nils.nordvik@porsanger.example.no', 'Porsanger kommune – Porsáŋggu gielda – Porsangin komuuni', 'Påmeldt', ''],
  ['1007', 'Eva Haugsbakk', 'eva.haugsbakk@kdd.example.no', 'Kommunal- og distriktsdepartementet', 'Påmeldt', ''],
  ['1008', 'Jon Mæland', 'jon.maeland@fjellvik.example.no', 'Fjellvik Rådgivning AS', 'Påmeldt', 'Vegetar'],
  ['1009', HOSTILE_NAME, 'formel.fredriksen@alfabeta.example.no', HOSTILE_ORGANISATION, 'Påmeldt', ''],
  ['1010', 'Tone Vikhagen', 'tone.vikhagen@vaga.example.no', 'Vågå kommune', 'Venteliste', ''],
  ['1011', 'Geir Lieungh', 'geir.lieungh@tromso.example.no', 'Tromsø kommune', 'Avmeldt', ''],
  ['1012', 'Siri Dahlstrøm', 'siri.dahlstrom@example.no', '', 'Påmeldt', ''],
  ['1013', 'Anne Bakkerud', 'anne.bakkerud@vaga.example.no', 'Kommunen Vågå', 'Påmeldt', ''],
  ['1014', 'Bård Rønningen', 'bard.ronningen@vaga.example.no', 'Vågå kommune, Rådmannen', 'Påmeldt', ''],
  ['1015', 'Hilde Strandli', 'hilde.strandli@vaga.example.no', 'Vågå kommune', 'Påmeldt', ''],
  ['1016', 'Trond Aasheim', 'trond.aasheim@vaga.example.no', 'Vaagaa kommune', 'Påmeldt', ''],
] as const;
const PEOPLE = LIST.slice(1);

/**
 * What a kiosk did: a check-in (forced: with the organiser PIN), a refused
 * scan, the undo of its own earlier event (by number), an exit, a hand-in or
 * collection at the cloakroom, a lunch; at its own station unless the step
 * names another. No ref: a guest without a code.
 */
type Step = { readonly at: string; readonly ref: string | null; readonly station?: string } & (
  | { readonly kind: 'checkin'; readonly forced?: true }
  | { readonly kind: 'exit' }
  | { readonly kind: 'scan'; readonly verdict: 'waitlisted' | 'cancelled' }
  | { readonly kind: 'undo'; readonly target: number }
  | { readonly kind: 'cloak_in'; readonly tag: number }
  | { readonly kind: 'cloak_out'; readonly tag: number; readonly handIn: number }
  | { readonly kind: 'lunch'; readonly again: boolean }
);

interface ScriptedKiosk {
  readonly id: string;
  readonly name: string;
  readonly station: string;
  readonly steps: readonly Step[];
}

/** The morning, in UTC (Oslo is an hour ahead in March). */
const KIOSKS: readonly ScriptedKiosk[] = [
  {
    id: 'KIOSK001',
    name: 'Inngang 1',
    station: 'inngang',
    steps: [
      { at: '07:50:00', ref: '1001', kind: 'checkin' },
      { at: '07:55:00', ref: '1002', kind: 'checkin' },
      { at: '08:02:00', ref: '1003', kind: 'checkin' },
      { at: '08:03:00', ref: '1007', kind: 'checkin' },
      { at: '08:04:00', ref: '1007', kind: 'undo', target: 4 },
      { at: '08:13:00', ref: '1013', kind: 'checkin' },
      { at: '08:13:30', ref: '1014', kind: 'checkin' },
      { at: '08:14:00', ref: '1015', kind: 'checkin' },
      { at: '08:14:30', ref: '1016', kind: 'checkin' },
      { at: '08:20:00', ref: '1010', kind: 'scan', verdict: 'waitlisted' },
      // Tag 13 again, while Inngang 2 had handed it out too: flagged.
      { at: '08:25:00', ref: '1013', kind: 'cloak_in', tag: 13, station: 'garderobe' },
    ],
  },
  {
    id: 'KIOSK002',
    name: 'Inngang 2',
    station: 'inngang',
    steps: [
      { at: '07:58:00', ref: '1004', kind: 'checkin' },
      { at: '08:05:00', ref: '1005', kind: 'checkin' },
      // The room was full for a moment: let in with the organiser PIN.
      { at: '08:10:00', ref: '1009', kind: 'checkin', forced: true },
      { at: '08:31:00', ref: '1007', kind: 'checkin' },
      { at: '08:32:00', ref: '1001', kind: 'cloak_in', tag: 12, station: 'garderobe' },
      { at: '08:33:00', ref: '1004', kind: 'cloak_in', tag: 13, station: 'garderobe' },
      { at: '08:34:00', ref: null, kind: 'cloak_in', tag: 14, station: 'garderobe' },
      { at: '14:30:00', ref: '1001', kind: 'cloak_out', tag: 12, handIn: 5, station: 'garderobe' },
    ],
  },
  {
    id: 'KIOSK003',
    name: 'Inngang 3',
    station: 'sideinngang',
    steps: [
      // Kari again, while this kiosk was apart from the others.
      { at: '08:12:00', ref: '1001', kind: 'checkin' },
      // Ola goes out before the last two arrive: the most inside at once is 11, at Eva's arrival.
      { at: '08:35:00', ref: '1002', kind: 'exit', station: 'utgang' },
      { at: '08:40:00', ref: '1012', kind: 'checkin' },
      { at: '08:41:00', ref: '1011', kind: 'scan', verdict: 'cancelled' },
      { at: '10:30:00', ref: '1001', kind: 'lunch', again: false, station: 'lunsj' },
      { at: '10:31:00', ref: '1003', kind: 'lunch', again: false, station: 'lunsj' },
      { at: '10:32:00', ref: null, kind: 'lunch', again: false, station: 'lunsj' },
      { at: '10:33:00', ref: '1001', kind: 'lunch', again: true, station: 'lunsj' },
      // Jon never came in by the entrance.
      { at: '10:34:00', ref: '1008', kind: 'lunch', again: false, station: 'lunsj' },
    ],
  },
];

const DATE = '2026-03-12';
const EVENT_NAME = 'Lokaldemokratikonferansen 2026';

/** A kiosk's sync file, as `sync-export` on that kiosk would write it. */
function syncFile(eventIdOfEvent: string, kiosk: ScriptedKiosk, idByRef: ReadonlyMap<string, string>): SyncFileContent {
  const events = kiosk.steps.map((step, i): LogEvent => {
    const registrantId = step.ref === null ? null : idByRef.get(step.ref)!;
    const base = { id: eventId(kiosk.id, i + 1), kioskId: kiosk.id, seq: i + 1, at: `${DATE}T${step.at}.000Z`, kioskName: kiosk.name, station: step.station ?? kiosk.station, registrantId };
    switch (step.kind) {
      case 'checkin':
        return { ...base, kind: 'checkin', details: step.forced ? { by: 'token', forced: { by: 'Vakt', reason: 'Fullt et øyeblikk' } } : { by: 'token' } };
      case 'exit':
        return { ...base, kind: 'exit', details: { by: 'token' } };
      case 'scan':
        return { ...base, kind: 'scan', details: { by: 'token', verdict: step.verdict } };
      case 'undo':
        return { ...base, kind: 'undo', details: { target: eventId(kiosk.id, step.target), reason: 'feil person' } };
      case 'cloak_in':
        return { ...base, kind: 'cloak_in', details: { tag: step.tag, by: step.ref === null ? 'none' : 'token' } };
      case 'cloak_out':
        return { ...base, kind: 'cloak_out', details: { tag: step.tag, handIn: eventId(kiosk.id, step.handIn) } };
      case 'lunch':
        return { ...base, kind: 'lunch', details: { by: step.ref === null ? 'none' : 'token', again: step.again } };
    }
  });
  return { format: 'innsjekk-sync-2', eventId: eventIdOfEvent, kioskId: kiosk.id, exportedAt: `${DATE}T12:00:00.000Z`, events: events.map(toWireEvent), registrants: [], listRevision: 0 };
}

/** Every count of people in the anonymous report's place and organisation rows. */
function placeCounts(report: AttendanceReport): PeopleCount[] {
  return [
    ...report.municipalities.flatMap((m) => [m.confirmed, m.arrived]),
    ...report.counties.flatMap((c) => [c.confirmed, c.arrived, c.arrivedFromCountyAuthority]),
    ...report.affiliations.flatMap((a) => [a.confirmed, a.arrived]),
  ];
}

/** The PDF's text, page by page (pdftotext ends each page with a form feed). */
async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.split('\f').filter((page) => page.trim() !== '');
}

/** A line of the PDF's text squeezed to single spaces, for matching table rows. */
function squeezed(text: string): string[] {
  return text.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
}

describe('innsjekk report on a scripted day', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();
  const files = tempDir();
  const out = (name: string): string => path.join(files, name);
  let report: AttendanceReport;

  beforeAll(async () => {
    await runCliJson(['init', '--name', EVENT_NAME, '--date', DATE, '--capacity', '550', '--pin', TEST_PIN], { dataDir });
    await runCliJson(['import', writeFile(files, 'deltakere.csv', csvBytes(LIST, { delimiter: ';' }))], { dataDir });
    const listed = await runCliJson<AttendanceReport>(['report', '--format', 'json'], { dataDir });
    const idByRef = new Map(PEOPLE.map(([ref, name]) => [ref, listed.people!.registrants.find((r) => r.name === name)!.id]));
    // The event's id, as every kiosk of it has it: from the organiser's own sync file.
    await runCliJson(['sync-export', out('hub.json')], { dataDir });
    const { eventId: id } = JSON.parse(fs.readFileSync(out('hub.json'), 'utf8')) as SyncFileContent;
    // Each kiosk's file, taken in by the organiser's machine in a process of its own, as from a USB stick.
    for (const kiosk of KIOSKS) {
      const file = writeFile(files, `${kiosk.id}.json`, Buffer.from(JSON.stringify(syncFile(id, kiosk, idByRef))));
      await runCliJson(['sync-import', file], { dataDir });
    }
    report = await runCliJson<AttendanceReport>(['report', '--format', 'json'], { dataDir });
  }, CLI_TEST_TIMEOUT * 2);

  it('sums up the day in JSON', () => {
    expect(report.event).toEqual({ name: EVENT_NAME, date: DATE, capacity: 550 });
    expect(report.anonymous).toBe(false);
    expect(report.summary).toEqual({
      confirmedOrWaitlisted: 15,
      confirmed: 14,
      waitlisted: 1,
      cancelled: 1,
      arrived: 12,
      noShows: 2,
      attendanceRate: 12 / 14,
      firstArrivalAt: `${DATE}T07:50:00.000Z`,
      lastArrivalAt: `${DATE}T08:40:00.000Z`,
      peakInside: { count: 11, at: `${DATE}T08:31:00.000Z` },
      exits: 1,
      insideAtEnd: 11,
      admittedTwice: 1,
      extraAdmissions: 1,
      walkIns: 0,
      waitlistAdmissions: 0,
      forcedAdmissions: 1,
    });
    // Tags 13 (handed out twice) and 14 (a guest without a code) hang; 12 was collected.
    expect(report.cloakroom).toEqual({ handedIn: 4, collected: 1, notCollected: 3, flaggedTags: 1 });
    // Everyone let in is expected but Ola, who went out without lunch; Kari ate twice, Jon never came in by the entrance.
    expect(report.lunch).toEqual({ served: 5, withoutCode: 1, secondServings: 1, expected: 11, leftToServe: 9, notCheckedIn: 1 });
    expect(report.arrivals).toEqual([
      { start: `${DATE}T07:45:00.000Z`, arrivals: 3, cumulative: 3 },
      { start: `${DATE}T08:00:00.000Z`, arrivals: 7, cumulative: 10 },
      { start: `${DATE}T08:15:00.000Z`, arrivals: 0, cumulative: 10 },
      { start: `${DATE}T08:30:00.000Z`, arrivals: 2, cumulative: 12 },
    ]);
  });

  it('places people in municipalities and counties, the county authority with its county', () => {
    expect(report.municipalities).toEqual([
      { number: '0301', name: 'Oslo', county: 'Oslo', confirmed: 1, arrived: 1 },
      { number: '3435', name: 'Vågå', county: 'Innlandet', confirmed: 6, arrived: 6 },
      { number: '5612', name: 'Guovdageaidnu - Kautokeino', county: 'Finnmark', confirmed: 1, arrived: 1 },
      { number: '5622', name: 'Porsanger - Porsáŋgu - Porsanki', county: 'Finnmark', confirmed: 1, arrived: 0 },
    ]);
    expect(report.counties).toHaveLength(15);
    const byName = new Map(report.counties.map((c) => [c.name, c]));
    expect(byName.get('Innlandet')).toEqual({
      number: '34', name: 'Innlandet', municipalities: 46, municipalitiesRepresented: 1, shareRepresented: 1 / 46, confirmed: 7, arrived: 7, arrivedFromCountyAuthority: 1,
    });
    expect(byName.get('Oslo')).toMatchObject({ municipalities: 1, municipalitiesRepresented: 1, shareRepresented: 1, confirmed: 1, arrived: 1 });
    expect(byName.get('Finnmark')).toMatchObject({ municipalities: 18, municipalitiesRepresented: 1, shareRepresented: 1 / 18, confirmed: 2, arrived: 1 });
    // Tromsø's only registrant cancelled.
    expect(byName.get('Troms')).toMatchObject({ municipalitiesRepresented: 0, confirmed: 0, arrived: 0 });
    expect(report.affiliations).toEqual([
      { kind: 'municipality', organisations: 4, confirmed: 9, arrived: 8 },
      { kind: 'countyAuthority', organisations: 1, confirmed: 1, arrived: 1 },
      { kind: 'other', organisations: 3, confirmed: 3, arrived: 2 },
      { kind: 'none', organisations: 0, confirmed: 1, arrived: 1 },
    ]);
  });

  it('lists organisations, kiosks, people let in twice and no-shows', () => {
    const people = report.people!;
    expect(people.organisations.map((o) => [o.organisation, o.kind, o.place, o.confirmed, o.arrived])).toEqual([
      ['Vågå kommune', 'municipality', 'Vågå', 4, 4],
      ['', 'none', null, 1, 1],
      [HOSTILE_ORGANISATION, 'other', null, 1, 1],
      ['Bydel Frogner, Oslo kommune', 'municipality', 'Oslo', 1, 1],
      ['Guovdageainnu suohkan', 'municipality', 'Guovdageaidnu - Kautokeino', 1, 1],
      ['Innlandet fylkeskommune', 'countyAuthority', 'Innlandet', 1, 1],
      ['Kommunal- og distriktsdepartementet', 'other', null, 1, 1],
      ['Kommunen Vågå', 'municipality', 'Vågå', 1, 1],
      ['Vågå kommune, Rådmannen', 'municipality', 'Vågå', 1, 1],
      ['Fjellvik Rådgivning AS', 'other', null, 1, 0],
      ['Porsanger kommune – Porsáŋggu gielda – Porsangin komuuni', 'municipality', 'Porsanger - Porsáŋgu - Porsanki', 1, 0],
    ]);
    expect(report.kiosks).toEqual([
      // The undo is no scan; a hand-in, a collection and a lunch are.
      { kioskId: 'KIOSK001', kiosk: 'Inngang 1', station: 'inngang', scans: 9, share: 9 / 27, arrivals: 7 },
      { kioskId: 'KIOSK003', kiosk: 'Inngang 3', station: 'lunsj', scans: 5, share: 5 / 27, arrivals: 0 },
      { kioskId: 'KIOSK002', kiosk: 'Inngang 2', station: 'garderobe', scans: 4, share: 4 / 27, arrivals: 0 },
      { kioskId: 'KIOSK002', kiosk: 'Inngang 2', station: 'inngang', scans: 4, share: 4 / 27, arrivals: 4 },
      { kioskId: 'KIOSK003', kiosk: 'Inngang 3', station: 'sideinngang', scans: 3, share: 3 / 27, arrivals: 1 },
      { kioskId: 'KIOSK001', kiosk: 'Inngang 1', station: 'garderobe', scans: 1, share: 1 / 27, arrivals: 0 },
      { kioskId: 'KIOSK003', kiosk: 'Inngang 3', station: 'utgang', scans: 1, share: 1 / 27, arrivals: 0 },
    ]);
    expect(report.stations).toEqual([
      { station: 'inngang', kiosks: 2, scans: 13, share: 13 / 27 },
      { station: 'garderobe', kiosks: 2, scans: 5, share: 5 / 27 },
      { station: 'lunsj', kiosks: 1, scans: 5, share: 5 / 27 },
      { station: 'sideinngang', kiosks: 1, scans: 3, share: 3 / 27 },
      { station: 'utgang', kiosks: 1, scans: 1, share: 1 / 27 },
    ]);
    expect(people.uncollectedTags).toEqual([
      { tag: 13, name: 'Anne Bakkerud', organisation: 'Kommunen Vågå', at: `${DATE}T08:25:00.000Z`, kiosk: 'Inngang 1' },
      { tag: 13, name: 'Per Hætta', organisation: 'Guovdageainnu suohkan', at: `${DATE}T08:33:00.000Z`, kiosk: 'Inngang 2' },
      { tag: 14, name: null, organisation: null, at: `${DATE}T08:34:00.000Z`, kiosk: 'Inngang 2' },
    ]);
    // Among those expected: Kari and Åse gluten-free (both have eaten), Åse lactose-free; Ola (vegetarian) went out without lunch; Jon never let in.
    expect(people.dietary).toEqual([
      { need: 'Glutenfri', expected: 2, served: 2 },
      { need: 'Laktosefri', expected: 1, served: 1 },
    ]);
    expect(people.duplicates).toEqual([
      { id: expect.any(String), name: 'Kari Ødegård', organisation: 'Vågå kommune', firstAt: `${DATE}T07:50:00.000Z`, firstKiosk: 'Inngang 1', at: `${DATE}T08:12:00.000Z`, kiosk: 'Inngang 3' },
    ]);
    expect(people.noShows.map((n) => n.name)).toEqual(['Jon Mæland', 'Nils Nordvik']);
    expect(people.registrants).toHaveLength(PEOPLE.length);
    expect(people.registrants.find((r) => r.name === 'Eva Haugsbakk')).toMatchObject({ arrivedAt: `${DATE}T08:31:00.000Z`, kiosk: 'Inngang 2', extraAdmissions: 0 });
    expect(people.registrants.find((r) => r.name === 'Per Hætta')).toMatchObject({ municipality: 'Guovdageaidnu - Kautokeino', county: 'Finnmark' });
  });

  it('writes the per-registrant CSV for Norwegian Excel, with Oslo times and formulas disarmed', async () => {
    const csv = await runCli(['report', '--format', 'CSV'], { dataDir });
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFID;Navn;E-post;Organisasjon;Status;Kom;Kiosk;Kommune;Fylke;Ekstra innslipp\r\n')).toBe(true);
    const rows = parseCsv(csv.stdout, ';');
    expect(rows).toHaveLength(PEOPLE.length);
    expect(rows.find((r) => r.Navn === 'Kari Ødegård')).toMatchObject({ Status: 'Påmeldt', Kom: '2026-03-12 08:50:00', Kiosk: 'Inngang 1', Kommune: 'Vågå', Fylke: 'Innlandet', 'Ekstra innslipp': '1' });
    expect(rows.find((r) => r.Navn === 'Tone Vikhagen')).toMatchObject({ Status: 'Venteliste', Kom: '' });
    expect(rows.find((r) => r.Navn === `'${HOSTILE_NAME}`)).toMatchObject({ Organisasjon: `'${HOSTILE_ORGANISATION}`, Kom: '2026-03-12 09:10:00' });
    expect(rows.filter((r) => r.Kom !== '')).toHaveLength(12);
  });

  it('writes any other table as CSV, in English on request', async () => {
    const municipalities = parseCsv((await runCli(['report', '--table', 'municipalities'], { dataDir })).stdout, ';');
    expect(municipalities.map((r) => [r.Kommune, r.Påmeldt, r.Kommet])).toEqual([
      ['Oslo', '1', '1'],
      ['Vågå', '6', '6'],
      ['Guovdageaidnu - Kautokeino', '1', '1'],
      ['Porsanger - Porsáŋgu - Porsanki', '1', '0'],
    ]);
    const kiosks = parseCsv((await runCli(['report', '--table', 'KIOSKS', '--lang', 'en'], { dataDir })).stdout);
    expect(kiosks).toEqual([
      { Kiosk: 'Inngang 1', Station: 'inngang', Scans: '9', Share: '33.3%', Arrivals: '7' },
      { Kiosk: 'Inngang 3', Station: 'lunsj', Scans: '5', Share: '18.5%', Arrivals: '0' },
      { Kiosk: 'Inngang 2', Station: 'garderobe', Scans: '4', Share: '14.8%', Arrivals: '0' },
      { Kiosk: 'Inngang 2', Station: 'inngang', Scans: '4', Share: '14.8%', Arrivals: '4' },
      { Kiosk: 'Inngang 3', Station: 'sideinngang', Scans: '3', Share: '11.1%', Arrivals: '1' },
      { Kiosk: 'Inngang 1', Station: 'garderobe', Scans: '1', Share: '3.7%', Arrivals: '0' },
      { Kiosk: 'Inngang 3', Station: 'utgang', Scans: '1', Share: '3.7%', Arrivals: '0' },
    ]);
    const stations = parseCsv((await runCli(['report', '--table', 'stations'], { dataDir })).stdout, ';');
    expect(stations.map((r) => [r.Stasjon, r.Kiosker, r.Skanninger, r.Andel])).toEqual([
      ['inngang', '2', '13', '48,1 %'],
      ['garderobe', '2', '5', '18,5 %'],
      ['lunsj', '1', '5', '18,5 %'],
      ['sideinngang', '1', '3', '11,1 %'],
      ['utgang', '1', '1', '3,7 %'],
    ]);
    const tags = parseCsv((await runCli(['report', '--table', 'uncollected-tags'], { dataDir })).stdout, ';');
    expect(tags.map((r) => [r.Merke, r.Navn, r['Levert inn'], r.Kiosk])).toEqual([
      ['13', 'Anne Bakkerud', '2026-03-12 09:25:00', 'Inngang 1'],
      ['13', 'Per Hætta', '2026-03-12 09:33:00', 'Inngang 2'],
      ['14', '(uten kode)', '2026-03-12 09:34:00', 'Inngang 2'],
    ]);
    const dietary = parseCsv((await runCli(['report', '--table', 'dietary', '--lang', 'en'], { dataDir })).stdout);
    expect(dietary).toEqual([
      // Ola (Vegetar) went out without lunch: no longer expected.
      { 'Dietary need': 'Glutenfri', Expected: '2', 'Had lunch': '2' },
      { 'Dietary need': 'Laktosefri', Expected: '1', 'Had lunch': '1' },
    ]);
    const arrivals = parseCsv((await runCli(['report', '--format', 'csv', '--table', 'arrivals'], { dataDir })).stdout, ';');
    expect(arrivals.map((r) => [r['Kvarter fra'], r.Ankomster, r['Kommet til sammen']])).toEqual([
      ['08:45', '3', '3'],
      ['09:00', '7', '10'],
      ['09:15', '0', '10'],
      ['09:30', '2', '12'],
    ]);
    const summary = parseCsv((await runCli(['report', '--table', 'summary'], { dataDir })).stdout, ';');
    expect(summary.find((r) => r.Nøkkeltall === 'Oppmøte blant de påmeldte')?.Andel).toBe('85,7 %');
    expect(summary.find((r) => r.Nøkkeltall === 'Uten påmelding (walk-ins)')).toMatchObject({ Antall: '0', Merknad: '' });
    expect(summary.find((r) => r.Nøkkeltall === 'Sluppet inn tross varsel')).toMatchObject({ Antall: '1' });
    expect(summary.find((r) => r.Nøkkeltall === 'Flest inne samtidig')).toMatchObject({ Antall: '11', Tidspunkt: '2026-03-12 09:31:00', Merknad: '' });
    expect(summary.find((r) => r.Nøkkeltall === 'Inne da rapporten ble laget')).toMatchObject({ Antall: '11' });
    expect(summary.filter((r) => /Garderobe|unsj/.test(r.Nøkkeltall ?? '')).map((r) => [r.Nøkkeltall, r.Antall, r.Andel])).toEqual([
      ['Garderobe: levert inn', '4', ''],
      ['Garderobe: ikke hentet', '3', ''],
      ['Garderobe: merker delt ut to ganger', '1', ''],
      ['Lunsj servert', '5', ''],
      ['Lunsj ventet', '11', ''],
      ['Inne, men ikke fått lunsj', '9', '81,8 %'],
      ['Lunsj uten kode', '1', ''],
      ['Lunsj nummer to til samme person', '1', ''],
      ['Lunsj til noen som ikke er sluppet inn', '1', ''],
    ]);
  });

  it('writes a workbook with a sheet per table, real numbers, dates and times, frozen and filtered headers', async () => {
    const file = out('rapport.xlsx');
    const written = await runCli(['report', '--format', 'xlsx', '--out', file], { dataDir });
    expect(written.code, written.stderr).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Sammendrag',
      'Ankomster',
      'Fylker',
      'Kommuner',
      'Tilhørighet',
      'Organisasjoner',
      'Kiosker',
      'Stasjoner',
      'Flere innslipp',
      'Ikke møtt',
      'Ikke hentet',
      'Matbehov',
      'Deltakere',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toBeDefined();
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
    }
    const registrants = workbook.getWorksheet('Deltakere')!;
    const header = (registrants.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['ID', 'Navn', 'E-post', 'Organisasjon', 'Status', 'Kom', 'Kiosk', 'Kommune', 'Fylke', 'Ekstra innslipp']);
    const rowOf = (name: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      registrants.eachRow((row) => {
        if (row.getCell(2).value === name) found = row;
      });
      if (!found) throw new Error(`no row for ${name}`);
      return found;
    };
    const kari = rowOf('Kari Ødegård');
    expect(kari.getCell(6).type).toBe(ExcelJS.ValueType.Date);
    // Oslo's clock: 07:50 UTC is 08:50 in Oslo, as the spreadsheet shows it.
    expect((kari.getCell(6).value as Date).toISOString()).toBe('2026-03-12T08:50:00.000Z');
    expect(kari.getCell(6).numFmt).toBe('dd.mm.yyyy hh:mm:ss');
    expect(kari.getCell(10)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 1 });
    const hostile = rowOf(`'${HOSTILE_NAME}`);
    expect(hostile.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(hostile.getCell(4).value).toBe(`'${HOSTILE_ORGANISATION}`);
    expect(rowOf('Tone Vikhagen').getCell(6).value).toBeNull();

    const summary = workbook.getWorksheet('Sammendrag')!;
    expect(summary.getRow(6).values).toEqual([undefined, 'Kommet', 12]);
    const rate = summary.getRow(8).getCell(3);
    expect(rate.type).toBe(ExcelJS.ValueType.Number);
    expect(rate.value).toBeCloseTo(12 / 14, 10);
    expect(rate.numFmt).toBe('0.0%');
    const arrivals = workbook.getWorksheet('Ankomster')!;
    const quarter = arrivals.getRow(3);
    expect(quarter.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect((quarter.getCell(1).value as Date).toISOString()).toBe('2026-03-12T00:00:00.000Z');
    expect((quarter.getCell(2).value as Date).toISOString()).toBe('2026-03-12T09:00:00.000Z');
    expect(quarter.getCell(2).numFmt).toBe('hh:mm');
    expect([quarter.getCell(3).value, quarter.getCell(4).value]).toEqual([7, 10]);
    const vaga = workbook.getWorksheet('Kommuner')!.getRow(3);
    expect(vaga.values).toEqual([undefined, '3435', 'Vågå', 'Innlandet', 6, 6]);
    const lunch = summary.getRow(23);
    expect(lunch.values).toEqual([undefined, 'Lunsj servert', 5]);
    expect(lunch.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    const tag = workbook.getWorksheet('Ikke hentet')!.getRow(2);
    expect(tag.getCell(1)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 13 });
    expect((tag.getCell(4).value as Date).toISOString()).toBe('2026-03-12T09:25:00.000Z');
    expect(workbook.getWorksheet('Stasjoner')!.getRow(2).values).toEqual([undefined, 'inngang', 2, 13, 13 / 27]);
  });

  it('writes a printable A4 PDF with the numbers, æøå and Sami letters intact, and a frame on every page', async () => {
    const file = out('rapport.pdf');
    const written = await runCli(['report', '--format', 'pdf', '--out', file], { dataDir });
    expect(written.code, written.stderr).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // The charts are drawn, not pasted in as pictures.
    const { stdout: images } = await run('pdfimages', ['-list', file]);
    expect(images.trim().split('\n')).toHaveLength(2);
    const pages = await pdfPages(file);
    pages.forEach((page, i) => {
      expect(page).toContain(`${EVENT_NAME} – 12.03.2026`);
      expect(page).toContain(`Side ${i + 1} av ${pages.length}`);
    });
    const lines = squeezed(pages.join('\n'));
    for (const expected of [
      'Påmeldt eller på venteliste 15',
      'Påmeldt 14',
      'Kommet 12',
      'Påmeldt, men ikke møtt 2 14,3 %',
      'Oppmøte blant de påmeldte 85,7 %',
      'Kapasitet 550',
      'Personer sluppet inn mer enn én gang 1',
      '2026-03-12 09:00 7 10',
      '2026-03-12 09:30 2 12',
      '34 Innlandet 46 1 2,2 % 7 7 1',
      '56 Finnmark 18 1 5,6 % 2 1 0',
      '3435 Vågå Innlandet 6 6',
      '5622 Porsanger - Porsáŋgu - Porsanki Finnmark 1 0',
      'Inngang 1 inngang 9 33,3 % 7',
      'Inngang 3 lunsj 5 18,5 % 0',
      'garderobe 2 5 18,5 %',
      'Gått ut 1',
      'Inne da rapporten ble laget 11',
      'Sluppet inn tross varsel 1',
      'Garderobe: ikke hentet 3',
      'Lunsj servert 5',
      'Inne, men ikke fått lunsj 9 81,8 %',
      '13 Per Hætta Guovdageainnu suohkan 2026-03-12 09:33:00 Inngang 2',
      '14 (uten kode) 2026-03-12 09:34:00 Inngang 2',
      'Glutenfri 2 2',
      'Vågå kommune Kommune Vågå 4 4',
    ]) {
      expect(lines.some((line) => line.startsWith(expected)), expected).toBe(true);
    }
    expect(lines.some((line) => /^Flest inne samtidig 11 2026-03-12 09:31:00/.test(line))).toBe(true);
    // The affiliation column may cut its text short; the row is still there, with its counts.
    expect(lines.some((line) => /^Ingen organisasjon oppgitt Ingen .* 1 1$/.test(line))).toBe(true);
    expect(lines.some((line) => /^Kari Ødegård Vågå kommune 2026-03-12 08:50:00 Inngang 1 2026-03-12 09:12:00 Inngang 3/.test(line))).toBe(true);
    expect(lines.filter((line) => /^(Jon Mæland|Nils Nordvik) /.test(line))).toHaveLength(2);
    expect(lines).toContain('Uten påmelding (walk-ins) 0');
  });

  it('refuses a binary format on stdout, a table outside CSV, an unknown table and an unknown language', async () => {
    expectBadInput(await runCli(['report', '--format', 'pdf'], { dataDir }), 'PDF skrives til en fil: oppgi --out FIL');
    expectBadInput(await runCli(['report', '--format', 'docx'], { dataDir }), '--format må være pdf, xlsx, csv, json');
    expectBadInput(await runCli(['report', '--format', 'json', '--table', 'kiosks'], { dataDir }), 'Én tabell for seg finnes bare som CSV');
    expectBadInput(await runCli(['report', '--table', 'kaffe'], { dataDir }), 'Ukjent tabell «kaffe»');
    expectBadInput(await runCli(['report', '--lang', 'se'], { dataDir }), '--lang må være nb');
    expectBadInput(await runCli(['report', '--anonymous', '--table', 'no-shows'], { dataDir }), 'Tabellen «no-shows» viser enkeltpersoner');
    expectBadInput(await runCli(['report', '--anonymous', '--table', 'dietary'], { dataDir }), 'Tabellen «dietary» viser enkeltpersoner');
  });

  describe('anonymous', () => {
    /** Every name, email and organisation on the list. */
    const personal = PEOPLE.flatMap(([, name, email, organisation]) => [name, email, organisation]).filter((value) => value !== '');

    /** The texts a reader could find in a file: its raw bytes read both ways, and what the format holds inside. */
    async function readable(file: string, format: string): Promise<string[]> {
      const bytes = fs.readFileSync(file);
      const texts = [bytes.toString('utf8'), bytes.toString('latin1')];
      if (format === 'pdf') texts.push((await pdfPages(file)).join('\n'), (await run('pdftotext', ['-raw', file, '-'])).stdout);
      if (format === 'xlsx') texts.push(...Object.values(unzipSync(bytes)).map((entry) => strFromU8(entry)));
      return texts;
    }

    it.each(['pdf', 'xlsx', 'csv', 'json'])('holds no name, email or organisation in %s', async (format) => {
      const file = out(`anonym.${format}`);
      const written = await runCli(['report', '--format', format, '--anonymous', '--out', file], { dataDir });
      expect(written.code, written.stderr).toBe(0);
      const texts = await readable(file, format);
      const found = personal.filter((value) => texts.some((t) => t.includes(value)));
      expect(found).toEqual([]);
      // The checks above can fail: the full report does hold them.
      const full = out(`full.${format}`);
      await runCli(['report', '--format', format, '--out', full], { dataDir });
      const fullTexts = await readable(full, format);
      expect(fullTexts.some((t) => t.includes('Kari Ødegård'))).toBe(true);
    });

    it('shows counts only, and no place or organisation count from 1 to 4', async () => {
      const anonymous = await runCliJson<AttendanceReport>(['report', '--format', 'json', '--anonymous'], { dataDir });
      expect(anonymous.anonymous).toBe(true);
      expect(anonymous.people).toBeNull();
      expect(anonymous.summary).toEqual(report.summary);
      expect(anonymous.arrivals).toEqual(report.arrivals);
      // The stations' counts stay; the tags' owners and the dietary needs (free text the registrants wrote) go with the people.
      expect([anonymous.cloakroom, anonymous.lunch, anonymous.stations]).toEqual([report.cloakroom, report.lunch, report.stations]);
      const counts = placeCounts(anonymous);
      expect(counts.filter((count) => typeof count === 'number' && count > 0 && count < 5)).toEqual([]);
      // Innlandet's 7 less Vågå's 6 would give the county authority's 1: Vågå is hidden.
      expect(anonymous.municipalities.map((m) => [m.name, m.confirmed, m.arrived])).toEqual([
        ['Oslo', '<5', '<5'],
        ['Vågå', ':', ':'],
        ['Guovdageaidnu - Kautokeino', '<5', '<5'],
        ['Porsanger - Porsáŋgu - Porsanki', '<5', 0],
      ]);
      expect(anonymous.counties.find((c) => c.name === 'Innlandet')).toMatchObject({ confirmed: 7, arrived: 7, arrivedFromCountyAuthority: '<5' });
      expect(anonymous.affiliations.map((a) => [a.kind, a.confirmed, a.arrived])).toEqual([
        ['municipality', 9, 8],
        ['countyAuthority', '<5', '<5'],
        ['other', '<5', '<5'],
        ['none', '<5', '<5'],
      ]);
      const csv = parseCsv((await runCli(['report', '--anonymous'], { dataDir })).stdout, ';');
      expect(csv.map((r) => [r.Kommune, r.Påmeldt, r.Kommet])).toEqual(anonymous.municipalities.map((m) => [m.name, String(m.confirmed), String(m.arrived)]));
    });
  });
});
