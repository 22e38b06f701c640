/**
 * The end-of-day attendance report as data: what every format (PDF, XLSX,
 * CSV, JSON) is written from, so they all say the same numbers.
 */
import type { RegistrantStatus } from '../domain.js';

/** The files the report is written as. */
export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the anonymous report shows for a count from 1 to 4 in a municipality, county or organisation row. */
export const FEW = '<5';

/**
 * What the anonymous report shows for a count hidden so that a count under 5
 * cannot be worked out by subtracting the others from a total (Statistics
 * Norway's sign for "not shown, for confidentiality").
 */
export const HIDDEN = ':';

/** A count of people; in the anonymous report, a place's or organisation's count under 5 is FEW, and one hidden to protect it HIDDEN. */
export type PeopleCount = number | typeof FEW | typeof HIDDEN;

/** The event the report is of. */
export interface ReportEvent {
  readonly name: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Null: no limit. */
  readonly capacity: number | null;
}

/** The day in figures. */
export interface ReportSummary {
  /** On the list and not cancelled: confirmed or on the waitlist. */
  readonly confirmedOrWaitlisted: number;
  readonly confirmed: number;
  readonly waitlisted: number;
  readonly cancelled: number;
  /** Everyone let in, whatever their status now. */
  readonly arrived: number;
  /** Confirmed and never let in. */
  readonly noShows: number;
  /** Of the confirmed, the share let in (0–1); null when nobody is confirmed. */
  readonly attendanceRate: number | null;
  readonly firstArrivalAt: string | null;
  readonly lastArrivalAt: string | null;
  /** The most people inside at once, and when (null: nobody came). */
  readonly peakInside: { readonly count: number; readonly at: string | null };
  /** Exits of people inside. */
  readonly exits: number;
  /** Let in and not gone out, when the report was made. */
  readonly insideAtEnd: number;
  /** People let in more than once (kiosks apart, or a code used twice). */
  readonly admittedTwice: number;
  /** Admissions beyond each person's first. */
  readonly extraAdmissions: number;
  /** Registered and let in at the door. */
  readonly walkIns: number;
  /** Let in from the queue at the door. */
  readonly waitlistAdmissions: number;
  /** Admissions with the organiser PIN, past the limit or before the waitlist's release. */
  readonly forcedAdmissions: number;
}

/** Arrivals in one quarter of an hour. */
export interface ArrivalQuarter {
  /** The quarter's start, ISO 8601 UTC (quarters fall on the same minutes in Oslo). */
  readonly start: string;
  readonly arrivals: number;
  /** Everyone let in by the quarter's end. */
  readonly cumulative: number;
}

/** A county's attendance; its county authority counts to it. */
export interface CountyRow {
  readonly number: string;
  readonly name: string;
  readonly municipalities: number;
  /** Municipalities with at least one person let in. */
  readonly municipalitiesRepresented: number;
  /** municipalitiesRepresented / municipalities. */
  readonly shareRepresented: number;
  /** Confirmed (status "påmeldt"). */
  readonly confirmed: PeopleCount;
  readonly arrived: PeopleCount;
  /** Of those arrived, from the county authority (fylkeskommunen). */
  readonly arrivedFromCountyAuthority: PeopleCount;
}

/** A municipality that anyone is confirmed from or came from. */
export interface MunicipalityRow {
  readonly number: string;
  readonly name: string;
  readonly county: string;
  readonly confirmed: PeopleCount;
  readonly arrived: PeopleCount;
}

/** Where people come from, in kind: municipalities, county authorities, other organisations, or none given. */
export const AFFILIATION_KINDS = ['municipality', 'countyAuthority', 'other', 'none'] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];

/** The people of one kind of affiliation. */
export interface AffiliationRow {
  readonly kind: AffiliationKind;
  /** Distinct municipalities, county authorities or other organisations with anyone confirmed or arrived. */
  readonly organisations: number;
  readonly confirmed: PeopleCount;
  readonly arrived: PeopleCount;
}

/** One station (the entrance, the cloakroom, the lunch counter …): its share of the scans. */
export interface StationRow {
  readonly station: string;
  /** Kiosks that scanned there. */
  readonly kiosks: number;
  readonly scans: number;
  /** scans / all scans. */
  readonly share: number;
}

/** The cloakroom at the time of the report. */
export interface CloakroomSummary {
  readonly handedIn: number;
  readonly collected: number;
  /** Hand-ins still hanging: the tags not collected. */
  readonly notCollected: number;
  /** Tags handed out twice by kiosks apart, still hanging. */
  readonly flaggedTags: number;
}

/** A tag not collected, and whose it is. */
export interface UncollectedTagRow {
  readonly tag: number;
  /** Null for a guest without a code. */
  readonly name: string | null;
  readonly organisation: string | null;
  readonly at: string;
  readonly kiosk: string;
}

/** The lunch counter: lunches served against those expected (let in, and inside or fed). */
export interface LunchSummary {
  readonly served: number;
  /** Served without a code. */
  readonly withoutCode: number;
  /** Served after the warning of an earlier lunch. */
  readonly secondServings: number;
  /** Let in, and inside now or served already: a guest who went out without lunch is not expected. */
  readonly expected: number;
  /** Inside, and not served yet. */
  readonly leftToServe: number;
  /** Served, but never let in at the entrance. */
  readonly notCheckedIn: number;
}

/** One dietary need among those let in, and how many of them have had lunch. */
export interface DietaryRow {
  readonly need: string;
  readonly expected: number;
  readonly served: number;
}

/** One kiosk at one station: its share of the scans. */
export interface KioskRow {
  readonly kioskId: string;
  /** The name it had at its latest scan. */
  readonly kiosk: string;
  readonly station: string;
  /** Everything it recorded but undos: admissions, refusals, hand-ins, collections, lunches. */
  readonly scans: number;
  /** scans / all scans. */
  readonly share: number;
  /** People whose arrival (first admission) was here. */
  readonly arrivals: number;
}

/** An organisation as the registrants wrote it (spellings that fold alike are one). */
export interface OrganisationRow {
  /** Empty for registrants who gave none. */
  readonly organisation: string;
  readonly kind: AffiliationKind;
  /** The municipality's or county's name, for those matched. */
  readonly place: string | null;
  readonly confirmed: number;
  readonly arrived: number;
}

/** A registrant, with their arrival and where they belong. */
export interface RegistrantRow {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  /** ISO 8601 UTC; null when not arrived. */
  readonly arrivedAt: string | null;
  readonly kiosk: string | null;
  readonly municipality: string | null;
  readonly county: string | null;
  readonly extraAdmissions: number;
}

/** One admission after a person's first. */
export interface DuplicateRow {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly firstAt: string;
  readonly firstKiosk: string;
  readonly at: string;
  readonly kiosk: string;
}

/** A confirmed registrant who never came. */
export interface NoShowRow {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly organisation: string | null;
}

/** The parts that name people: left out of the anonymous report. */
export interface PersonalSections {
  readonly registrants: readonly RegistrantRow[];
  readonly organisations: readonly OrganisationRow[];
  readonly noShows: readonly NoShowRow[];
  readonly duplicates: readonly DuplicateRow[];
  readonly uncollectedTags: readonly UncollectedTagRow[];
  /** The kitchen's summary: its needs are free text the registrants wrote, so it is left out with the rest. */
  readonly dietary: readonly DietaryRow[];
}

/** The attendance report. */
export interface AttendanceReport {
  readonly format: 'innsjekk-report-1';
  readonly anonymous: boolean;
  readonly generatedAt: string;
  readonly event: ReportEvent;
  readonly summary: ReportSummary;
  readonly arrivals: readonly ArrivalQuarter[];
  readonly counties: readonly CountyRow[];
  readonly municipalities: readonly MunicipalityRow[];
  readonly affiliations: readonly AffiliationRow[];
  readonly kiosks: readonly KioskRow[];
  readonly stations: readonly StationRow[];
  readonly cloakroom: CloakroomSummary;
  readonly lunch: LunchSummary;
  /** Null in the anonymous report. */
  readonly people: PersonalSections | null;
}
