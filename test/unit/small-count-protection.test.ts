/**
 * The anonymous report's small counts cannot be worked out by subtraction: a
 * county's total less the municipalities shown, the municipalities' total
 * less those shown, or the day's total less the kinds of affiliation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Counts, StationCounts } from '../../shared/contract.js';
import { MunicipalityMatcher, parseMunicipalityList } from '../../shared/municipality.js';
import { anonymiseReport, buildAttendanceReport, type RegistrantAttendance } from '../../shared/report/build-report.js';
import { FEW, HIDDEN, type AttendanceReport, type PeopleCount } from '../../shared/report/report-model.js';

const matcher = new MunicipalityMatcher(parseMunicipalityList(fs.readFileSync(path.resolve('resources', 'demo', 'kommuner-2024.csv'), 'utf8')));

const NO_STATIONS: StationCounts = {
  cloak: { handedIn: 0, collected: 0, hanging: 0, uncollected: [], flagged: [], range: { first: 1, last: 800 }, closesAt: '2026-03-12T14:30:00.000Z' },
  lunch: { served: 0, anonymous: 0, secondServings: 0, expected: 0, leftToServe: 0, notCheckedIn: 0, dietary: [] },
};

const NO_DOOR_DAY: Counts = {
  total: 0, expected: 0, arrived: 0, waitlisted: 0, cancelled: 0, registered: 0, confirmed: 0, inside: 0, capacity: null,
  exits: 0, reentries: 0, walkIns: 0, waitlistAdmitted: 0, waitingAtDoor: 0, forced: 0, overCapacity: 0,
};

/** A report of people from the organisations given, so many from each, all confirmed and arrived unless said. */
function reportOf(groups: readonly { organisation: string; arrived: number; absent?: number }[]): AttendanceReport {
  const registrants: RegistrantAttendance[] = [];
  for (const { organisation, arrived, absent = 0 } of groups) {
    for (let i = 0; i < arrived + absent; i++) {
      const id = `R${registrants.length}`;
      registrants.push({ id, name: `Person ${id}`, email: null, organisation, status: 'confirmed', arrivedAt: i < arrived ? '2026-03-12T08:00:00.000Z' : null, kiosk: null, extraAdmissions: 0 });
    }
  }
  return buildAttendanceReport(
    { event: { name: 'Konferansen', date: '2026-03-12', capacity: null }, generatedAt: '2026-03-12T15:00:00.000Z', registrants, kiosks: [], repeatAdmissions: [], stations: NO_STATIONS, door: NO_DOOR_DAY, insideChanges: [] },
    matcher,
  );
}

/**
 * Whether a reader can work out a count under 5 from a total and its parts
 * as published: the parts not shown are each 1 to 4 if FEW, anything if
 * HIDDEN, and together the total less the parts shown.
 */
function revealsSmallCount(total: PeopleCount, parts: readonly PeopleCount[]): boolean {
  if (typeof total !== 'number') return false;
  const few = parts.filter((p) => p === FEW).length;
  if (few === 0) return false;
  const rest = total - parts.reduce<number>((sum, p) => sum + (typeof p === 'number' ? p : 0), 0);
  if (parts.includes(HIDDEN)) return rest - (few - 1) <= 1;
  return few === 1 || rest === few || rest === 4 * few;
}

/** Every sum in the anonymous report a reader could subtract in, checked. */
function sumsRevealing(report: AttendanceReport): string[] {
  const found: string[] = [];
  for (const column of ['confirmed', 'arrived'] as const) {
    for (const county of report.counties) {
      const parts = report.municipalities.filter((m) => m.county === county.name).map((m) => m[column]);
      // The county authority's arrivals are published; those confirmed only as the county less its municipalities.
      const authority = column === 'arrived' ? county.arrivedFromCountyAuthority : HIDDEN;
      if (revealsSmallCount(county[column], [...parts, authority])) found.push(`${column}: ${county.name}`);
      if (column === 'confirmed' && parts.length > 0 && parts.every((p) => typeof p === 'number') && typeof county.confirmed === 'number') {
        const inAuthority = county.confirmed - parts.reduce<number>((sum, p) => sum + (p as number), 0);
        if (inAuthority > 0 && inAuthority < 5) found.push(`confirmed: ${county.name}'s county authority`);
      }
    }
    const kinds = new Map(report.affiliations.map((a) => [a.kind, a[column]]));
    if (revealsSmallCount(kinds.get('municipality')!, report.municipalities.map((m) => m[column]))) found.push(`${column}: the municipalities`);
    if (revealsSmallCount(report.summary[column], [...kinds.values()])) found.push(`${column}: the day`);
  }
  return found;
}

describe('the anonymous report against differencing', () => {
  it('hides another municipality when a county total and all but one municipality would be shown', () => {
    const full = reportOf([
      { organisation: 'Vågå kommune', arrived: 6 },
      { organisation: 'Lom kommune', arrived: 7 },
      { organisation: 'Skjåk kommune', arrived: 1 },
      { organisation: 'Bergen kommune', arrived: 30 },
      { organisation: 'Fjellvik Rådgivning AS', arrived: 9 },
    ]);
    // Unprotected, Innlandet's 14 less Vågå's 6 and Lom's 7 is Skjåk's 1.
    expect(sumsRevealing({ ...full, ...anonymousCountsOnly(full) })).toContain('arrived: Innlandet');
    const anonymous = anonymiseReport(full);
    expect(sumsRevealing(anonymous)).toEqual([]);
    const innlandet = anonymous.counties.find((c) => c.name === 'Innlandet')!;
    expect(innlandet).toMatchObject({ arrived: 14, confirmed: 14, arrivedFromCountyAuthority: 0 });
    // The smaller of the two shown in Innlandet is hidden with Skjåk; Bergen, alone in its county, stays.
    expect(anonymous.municipalities.map((m) => [m.name, m.arrived])).toEqual([
      ['Skjåk', FEW],
      ['Lom', 7],
      ['Vågå', HIDDEN],
      ['Bergen', 30],
    ]);
    expect(anonymous.summary.arrived).toBe(53);
  });

  it('hides a municipality when the county less its municipalities gives the county authority', () => {
    const anonymous = anonymiseReport(
      reportOf([
        { organisation: 'Vågå kommune', arrived: 6 },
        { organisation: 'Innlandet fylkeskommune', arrived: 0, absent: 2 },
        { organisation: 'Fjellvik Rådgivning AS', arrived: 9, absent: 9 },
      ]),
    );
    expect(sumsRevealing(anonymous)).toEqual([]);
    // 8 confirmed in Innlandet, 6 of them from Vågå: the county authority's 2 would show.
    expect(anonymous.counties.find((c) => c.name === 'Innlandet')!.confirmed).toBe(8);
    expect(anonymous.municipalities.map((m) => [m.name, m.confirmed, m.arrived])).toEqual([['Vågå', HIDDEN, 6]]);
  });

  it('hides more when the municipalities left over add up to their least', () => {
    // Two municipalities of 1 each in different counties: the municipalities' total less Bergen's gives 2, so 1 each.
    const anonymous = anonymiseReport(
      reportOf([
        { organisation: 'Bergen kommune', arrived: 30 },
        { organisation: 'Vågå kommune', arrived: 1 },
        { organisation: 'Tromsø kommune', arrived: 1 },
        { organisation: 'Fjellvik Rådgivning AS', arrived: 9 },
      ]),
    );
    expect(sumsRevealing(anonymous)).toEqual([]);
    expect(anonymous.affiliations.find((a) => a.kind === 'municipality')!.arrived).toBe(32);
    expect(anonymous.municipalities.map((m) => [m.name, m.arrived])).toEqual([
      ['Vågå', FEW],
      ['Bergen', HIDDEN],
      ['Tromsø', FEW],
    ]);
    // Bergen hidden alone would still be Vestland's total: that is hidden too.
    expect(anonymous.counties.find((c) => c.name === 'Vestland')!.arrived).toBe(HIDDEN);
  });

  it('hides nothing more where no sum gives a small count away', () => {
    const full = reportOf([
      { organisation: 'Vågå kommune', arrived: 6 },
      { organisation: 'Lom kommune', arrived: 2 },
      { organisation: 'Skjåk kommune', arrived: 3 },
      { organisation: 'Bergen kommune', arrived: 30 },
      { organisation: 'Fjellvik Rådgivning AS', arrived: 9 },
    ]);
    const anonymous = anonymiseReport(full);
    expect(sumsRevealing(anonymous)).toEqual([]);
    expect(anonymous.municipalities.map((m) => m.arrived)).toEqual([FEW, FEW, 6, 30]);
    const counts = [...anonymous.municipalities, ...anonymous.counties, ...anonymous.affiliations].flatMap((row) => [row.confirmed, row.arrived]);
    expect(counts).not.toContain(HIDDEN);
  });
});

/** The anonymous report's counts as they were before differencing was guarded against: only 1 to 4 as FEW. */
function anonymousCountsOnly(report: AttendanceReport): Pick<AttendanceReport, 'municipalities' | 'counties' | 'affiliations'> {
  const few = (count: PeopleCount): PeopleCount => (typeof count === 'number' && count > 0 && count < 5 ? FEW : count);
  return {
    municipalities: report.municipalities.map((m) => ({ ...m, confirmed: few(m.confirmed), arrived: few(m.arrived) })),
    counties: report.counties.map((c) => ({ ...c, confirmed: few(c.confirmed), arrived: few(c.arrived), arrivedFromCountyAuthority: few(c.arrivedFromCountyAuthority) })),
    affiliations: report.affiliations.map((a) => ({ ...a, confirmed: few(a.confirmed), arrived: few(a.arrived) })),
  };
}
