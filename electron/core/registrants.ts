/**
 * Reading the registrant list: search at the door, counts, the report and
 * single registrants.
 */
import type { RegistrantStatus } from '../../shared/domain.js';
import type { ReportRow } from '../../shared/contract.js';
import { UserError } from '../../shared/i18n.js';
import { compareByName, DEFAULT_SEARCH_LIMIT, RegistrantIndex, type Searchable } from '../../shared/registrant-search.js';
import type { Core } from './core.js';
import { purgeRecordSync } from './privacy/privacy-state.js';
import { doorRegistrantsVersionSync } from './store/door-day-store.js';
import { arrivalTimesSync, correctionCountSync, forgottenRegistrantIdsSync } from './store/log-store.js';
import { activeCodeRowsSync, codeRowOfSync, doorEntriesSync, listRevisionSync, reportRowsSync } from './store/registrants-store.js';

/** One search result. */
export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly status: RegistrantStatus;
  readonly arrivedAt: string | null;
}

/** A registrant as the door sees them: what the search ranks by, and the codes a scan may find them by besides the token. */
export interface DoorEntry extends Searchable {
  readonly organisation: string | null;
  readonly ref: string | null;
  readonly barcode: string | null;
  /** The note in force for the security check. */
  readonly note: string | null;
}

/** The registrants in memory, indexed for the search, for as long as the list revision and the log's walk-ins and notes stay the same. */
const doorIndexes = new WeakMap<Core, { readonly revision: number; readonly logVersion: number; readonly index: RegistrantIndex<DoorEntry> }>();

/**
 * Which version of the list the door holds: the list revision, the desk's
 * corrections, the people forgotten and whether the kiosk is purged, each
 * only ever growing, so their sum changes with any of them and a corrected
 * name, or one deleted, reaches the door's copy too.
 */
export function doorListVersionSync(core: Core): number {
  return listRevisionSync(core) + correctionCountSync(core) + forgottenRegistrantIdsSync(core).length + (purgeRecordSync(core) ? 1 : 0);
}

/** Every registrant, indexed for the search (its list sorted by compareByName), and the list version they are of (doorListVersionSync). */
export function doorIndexSync(core: Core): { readonly revision: number; readonly index: RegistrantIndex<DoorEntry> } {
  // Every change to the list (an import here or in another process, a list from the hub, a correction) raises the version;
  // a walk-in or a note is an event in the log, and moves its version.
  const revision = doorListVersionSync(core);
  const logVersion = doorRegistrantsVersionSync(core);
  const cached = doorIndexes.get(core);
  if (cached?.revision === revision && cached.logVersion === logVersion) return cached;
  const entries = doorEntriesSync(core).sort(compareByName);
  const indexed = { revision, logVersion, index: new RegistrantIndex(entries) };
  doorIndexes.set(core, indexed);
  return indexed;
}

/**
 * Finds registrants whose name or organisation contain every word of
 * the query, ranked by RegistrantIndex, with their arrival.
 *
 * It runs at every keystroke at the door, so it scans an in-memory copy of
 * the list rather than the database.
 */
export function searchSync(core: Core, query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const hits = doorIndexSync(core).index.search(query, limit);
  if (hits.length === 0) return [];
  const arrivals = arrivalTimesSync(core, hits.map((h) => h.id));
  return hits.map(({ id, name, organisation, status }) => ({ id, name, organisation, status, arrivedAt: arrivals.get(id) ?? null }));
}

/** One row per registrant with their arrival, sorted by name. */
export function reportSync(core: Core): ReportRow[] {
  core.requireEventSync();
  return reportRowsSync(core);
}

/** A registrant's code and what is printed with it. */
export interface CodeRow {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly status: RegistrantStatus;
  readonly code: string;
}

/** The codes of everyone who is not cancelled, sorted by name. */
export function codeRowsSync(core: Core): CodeRow[] {
  core.requireEventSync();
  return activeCodeRowsSync(core);
}

/** One registrant's code. */
export function codeRowSync(core: Core, registrantId: string): CodeRow {
  const row = codeRowOfSync(core, registrantId);
  if (!row) throw new UserError('registrantNotFound', { id: registrantId.slice(0, 20) });
  return row;
}
