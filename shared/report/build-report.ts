/**
 * The attendance report computed from what the kiosk holds: one pass over
 * the registrants and their arrivals, plus the kiosks' scan counts, the
 * repeated admissions and the stations' counts, read by the core in a few
 * queries.
 */
import type { Counts, StationCounts } from '../contract.js';
import type { RegistrantStatus } from '../domain.js';
import type { Affiliation, MunicipalityMatcher } from '../municipality.js';
import { foldPlaceName } from '../municipality.js';
import {
  AFFILIATION_KINDS,
  type AffiliationKind,
  type AffiliationRow,
  type ArrivalQuarter,
  type AttendanceReport,
  type CountyRow,
  type DuplicateRow,
  type KioskRow,
  type MunicipalityRow,
  type NoShowRow,
  type OrganisationRow,
  type RegistrantRow,
  type ReportEvent,
  type StationRow,
} from './report-model.js';
import { protectPlaceCounts } from './small-count-protection.js';

const QUARTER_MS = 15 * 60_000;
/** Quarters without arrivals are shown between the first and the last up to a day apart; beyond that only those with arrivals. */
const MAX_FILLED_QUARTERS = 96;

/** A registrant and their attendance, as the core reads them. */
export interface RegistrantAttendance {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  readonly arrivedAt: string | null;
  readonly kiosk: string | null;
  readonly extraAdmissions: number;
}

/** One kiosk's scans at one station. */
export interface KioskScans {
  readonly kioskId: string;
  readonly kiosk: string;
  readonly station: string;
  readonly scans: number;
  readonly arrivals: number;
}

/** An admission in force of someone admitted more than once. */
export interface RepeatAdmission {
  readonly registrantId: string;
  readonly at: string;
  readonly kiosk: string;
}

/** Someone who went out coming in (+1) or going out (−1). */
export interface InsideChange {
  readonly registrantId: string;
  readonly at: string;
  readonly change: 1 | -1;
}

/** What the report is computed from. */
export interface ReportInput {
  readonly event: ReportEvent;
  readonly generatedAt: string;
  /** Sorted as the report lists people: by name. */
  readonly registrants: readonly RegistrantAttendance[];
  readonly kiosks: readonly KioskScans[];
  /** Every admission in force of those admitted more than once, by registrant, earliest first. */
  readonly repeatAdmissions: readonly RepeatAdmission[];
  /** The cloakroom's and the lunch counter's counts. */
  readonly stations: StationCounts;
  /** The door's head counts: inside, exits, walk-ins, the waitlist's and forced admissions. */
  readonly door: Counts;
  /** The comings and goings of everyone who went out; everyone else is inside from their arrival. */
  readonly insideChanges: readonly InsideChange[];
}

interface Tally {
  confirmed: number;
  arrived: number;
}

interface CountyTally extends Tally {
  authorityArrived: number;
  readonly represented: Set<string>;
}

interface OrganisationTally extends Tally {
  readonly spellings: Map<string, number>;
  readonly affiliation: Affiliation | null;
}

const collator = new Intl.Collator('nb');

function count(tally: Tally, confirmed: boolean, arrived: boolean): void {
  if (confirmed) tally.confirmed++;
  if (arrived) tally.arrived++;
}

function tallyOf<K, T>(map: Map<K, T>, key: K, make: () => T): T {
  let tally = map.get(key);
  if (!tally) {
    tally = make();
    map.set(key, tally);
  }
  return tally;
}

function kindOf(affiliation: Affiliation | null, organisation: string): AffiliationKind {
  if (affiliation) return affiliation.kind;
  return organisation === '' ? 'none' : 'other';
}

function placeOf(affiliation: Affiliation | null): string | null {
  if (!affiliation) return null;
  return affiliation.kind === 'municipality' ? affiliation.municipality.name : affiliation.county.name;
}

/** The most used spelling of an organisation. */
function commonestSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, uses] of spellings) {
    if (uses > bestCount) {
      best = spelling;
      bestCount = uses;
    }
  }
  return best;
}

/** The quarter of an hour an instant (in milliseconds) falls in, counted from 1970. */
export function quarterOf(ms: number): number {
  return Math.floor(ms / QUARTER_MS);
}

/**
 * Arrivals per quarter of an hour from the count in each quarter (by
 * quarterOf): the quarters between the first and the last too, when they are
 * at most a day apart.
 */
export function arrivalQuarters(perQuarter: ReadonlyMap<number, number>): ArrivalQuarter[] {
  const occupied = [...perQuarter.keys()].filter((q) => (perQuarter.get(q) ?? 0) > 0).sort((a, b) => a - b);
  if (occupied.length === 0) return [];
  const first = occupied[0]!;
  const last = occupied[occupied.length - 1]!;
  const quarters = last - first < MAX_FILLED_QUARTERS ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : occupied;
  let cumulative = 0;
  return quarters.map((quarter) => {
    const arrivals = perQuarter.get(quarter) ?? 0;
    cumulative += arrivals;
    return { start: new Date(quarter * QUARTER_MS).toISOString(), arrivals, cumulative };
  });
}

function duplicateRows(admissions: readonly RepeatAdmission[], byId: ReadonlyMap<string, RegistrantAttendance>): DuplicateRow[] {
  const rows: DuplicateRow[] = [];
  let first: RepeatAdmission | undefined;
  for (const admission of admissions) {
    if (first?.registrantId !== admission.registrantId) {
      first = admission;
      continue;
    }
    const registrant = byId.get(admission.registrantId);
    rows.push({
      id: admission.registrantId,
      name: registrant?.name ?? '',
      organisation: registrant?.organisation ?? null,
      firstAt: first.at,
      firstKiosk: first.kiosk,
      at: admission.at,
      kiosk: admission.kiosk,
    });
  }
  return rows.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id) || a.at.localeCompare(b.at));
}

function kioskRows(kiosks: readonly KioskScans[]): KioskRow[] {
  const total = kiosks.reduce((sum, k) => sum + k.scans, 0);
  return kiosks
    .map((k) => ({ ...k, share: total === 0 ? 0 : k.scans / total }))
    .sort((a, b) => b.scans - a.scans || collator.compare(a.kiosk, b.kiosk) || collator.compare(a.station, b.station));
}

/** The most inside at once, and when: everyone from their arrival, but those who went out as they came and went. */
function peakInside(arrivals: ReadonlyMap<string, number>, changes: readonly InsideChange[]): { count: number; at: string | null } {
  const wentOut = new Set(changes.map((c) => c.registrantId));
  const moments: [number, 1 | -1][] = changes.map((c) => [Date.parse(c.at), c.change]);
  for (const [id, ms] of arrivals) if (!wentOut.has(id)) moments.push([ms, 1]);
  // At the same instant, those going out leave before those coming in are counted.
  moments.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inside = 0;
  let peak = { count: 0, at: null as string | null };
  for (const [ms, change] of moments) {
    inside += change;
    if (inside > peak.count) peak = { count: inside, at: new Date(ms).toISOString() };
  }
  return peak;
}

/** Each station's share of the scans, from its kiosks'. */
function stationRows(kiosks: readonly KioskRow[]): StationRow[] {
  const byStation = new Map<string, { kiosks: Set<string>; scans: number }>();
  for (const k of kiosks) {
    const tally = tallyOf(byStation, k.station, () => ({ kiosks: new Set<string>(), scans: 0 }));
    tally.kiosks.add(k.kioskId);
    tally.scans += k.scans;
  }
  const total = kiosks.reduce((sum, k) => sum + k.scans, 0);
  return [...byStation]
    .map(([station, { kiosks: at, scans }]) => ({ station, kiosks: at.size, scans, share: total === 0 ? 0 : scans / total }))
    .sort((a, b) => b.scans - a.scans || collator.compare(a.station, b.station));
}

/** The full report, with the parts that name people. */
export function buildAttendanceReport(input: ReportInput, matcher: MunicipalityMatcher): AttendanceReport {
  const statuses = { confirmed: 0, waitlisted: 0, cancelled: 0 };
  let arrived = 0;
  let confirmedArrived = 0;
  let admittedTwice = 0;
  let extraAdmissions = 0;
  const arrivalMs = new Map<string, number>();
  const municipalities = new Map<string, Tally>();
  const counties = new Map<string, CountyTally>();
  const organisations = new Map<string, OrganisationTally>();
  const registrants: RegistrantRow[] = [];
  const noShows: NoShowRow[] = [];
  const byId = new Map<string, RegistrantAttendance>();
  // Thousands of people share a few hundred organisations: each is folded once.
  const foldedOrganisations = new Map<string, string>();

  for (const r of input.registrants) {
    byId.set(r.id, r);
    statuses[r.status]++;
    const isConfirmed = r.status === 'confirmed';
    const hasArrived = r.arrivedAt !== null;
    if (hasArrived) {
      arrived++;
      arrivalMs.set(r.id, Date.parse(r.arrivedAt!));
      if (r.status === 'confirmed') confirmedArrived++;
    } else if (r.status === 'confirmed') {
      noShows.push({ id: r.id, name: r.name, email: r.email, organisation: r.organisation });
    }
    if (r.extraAdmissions > 0) {
      admittedTwice++;
      extraAdmissions += r.extraAdmissions;
    }

    const organisation = r.organisation?.trim() ?? '';
    const affiliation = matcher.match(organisation);
    if (isConfirmed || hasArrived) {
      const county = affiliation?.kind === 'municipality' ? affiliation.municipality.county : affiliation?.county;
      if (county) {
        const tally = tallyOf(counties, county.number, () => ({ confirmed: 0, arrived: 0, authorityArrived: 0, represented: new Set<string>() }));
        count(tally, isConfirmed, hasArrived);
        if (affiliation?.kind === 'countyAuthority' && hasArrived) tally.authorityArrived++;
        if (affiliation?.kind === 'municipality' && hasArrived) tally.represented.add(affiliation.municipality.number);
      }
      if (affiliation?.kind === 'municipality') count(tallyOf(municipalities, affiliation.municipality.number, () => ({ confirmed: 0, arrived: 0 })), isConfirmed, hasArrived);
      let key = foldedOrganisations.get(organisation);
      if (key === undefined) {
        key = foldPlaceName(organisation);
        foldedOrganisations.set(organisation, key);
      }
      const tally = tallyOf(organisations, key, () => ({ confirmed: 0, arrived: 0, spellings: new Map<string, number>(), affiliation }));
      count(tally, isConfirmed, hasArrived);
      tally.spellings.set(organisation, (tally.spellings.get(organisation) ?? 0) + 1);
    }

    registrants.push({
      id: r.id,
      name: r.name,
      email: r.email,
      organisation: r.organisation,
      status: r.status,
      arrivedAt: r.arrivedAt,
      kiosk: r.kiosk,
      municipality: affiliation?.kind === 'municipality' ? affiliation.municipality.name : null,
      county: affiliation?.kind === 'municipality' ? affiliation.municipality.county.name : (affiliation?.county.name ?? null),
      extraAdmissions: r.extraAdmissions,
    });
  }

  const perQuarter = new Map<number, number>();
  for (const ms of arrivalMs.values()) {
    const quarter = quarterOf(ms);
    perQuarter.set(quarter, (perQuarter.get(quarter) ?? 0) + 1);
  }
  const quarters = arrivalQuarters(perQuarter);
  const times = [...arrivalMs.values()];
  const firstArrivalAt = times.length === 0 ? null : new Date(times.reduce((a, b) => Math.min(a, b))).toISOString();
  const lastArrivalAt = times.length === 0 ? null : new Date(times.reduce((a, b) => Math.max(a, b))).toISOString();

  const countyRows: CountyRow[] = matcher.countyList().map((county) => {
    const inCounty = matcher.list.filter((m) => m.county === county).length;
    const tally = counties.get(county.number);
    const represented = tally?.represented.size ?? 0;
    return {
      number: county.number,
      name: county.name,
      municipalities: inCounty,
      municipalitiesRepresented: represented,
      shareRepresented: represented / inCounty,
      confirmed: tally?.confirmed ?? 0,
      arrived: tally?.arrived ?? 0,
      arrivedFromCountyAuthority: tally?.authorityArrived ?? 0,
    };
  });

  const municipalityRows: MunicipalityRow[] = matcher.list
    .filter((m) => municipalities.has(m.number))
    .map((m) => ({ number: m.number, name: m.name, county: m.county.name, ...municipalities.get(m.number)! }))
    .sort((a, b) => a.number.localeCompare(b.number));

  const organisationRows: OrganisationRow[] = [...organisations.values()]
    .map((tally) => {
      const organisation = commonestSpelling(tally.spellings);
      return {
        organisation,
        kind: kindOf(tally.affiliation, organisation),
        place: placeOf(tally.affiliation),
        confirmed: tally.confirmed,
        arrived: tally.arrived,
      };
    })
    .sort((a, b) => b.arrived - a.arrived || b.confirmed - a.confirmed || collator.compare(a.organisation, b.organisation));

  const affiliations: AffiliationRow[] = AFFILIATION_KINDS.map((kind) => {
    const rows = organisationRows.filter((o) => o.kind === kind);
    // Municipalities and county authorities by place, whatever their spellings; the others as written.
    const organisations = kind === 'none' ? 0 : kind === 'other' ? rows.length : new Set(rows.map((o) => o.place)).size;
    return {
      kind,
      organisations,
      confirmed: rows.reduce((sum, o) => sum + o.confirmed, 0),
      arrived: rows.reduce((sum, o) => sum + o.arrived, 0),
    };
  });

  const { cloak, lunch } = input.stations;
  const kiosks = kioskRows(input.kiosks);
  return {
    format: 'innsjekk-report-1',
    anonymous: false,
    generatedAt: input.generatedAt,
    event: input.event,
    summary: {
      confirmedOrWaitlisted: statuses.confirmed + statuses.waitlisted,
      confirmed: statuses.confirmed,
      waitlisted: statuses.waitlisted,
      cancelled: statuses.cancelled,
      arrived,
      noShows: noShows.length,
      attendanceRate: statuses.confirmed === 0 ? null : confirmedArrived / statuses.confirmed,
      firstArrivalAt,
      lastArrivalAt,
      peakInside: peakInside(arrivalMs, input.insideChanges),
      exits: input.door.exits,
      insideAtEnd: input.door.inside,
      admittedTwice,
      extraAdmissions,
      walkIns: input.door.walkIns,
      waitlistAdmissions: input.door.waitlistAdmitted,
      forcedAdmissions: input.door.forced,
    },
    arrivals: quarters,
    counties: countyRows,
    municipalities: municipalityRows,
    affiliations,
    kiosks,
    stations: stationRows(kiosks),
    cloakroom: { handedIn: cloak.handedIn, collected: cloak.collected, notCollected: cloak.hanging, flaggedTags: cloak.flagged.length },
    lunch: {
      served: lunch.served,
      withoutCode: lunch.anonymous,
      secondServings: lunch.secondServings,
      expected: lunch.expected,
      leftToServe: lunch.leftToServe,
      notCheckedIn: lunch.notCheckedIn,
    },
    people: {
      registrants,
      organisations: organisationRows,
      noShows,
      duplicates: duplicateRows(input.repeatAdmissions, byId),
      uncollectedTags: cloak.uncollected.map((t) => ({ tag: t.tag, name: t.registrant?.name ?? null, organisation: t.registrant?.organisation ?? null, at: t.at, kiosk: t.kiosk })),
      dietary: lunch.dietary,
    },
  };
}

/**
 * The report fit to publish: counts only, no names, emails or organisations
 * of people, no place's or organisation's count from 1 to 4, and no such
 * count to be had by subtracting the others from a total.
 */
export function anonymiseReport(report: AttendanceReport): AttendanceReport {
  return { ...report, ...protectPlaceCounts(report), anonymous: true, people: null };
}
